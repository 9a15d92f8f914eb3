/**
 * The stored state of a checklist tool, shared by every tool the engine renders: answers
 * per checklist, per scope (`all`, or a vendor's id) and per item id, plus the vendor
 * currently shown. Stable ids as keys mean editing a data file never scrambles answers.
 */
import * as z from 'zod/mini';
import type { ToolStateDef } from '../framework/record';

/** The scope of answers that are not per vendor. */
export const ALL = 'all';
/** Longest note on one item. */
export const MAX_NOTE = 1000;

const id = z.string().check(z.regex(/^[a-z0-9-]{1,64}$/));
const answerSchema = z.object({
  status: z.enum(['done', 'na', 'todo']),
  note: z.string().check(z.maxLength(MAX_NOTE)),
});

/** Answers of one checklist in one scope, by item id (reused by tools that compose the engine). */
export const checklistAnswersSchema = z.record(id, answerSchema);

/** Stored state, version 1. */
export const checklistStateSchema = z.object({
  /** The vendor whose answers are shown (per-vendor checklists); null before one is chosen. */
  vendor: z.nullable(id),
  /** checklist id → scope → item id → answer. */
  lists: z.record(id, z.record(id, checklistAnswersSchema)),
});

/** A checklist tool's state. */
export type ChecklistState = z.output<typeof checklistStateSchema>;

/** The state of a new visitor: nothing answered. */
export function initialChecklistState(): ChecklistState {
  return { vendor: null, lists: {} };
}

/** How the framework stores, exports and shares a checklist tool's state. */
export function checklistStateDef(tool: string, title: string): ToolStateDef<ChecklistState> {
  return { tool, title, version: 1, schema: checklistStateSchema, initial: initialChecklistState };
}
