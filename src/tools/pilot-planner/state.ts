/**
 * Stored state of the pilot planner, version 1: what the trial covers and when, and its
 * criteria (rows of the table engine) with weight, target, minimum, actual, direction and
 * must-have. A new visitor starts with no criteria: they come from "Add criterion" or from the
 * goals and scope canvas's success measures.
 */
import type { PilotState, StoredCriterion } from './schema';

/** Most criteria, longest names and texts, largest weight and magnitude of a figure. */
export const MAX_CRITERIA = 15;
export const MAX_NAME = 80;
export const MAX_HOW = 200;
export const MAX_SCOPE = 2000;
export const MAX_SHORT = 120;
export const MAX_WEIGHT = 10_000;
export const MAX_FIGURE = 1_000_000_000;
export const MAX_WEEKS = 52;

/** The tool's state (its shape is in schema.ts, loaded only when there is data to read). */
export type { PilotState, StoredCriterion };

/** A new visitor: nothing planned yet. */
export function initialPilot(): PilotState {
  return { vendor: '', scope: '', start: '', weeks: null, review: '', price: '', criteria: [] };
}
