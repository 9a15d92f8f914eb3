/**
 * The task classifier's workshop hook: a participant sends each named task with its answers to
 * the six questions (1–5, or null while unanswered). The room merges by task name (case and
 * spacing ignored), one item per task and question.
 */
import * as z from 'zod/mini';
import { mergeHook } from '../framework/merge-hook';
import { QUESTIONS } from './model';
import { MAX_TASK_NAME, MAX_TASKS, type ClassifierState } from './state';

const answer = z.nullable(z.int().check(z.gte(1), z.lte(5)));

/** A classifier response, version 1: tasks by name, each with one answer per question in QUESTIONS order. */
const responseSchema = z.object({
  t: z
    .array(
      z.object({
        n: z.string().check(z.minLength(1), z.maxLength(MAX_TASK_NAME)),
        a: z.array(answer).check(z.minLength(QUESTIONS.length), z.maxLength(QUESTIONS.length)),
      }),
    )
    .check(z.minLength(1), z.maxLength(MAX_TASKS)),
});
type Response = z.output<typeof responseSchema>;

const key = (text: string) => text.trim().replace(/\s+/g, ' ').toLowerCase();

/** The task classifier's merge hook. */
export const classifierMerge = mergeHook<ClassifierState, Response>({
  version: 1,
  schema: responseSchema,
  response(state) {
    const t = state.tasks
      .filter((task) => task.name.trim() && Object.keys(task.answers).length)
      .map((task) => ({ n: task.name.trim(), a: QUESTIONS.map((q) => task.answers[q.id] ?? null) }));
    return t.length ? { t } : null;
  },
  values: (r) =>
    r.t.flatMap((task) =>
      QUESTIONS.flatMap((q, k) => {
        const a = task.a[k];
        if (a === null || a === undefined) return [];
        return [
          {
            item: `${key(task.n)}\u0000${q.id}`,
            label: `${task.n.trim()} — ${q.text}`,
            kind: 'scale' as const,
            value: a,
          },
        ];
      }),
    ),
});
