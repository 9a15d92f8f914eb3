/**
 * Stored state of the task classifier, version 1: the visitor's tasks in display order, each
 * with its answers to the six questions (whole numbers 1–5, keyed by question id, absent
 * while unanswered). A new visitor starts with no tasks. The shape itself (Zod) is in
 * schema.ts, loaded only when there is data to read.
 */
import type { ClassifierState } from './schema';

/** Most tasks in one classification, and the longest task name. */
export const MAX_TASKS = 30;
export const MAX_TASK_NAME = 80;

/** The tool's state (its shape is in schema.ts). */
export type { ClassifierState };
/** One task as stored. */
export type StoredTask = ClassifierState['tasks'][number];

/** A new visitor has no tasks. */
export function initialClassifier(): ClassifierState {
  return { tasks: [] };
}
