/**
 * The goals and scope canvas's stored shape (Zod), version 1, and the offers it accepts (a
 * classified task, the scorecard's criteria). Loaded only when there is data to read
 * (framework/lazy-schema.ts); the limits and defaults are in state.ts.
 */
import * as z from 'zod/mini';
import { OBJECTIVE_IDS, SENSITIVITIES } from './model';
import { MAX_BUDGET, MAX_HOW, MAX_JUDGING, MAX_LINE, MAX_MEASURES, MAX_NAME, MAX_TEXT } from './state';

const measureSchema = z.object({
  id: z.string().check(z.regex(/^[a-z0-9-]{1,40}$/)),
  name: z.string().check(z.maxLength(MAX_NAME)),
  baseline: z.string().check(z.maxLength(MAX_LINE)),
  target: z.string().check(z.maxLength(MAX_LINE)),
  how: z.string().check(z.maxLength(MAX_HOW)),
});

/** Stored state, version 1. */
export const schema = z.object({
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
export type GoalsState = z.output<typeof schema>;

export const taskOffer = z.object({ name: z.string().check(z.minLength(1), z.maxLength(200)) });
export type TaskOffer = z.output<typeof taskOffer>;

export const criteriaOffer = z.object({
  criteria: z
    .array(
      z.object({
        name: z.string().check(z.minLength(1), z.maxLength(200)),
        share: z.number().check(z.gte(0), z.lte(1)),
      }),
    )
    .check(z.minLength(1), z.maxLength(50)),
});
export type CriteriaOffer = z.output<typeof criteriaOffer>;
