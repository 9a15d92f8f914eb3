/**
 * A questionnaire tool's stored shape (Zod), version 1, and the answers of one scope (reused by
 * the engine's merge hook and by tools that compose the engine). Loaded only when there is data
 * to read (framework/lazy-schema.ts); the defaults and the state declaration are in state.ts.
 */
import * as z from 'zod/mini';

const id = z.string().check(z.regex(/^[a-z0-9-]{1,64}$/));
const answerSchema = z.union([z.literal('yes'), z.literal('no'), z.literal([1, 2, 3, 4, 5])]);
/** Answers of one scope, by question id (reused by tools that compose the engine). */
export const answersSchema = z.record(id, answerSchema);

/** Stored state, version 1. */
export const schema = z.object({
  /** The vendor whose answers are shown (per-vendor questionnaires); null before one is chosen. */
  vendor: z.nullable(id),
  /** scope → question id → answer. */
  answers: z.record(id, answersSchema),
});

/** A questionnaire tool's state. */
export type QuestionnaireState = z.output<typeof schema>;
