/**
 * Stored state of the goals and scope canvas, version 1: the task, why it is outsourced, the
 * outcomes and success measures (rows of the table engine), the scope, the constraints, the
 * owner, and — once accepted from the vendor scorecard — the criteria proposals are judged by.
 */
import * as z from 'zod/mini';
import { OBJECTIVE_IDS, SENSITIVITIES } from './model';

/** Most measures and judging criteria; longest texts; largest monthly budget. */
export const MAX_MEASURES = 12;
export const MAX_JUDGING = 15;
export const MAX_LINE = 120;
export const MAX_NAME = 80;
export const MAX_HOW = 200;
export const MAX_TEXT = 4000;
export const MAX_BUDGET = 1_000_000_000;

const measureSchema = z.object({
  id: z.string().check(z.regex(/^[a-z0-9-]{1,40}$/)),
  name: z.string().check(z.maxLength(MAX_NAME)),
  baseline: z.string().check(z.maxLength(MAX_LINE)),
  target: z.string().check(z.maxLength(MAX_LINE)),
  how: z.string().check(z.maxLength(MAX_HOW)),
});

/** Stored state, version 1. */
export const goalsSchema = z.object({
  task: z.string().check(z.maxLength(MAX_LINE)),
  objectives: z.array(z.enum(OBJECTIVE_IDS)).check(z.maxLength(OBJECTIVE_IDS.length)),
  otherObjective: z.string().check(z.maxLength(MAX_LINE)),
  outcomes: z.string().check(z.maxLength(MAX_TEXT)),
  measures: z.array(measureSchema).check(z.maxLength(MAX_MEASURES)),
  inScope: z.string().check(z.maxLength(MAX_TEXT)),
  outOfScope: z.string().check(z.maxLength(MAX_TEXT)),
  /** Most the business can spend a month, in the chosen currency; null until given. */
  budget: z.nullable(z.number().check(z.gte(0), z.lte(MAX_BUDGET))),
  /** When the service must be running (YYYY-MM-DD), or ''. */
  deadline: z.string().check(z.regex(/^(\d{4}-\d{2}-\d{2})?$/)),
  sensitivity: z.nullable(z.enum(SENSITIVITIES)),
  owner: z.string().check(z.maxLength(MAX_LINE)),
  /** Criteria and normalised weights (0–1) from the vendor scorecard; null = the default criteria. */
  judging: z.nullable(
    z
      .array(z.object({ name: z.string().check(z.maxLength(MAX_NAME)), share: z.number().check(z.gte(0), z.lte(1)) }))
      .check(z.maxLength(MAX_JUDGING)),
  ),
});

/** The tool's state. */
export type GoalsState = z.output<typeof goalsSchema>;
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
