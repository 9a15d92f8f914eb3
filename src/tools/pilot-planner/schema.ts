/**
 * The pilot planner's stored shape (Zod), version 1, and the goals canvas's success measures it
 * accepts. Loaded only when there is data to read (framework/lazy-schema.ts); the limits and
 * defaults are in state.ts.
 */
import * as z from 'zod/mini';
import { MAX_CRITERIA, MAX_FIGURE, MAX_HOW, MAX_NAME, MAX_SCOPE, MAX_SHORT, MAX_WEEKS, MAX_WEIGHT } from './state';

const figure = z.nullable(z.number().check(z.gte(-MAX_FIGURE), z.lte(MAX_FIGURE)));
/** A date as YYYY-MM-DD, or '' when not set. */
export const dateSchema = z.string().check(z.regex(/^(\d{4}-\d{2}-\d{2})?$/));

const criterionSchema = z.object({
  id: z.string().check(z.regex(/^[a-z0-9-]{1,40}$/)),
  name: z.string().check(z.maxLength(MAX_NAME)),
  /** Points, shared out to 100 % in the results. */
  weight: z.number().check(z.gte(0), z.lte(MAX_WEIGHT)),
  target: figure,
  minimum: figure,
  actual: figure,
  mustHave: z.boolean(),
  lowerIsBetter: z.boolean(),
  how: z.string().check(z.maxLength(MAX_HOW)),
});

/** Stored state, version 1. */
export const schema = z.object({
  vendor: z.string().check(z.maxLength(MAX_SHORT)),
  scope: z.string().check(z.maxLength(MAX_SCOPE)),
  start: dateSchema,
  weeks: z.nullable(z.int().check(z.gte(1), z.lte(MAX_WEEKS))),
  review: dateSchema,
  price: z.string().check(z.maxLength(MAX_SHORT)),
  criteria: z.array(criterionSchema).check(z.maxLength(MAX_CRITERIA)),
});

/** The tool's state. */
export type PilotState = z.output<typeof schema>;
/** One criterion as stored. */
export type StoredCriterion = PilotState['criteria'][number];

/** The goals and scope canvas's offer: every named success measure. */
export const measuresOffer = z.object({
  measures: z
    .array(
      z.object({
        name: z.string().check(z.maxLength(200)),
        baseline: z.string().check(z.maxLength(200)),
        target: z.string().check(z.maxLength(200)),
        how: z.string().check(z.maxLength(400)),
      }),
    )
    .check(z.maxLength(50)),
});
export type MeasuresOffer = z.output<typeof measuresOffer>;
