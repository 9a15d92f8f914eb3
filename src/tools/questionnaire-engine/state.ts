/**
 * The stored state of a questionnaire tool: answers per scope (`all`, or a vendor's id) and
 * per question id, plus the vendor currently shown. Keyed by stable ids, so editing a
 * question's wording in its data file keeps the visitor's answer. The shape itself (Zod) is in
 * schema.ts, loaded only when there is data to read.
 */
import type { ToolStateDef } from '../framework/record';
import { lazySchema } from '../framework/lazy-schema';
import type { QuestionnaireState } from './schema';

/** The scope of answers that are not per vendor. */
export const ALL = 'all';

/** A questionnaire tool's state (its shape is in schema.ts). */
export type { QuestionnaireState };

/** The state of a new visitor: nothing answered. */
export function initialQuestionnaireState(): QuestionnaireState {
  return { vendor: null, answers: {} };
}

/** How the framework stores, exports and shares a questionnaire tool's state. */
export function questionnaireStateDef(tool: string, title: string): ToolStateDef<QuestionnaireState> {
  return {
    tool,
    title,
    version: 1,
    schema: lazySchema((s) => s.questionnaire.schema),
    initial: initialQuestionnaireState,
  };
}
