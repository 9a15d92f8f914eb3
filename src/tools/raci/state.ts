/**
 * Stored state of the RACI builder, version 1: tasks and roles (rows of the table engine, with
 * stable ids), the letters keyed by task id and role id (a blank cell is absent), and the
 * setting that lets a lone A count as doing the work. A new visitor starts with an empty chart.
 * The shape itself (Zod) is in schema.ts, loaded only when there is data to read.
 */
import type { RaciState } from './schema';

/** Limits of the lists and names. */
export const MAX_TASKS = 30;
export const MAX_ROLES = 12;
export const MAX_NAME = 120;

/** The tool's state (its shape is in schema.ts). */
export type { RaciState };
export type Task = RaciState['tasks'][number];
export type Role = RaciState['roles'][number];

/** A new visitor's chart: no tasks, no roles (the presets are a button away). */
export function initialRaci(): RaciState {
  return { tasks: [], roles: [], cells: {}, aDoesWork: false };
}
