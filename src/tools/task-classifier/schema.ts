/**
 * The task classifier's stored shape (Zod), version 1: the tasks in display order, each with its
 * answers to the six questions. Loaded only when there is data to read (framework/lazy-schema.ts);
 * the limits and the defaults are in state.ts.
 */
import * as z from 'zod/mini';
import { QUESTION_IDS } from './model';
import { MAX_TASK_NAME, MAX_TASKS } from './state';

const answer = z.int().check(z.gte(1), z.lte(5));

const taskSchema = z.object({
  id: z.string().check(z.regex(/^[a-z0-9-]{1,40}$/)),
  name: z.string().check(z.maxLength(MAX_TASK_NAME)),
  answers: z.partialRecord(z.enum(QUESTION_IDS), answer),
});

/** Stored state, version 1. */
export const schema = z.object({
  tasks: z.array(taskSchema).check(z.maxLength(MAX_TASKS)),
});

/** The tool's state. */
export type ClassifierState = z.output<typeof schema>;
