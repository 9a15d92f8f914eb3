/**
 * Stored state of the goals and scope canvas, version 1: the task, why it is outsourced, the
 * outcomes and success measures (rows of the table engine), the scope, the constraints, the
 * owner, and — once accepted from the vendor scorecard — the criteria proposals are judged by.
 */
import type { GoalsState } from './schema';

/** Most measures and judging criteria; longest texts; largest monthly budget. */
export const MAX_MEASURES = 12;
export const MAX_JUDGING = 15;
export const MAX_LINE = 120;
export const MAX_NAME = 80;
export const MAX_HOW = 200;
export const MAX_TEXT = 4000;
export const MAX_BUDGET = 1_000_000_000;

/** The tool's state (its shape is in schema.ts, loaded only when there is data to read). */
export type { GoalsState };
/** One success measure as stored. */
export type StoredMeasure = GoalsState['measures'][number];

/** A new visitor: an empty canvas. */
export function initialGoals(): GoalsState {
  return {
    task: '',
    objectives: [],
    otherObjective: '',
    outcomes: '',
    measures: [],
    inScope: '',
    outOfScope: '',
    budget: null,
    deadline: '',
    sensitivity: null,
    owner: '',
    judging: null,
  };
}
