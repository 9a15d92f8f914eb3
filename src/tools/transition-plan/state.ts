/**
 * Stored state of the transition planner, version 1: phases, training sessions, check-ins and
 * documentation items (rows of the table engine, with stable ids). A new visitor starts with
 * nothing; "Add the usual phases" lays out the five phases of the handover guide.
 */
import * as z from 'zod/mini';
import { CADENCES, DOC_STATUSES, PHASE_STATUSES } from './model';

/** Limits of the lists, texts and weeks (two years is far beyond any handover). */
export const MAX_PHASES = 20;
export const MAX_ITEMS = 40;
export const MAX_TEXT = 200;
export const MAX_WEEK = 104;

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
export const transitionSchema = z.object({
  phases: z.array(phaseSchema).check(z.maxLength(MAX_PHASES)),
  training: z.array(trainingSchema).check(z.maxLength(MAX_ITEMS)),
  checkIns: z.array(checkInSchema).check(z.maxLength(MAX_ITEMS)),
  docs: z.array(docSchema).check(z.maxLength(MAX_ITEMS)),
});

/** The tool's state. */
export type TransitionState = z.output<typeof transitionSchema>;
export type Phase = TransitionState['phases'][number];
export type Training = TransitionState['training'][number];
export type CheckIn = TransitionState['checkIns'][number];
export type Doc = TransitionState['docs'][number];

/**
 * The five phases of the handover guide (content/guides/managing-the-handover.mdx), one after
 * the other with no gap: the guide's 18-week bookkeeping example without its shared weeks.
 */
export const USUAL_PHASES: readonly Pick<Phase, 'name' | 'start' | 'duration'>[] = [
  { name: 'Prepare', start: 1, duration: 2 },
  { name: 'Knowledge transfer', start: 3, duration: 3 },
  { name: 'Parallel run', start: 6, duration: 4 },
  { name: 'Handover', start: 10, duration: 1 },
  { name: 'Stabilise', start: 11, duration: 8 },
];

/** A new visitor's plan: empty. */
export function initialTransition(): TransitionState {
  return { phases: [], training: [], checkIns: [], docs: [] };
}
