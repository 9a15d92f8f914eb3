/**
 * Stored state of the transition planner, version 1: phases, training sessions, check-ins and
 * documentation items (rows of the table engine, with stable ids). A new visitor starts with
 * nothing; "Add the usual phases" lays out the five phases of the handover guide. The shape
 * itself (Zod) is in schema.ts, loaded only when there is data to read.
 */
import type { TransitionState } from './schema';

/** Limits of the lists, texts and weeks (two years is far beyond any handover). */
export const MAX_PHASES = 20;
export const MAX_ITEMS = 40;
export const MAX_TEXT = 200;
export const MAX_WEEK = 104;

/** The tool's state (its shape is in schema.ts). */
export type { TransitionState };
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
