/**
 * Stored state of the pilot planner, version 1: what the trial covers and when, and its
 * criteria (rows of the table engine) with weight, target, minimum, actual, direction and
 * must-have. A new visitor starts with no criteria: they come from "Add criterion" or from the
 * goals and scope canvas's success measures.
 */
import * as z from 'zod/mini';

/** Most criteria, longest names and texts, largest weight and magnitude of a figure. */
export const MAX_CRITERIA = 15;
export const MAX_NAME = 80;
export const MAX_HOW = 200;
export const MAX_SCOPE = 2000;
export const MAX_SHORT = 120;
export const MAX_WEIGHT = 10_000;
export const MAX_FIGURE = 1_000_000_000;
export const MAX_WEEKS = 52;

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
export const pilotSchema = z.object({
  vendor: z.string().check(z.maxLength(MAX_SHORT)),
  scope: z.string().check(z.maxLength(MAX_SCOPE)),
  start: dateSchema,
  weeks: z.nullable(z.int().check(z.gte(1), z.lte(MAX_WEEKS))),
  review: dateSchema,
  price: z.string().check(z.maxLength(MAX_SHORT)),
  criteria: z.array(criterionSchema).check(z.maxLength(MAX_CRITERIA)),
});

/** The tool's state. */
export type PilotState = z.output<typeof pilotSchema>;
/** One criterion as stored. */
export type StoredCriterion = PilotState['criteria'][number];

/** A new visitor: nothing planned yet. */
export function initialPilot(): PilotState {
  return { vendor: '', scope: '', start: '', weeks: null, review: '', price: '', criteria: [] };
}
