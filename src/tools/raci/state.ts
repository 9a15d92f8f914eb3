/**
 * Stored state of the RACI builder, version 1: tasks and roles (rows of the table engine, with
 * stable ids), the letters keyed by task id and role id (a blank cell is absent), and the
 * setting that lets a lone A count as doing the work. A new visitor starts with an empty chart.
 */
import * as z from 'zod/mini';
import { LETTERS } from './model';

/** Limits of the lists and names. */
export const MAX_TASKS = 30;
export const MAX_ROLES = 12;
export const MAX_NAME = 120;

const id = z.string().check(z.regex(/^[a-z0-9-]{1,40}$/));
const name = z.string().check(z.maxLength(MAX_NAME));

/** Rows with unique ids (cells are keyed by them). */
const uniqueIds = <T extends { id: string }>(rows: T[]) => new Set(rows.map((r) => r.id)).size === rows.length;

const taskSchema = z.object({ id, name, outsourced: z.boolean() });
const roleSchema = z.object({ id, name, vendor: z.boolean() });

/** Stored state, version 1. */
export const raciSchema = z.object({
  tasks: z.array(taskSchema).check(z.maxLength(MAX_TASKS), z.refine(uniqueIds, 'Task ids must be unique.')),
  roles: z.array(roleSchema).check(z.maxLength(MAX_ROLES), z.refine(uniqueIds, 'Role ids must be unique.')),
  /** cells[taskId][roleId] = R, A, C or I; at most one entry per task and role. */
  cells: z
    .record(
      id,
      z.record(id, z.enum(LETTERS)).check(z.refine((row) => Object.keys(row).length <= MAX_ROLES, 'Too many roles.')),
    )
    .check(z.refine((cells) => Object.keys(cells).length <= MAX_TASKS, 'Too many tasks.')),
  /** "The accountable person may also do the work". */
  aDoesWork: z.boolean(),
});

/** The tool's state. */
export type RaciState = z.output<typeof raciSchema>;
export type Task = RaciState['tasks'][number];
export type Role = RaciState['roles'][number];

/** A new visitor's chart: no tasks, no roles (the presets are a button away). */
export function initialRaci(): RaciState {
  return { tasks: [], roles: [], cells: {}, aDoesWork: false };
}
