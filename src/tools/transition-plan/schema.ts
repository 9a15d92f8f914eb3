/**
 * The transition planner's stored shape (Zod), version 1. Loaded only when there is data to
 * read (framework/lazy-schema.ts); the limits and the defaults are in state.ts, the statuses and
 * cadences in model.ts.
 */
import * as z from 'zod/mini';
import { CADENCES, DOC_STATUSES, PHASE_STATUSES } from './model';
import { MAX_ITEMS, MAX_PHASES, MAX_TEXT, MAX_WEEK } from './state';

const id = z.string().check(z.regex(/^[a-z0-9-]{1,40}$/));
const text = z.string().check(z.maxLength(MAX_TEXT));
const week = z.nullable(z.int().check(z.gte(1), z.lte(MAX_WEEK)));

const phaseSchema = z.object({
  id,
  name: text,
  start: week,
  duration: week,
  owner: text,
  status: z.enum(PHASE_STATUSES),
});
const trainingSchema = z.object({ id, topic: text, week, trainer: text, audience: text });
const checkInSchema = z.object({ id, name: text, cadence: z.enum(CADENCES), fromWeek: week, toWeek: week });
const docSchema = z.object({ id, name: text, owner: text, status: z.enum(DOC_STATUSES) });

/** Stored state, version 1. */
export const schema = z.object({
  phases: z.array(phaseSchema).check(z.maxLength(MAX_PHASES)),
  training: z.array(trainingSchema).check(z.maxLength(MAX_ITEMS)),
  checkIns: z.array(checkInSchema).check(z.maxLength(MAX_ITEMS)),
  docs: z.array(docSchema).check(z.maxLength(MAX_ITEMS)),
});

/** The tool's state. */
export type TransitionState = z.output<typeof schema>;
