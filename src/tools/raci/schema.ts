/**
 * The RACI builder's stored shape (Zod), version 1. Loaded only when there is data to read
 * (framework/lazy-schema.ts); the limits, the letters and the defaults are in state.ts.
 */
import * as z from 'zod/mini';
import { MAX_NAME, MAX_ROLES, MAX_TASKS } from './state';
import { LETTERS } from './model';

const id = z.string().check(z.regex(/^[a-z0-9-]{1,40}$/));
const name = z.string().check(z.maxLength(MAX_NAME));

/** Rows with unique ids (cells are keyed by them). */
const uniqueIds = <T extends { id: string }>(rows: T[]) => new Set(rows.map((r) => r.id)).size === rows.length;

const taskSchema = z.object({ id, name, outsourced: z.boolean() });
const roleSchema = z.object({ id, name, vendor: z.boolean() });

/** Stored state, version 1. */
export const schema = z.object({
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
export type RaciState = z.output<typeof schema>;
