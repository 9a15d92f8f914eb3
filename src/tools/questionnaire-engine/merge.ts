/**
 * The questionnaire engine's workshop hook: a participant sends the answers of one scope
 * (`all`, or the vendor on screen), keyed by question id; the facilitator's page reads them
 * against the same questionnaire file, item by item (Yes = 1, No = 0, scales 1–5), with each
 * response's score and band as the tool itself computes them.
 */
import * as z from 'zod/mini';
import { own } from '../framework/own';
import type { ToolContext } from '../framework/define';
import { mergeHook } from '../framework/merge-hook';
import { bandFor, fits, pruneAnswers, score, type Answers, type QuestionnaireData } from './model';
import { answersSchema, type QuestionnaireState } from './schema';

/** A questionnaire response, version 1: answers by question id. */
const responseSchema = z.object({ a: answersSchema });
type Response = z.output<typeof responseSchema>;

const dataOf = (ctx: ToolContext) => ctx.content as QuestionnaireData | undefined;

/** The merge hook of a questionnaire tool whose current scope is `scopeOf(state, ctx)`. */
export function questionnaireMerge(scopeOf: (state: QuestionnaireState, ctx: ToolContext) => string | null) {
  return mergeHook<QuestionnaireState, Response>({
    version: 1,
    schema: responseSchema,
    response(state, ctx) {
      const scope = scopeOf(state, ctx);
      const data = dataOf(ctx);
      const answers = scope === null ? {} : (own(state.answers, scope) ?? {});
      const a = data ? pruneAnswers(data, answers) : answers;
      return Object.keys(a).length ? { a } : null;
    },
    values: (r, ctx) =>
      (dataOf(ctx)?.questions ?? []).flatMap((q) => {
        const a = own(r.a, q.id);
        if (!fits(q, a)) return [];
        const value = typeof a === 'number' ? a : a === 'yes' ? 1 : 0;
        return [
          { item: q.id, label: q.text, kind: q.type === 'yesno' ? ('yesno' as const) : ('scale' as const), value },
        ];
      }),
    score: (r, ctx) => {
      const data = dataOf(ctx);
      return data ? score(data, r.a as Answers).score : null;
    },
    band: (s, ctx) => bandFor(dataOf(ctx)?.bands ?? [], s)?.label ?? null,
    scoreText: (s, ctx) => (dataOf(ctx)?.scoring === 'percent-yes' ? `${Math.round(s)} %` : `${s.toFixed(1)} of 5`),
  });
}
