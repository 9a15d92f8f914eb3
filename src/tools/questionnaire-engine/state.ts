/**
 * The stored state of a questionnaire tool: answers per scope (`all`, or a vendor's id) and
 * per question id, plus the vendor currently shown. Keyed by stable ids, so editing a
 * question's wording in its data file keeps the visitor's answer.
 */
import * as z from 'zod/mini';
import type { ToolStateDef } from '../framework/record';

/** The scope of answers that are not per vendor. */
export const ALL = 'all';

const id = z.string().check(z.regex(/^[a-z0-9-]{1,64}$/));
const answerSchema = z.union([z.literal('yes'), z.literal('no'), z.literal([1, 2, 3, 4, 5])]);
/** Answers of one scope, by question id (reused by tools that compose the engine). */
export const answersSchema = z.record(id, answerSchema);

/** Stored state, version 1. */
export const questionnaireStateSchema = z.object({
  /** The vendor whose answers are shown (per-vendor questionnaires); null before one is chosen. */
  vendor: z.nullable(id),
  /** scope → question id → answer. */
  answers: z.record(id, answersSchema),
});

/** A questionnaire tool's state. */
export type QuestionnaireState = z.output<typeof questionnaireStateSchema>;

/** The state of a new visitor: nothing answered. */
export function initialQuestionnaireState(): QuestionnaireState {
  return { vendor: null, answers: {} };
}

/** How the framework stores, exports and shares a questionnaire tool's state. */
export function questionnaireStateDef(tool: string, title: string): ToolStateDef<QuestionnaireState> {
  return { tool, title, version: 1, schema: questionnaireStateSchema, initial: initialQuestionnaireState };
}
