/**
 * The stored state of a checklist tool, shared by every tool the engine renders: answers
 * per checklist, per scope (`all`, or a vendor's id) and per item id, plus the vendor
 * currently shown. Stable ids as keys mean editing a data file never scrambles answers. The
 * shape itself (Zod) is in schema.ts, loaded only when there is data to read.
 */
import type { ToolStateDef } from '../framework/record';
import { lazySchema } from '../framework/lazy-schema';
import type { ChecklistState } from './schema';

/** The scope of answers that are not per vendor. */
export const ALL = 'all';
/** Longest note on one item. */
export const MAX_NOTE = 1000;

/** A checklist tool's state (its shape is in schema.ts). */
export type { ChecklistState };

/** The state of a new visitor: nothing answered. */
export function initialChecklistState(): ChecklistState {
  return { vendor: null, lists: {} };
}

/** How the framework stores, exports and shares a checklist tool's state. */
export function checklistStateDef(tool: string, title: string): ToolStateDef<ChecklistState> {
  return { tool, title, version: 1, schema: lazySchema((s) => s.checklist.schema), initial: initialChecklistState };
}
