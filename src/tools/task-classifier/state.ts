/**
 * Stored state of the task classifier, version 1: the visitor's tasks in display order, each
 * with its answers to the six questions (whole numbers 1–5, keyed by question id, absent
 * while unanswered). A new visitor starts with no tasks.
 */
import * as z from 'zod/mini';
import { QUESTION_IDS } from './model';

/** Most tasks in one classification, and the longest task name. */
export const MAX_TASKS = 30;
export const MAX_TASK_NAME = 80;

const answer = z.int().check(z.gte(1), z.lte(5));

const taskSchema = z.object({
  id: z.string().check(z.regex(/^[a-z0-9-]{1,40}$/)),
  name: z.string().check(z.maxLength(MAX_TASK_NAME)),
  answers: z.partialRecord(z.enum(QUESTION_IDS), answer),
});

/** Stored state, version 1. */
export const classifierSchema = z.object({
  tasks: z.array(taskSchema).check(z.maxLength(MAX_TASKS)),
});

/** The tool's state. */
export type ClassifierState = z.output<typeof classifierSchema>;
/** One task as stored. */
export type StoredTask = ClassifierState['tasks'][number];

/** A new visitor has no tasks. */
export function initialClassifier(): ClassifierState {
  return { tasks: [] };
}
