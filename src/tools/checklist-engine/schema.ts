/**
 * A checklist tool's stored shape (Zod), version 1, and the answers of one checklist in one
 * scope (reused by tools that compose the engine). Loaded only when there is data to read
 * (framework/lazy-schema.ts); the limits, the defaults and the state declaration are in state.ts.
 */
import * as z from 'zod/mini';
import { MAX_NOTE } from './state';

const id = z.string().check(z.regex(/^[a-z0-9-]{1,64}$/));
const answerSchema = z.object({
  status: z.enum(['done', 'na', 'todo']),
  note: z.string().check(z.maxLength(MAX_NOTE)),
});

/** Answers of one checklist in one scope, by item id (reused by tools that compose the engine). */
export const checklistAnswersSchema = z.record(id, answerSchema);

/** Stored state, version 1. */
export const schema = z.object({
  /** The vendor whose answers are shown (per-vendor checklists); null before one is chosen. */
  vendor: z.nullable(id),
  /** checklist id → scope → item id → answer. */
  lists: z.record(id, z.record(id, checklistAnswersSchema)),
});

/** A checklist tool's state. */
export type ChecklistState = z.output<typeof schema>;
