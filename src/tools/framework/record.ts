/**
 * The versioned record of one tool's state, as stored, exported and shared. Reading any
 * record goes through `readRecord`: parse → check it is for this tool → migrate older
 * versions step by step → validate with the tool's Zod schema. Problems come back as a
 * message a visitor can act on; nothing here throws.
 */

import { isPending } from './lazy-schema';

/** A Zod issue, as much of it as messages need. */
interface Issue {
  code: string;
  path: PropertyKey[];
  maximum?: unknown;
  minimum?: unknown;
  expected?: unknown;
}

/** What `readRecord` needs of a schema: Zod's `safeParse`. */
export interface StateSchema<S> {
  safeParse(data: unknown): { success: true; data: S } | { success: false; error: { issues: Issue[] } };
}

/** What a tool can say about a stored field: its label and real range (for messages). */
export interface FieldInfo {
  label: string;
  min?: number;
  max?: number;
}

/**
 * A Zod issue in plain words (zod/mini carries no message texts of its own). With the tool's
 * `describe`, a field is named by its label and its real range ("“Horizon (months)” must be
 * between 1 and 120"), never by a schema's internal bound such as Number.MAX_SAFE_INTEGER.
 */
export function describeIssue(
  issue: Issue | undefined,
  describe?: (path: PropertyKey[]) => FieldInfo | undefined,
): string {
  if (!issue) return 'unknown problem';
  const info = describe?.(issue.path);
  const where = info ? `“${info.label}” ` : issue.path.length ? `“${issue.path.map(String).join('.')}” ` : '';
  const ranged = info && info.min !== undefined && info.max !== undefined;
  if (ranged && (issue.code === 'too_big' || issue.code === 'too_small' || issue.code === 'invalid_type'))
    return `${where}must be a number between ${info.min} and ${info.max}`;
  const internal = (n: unknown) => typeof n === 'number' && Math.abs(n) >= Number.MAX_SAFE_INTEGER;
  if ((issue.code === 'too_big' && internal(issue.maximum)) || (issue.code === 'too_small' && internal(issue.minimum)))
    return `${where}is too ${issue.code === 'too_big' ? 'large' : 'small'} to be a real value`;
  switch (issue.code) {
    case 'too_big':
      return `${where}is more than ${String(issue.maximum)}`;
    case 'too_small':
      return `${where}is less than ${String(issue.minimum)}`;
    case 'invalid_type':
      return `${where}should be a ${String(issue.expected)}`;
    case 'invalid_value':
      return `${where}is not one of the allowed values`;
    case 'unrecognized_keys':
      return `${where}has fields this tool does not know`;
    default:
      return `${where}is not valid`;
  }
}

/** How a tool describes its stored state. */
export interface ToolStateDef<S> {
  /** Tool id (SPEC), also the last part of the storage key. */
  tool: string;
  /** Human name, used in messages ("This file is for the Vendor scorecard"). */
  title: string;
  /** Current version of the state shape. Bump it and add a migration when the shape changes. */
  version: number;
  /**
   * Validates the current shape: a Zod schema (`zod/mini`), which tool declarations name with
   * `lazySchema(...)` so that pages load it only when there is data to read (lazy-schema.ts).
   */
  schema: StateSchema<S>;
  /** The state a new visitor starts with. */
  initial: () => S;
  /** `migrations[n]` turns data of version n into version n + 1. */
  migrations?: Record<number, (data: unknown) => unknown>;
  /** Label and range of the field at a path of the stored state, for messages about bad data. */
  describe?: (path: PropertyKey[]) => FieldInfo | undefined;
}

/** The stored/exported form of a tool's state. */
export interface ToolRecord {
  format: 'outsource-smart';
  tool: string;
  v: number;
  data: unknown;
}

/** Result of reading a record. */
export type ReadResult<S> =
  | { ok: true; state: S; migratedFrom?: number }
  | {
      ok: false;
      message: string;
      /** The record is from a newer version of the site. */
      newer?: true;
      /** The schema is still loading (lazy-schema.ts): the record was not judged; try again after `loadSchemas()`. */
      pending?: true;
    };

/** What a record read too early says (the caller waits for the schemas and reads again). */
export const PENDING_MESSAGE = 'The tool is still loading what it needs to read this data.';

/** JSON.parse that turns -0 into 0, so no tool ever shows "-0" (JSON has no other odd numbers). */
export function parseJson(text: string): unknown {
  return JSON.parse(text, (_, v: unknown) => (Object.is(v, -0) ? 0 : v));
}

/** Wraps a state for storage or export. */
export function toRecord<S>(def: ToolStateDef<S>, state: S): ToolRecord {
  return { format: 'outsource-smart', tool: def.tool, v: def.version, data: state };
}

/** Reads a record from JSON text (storage, a file or a share link). */
export function readRecord<S>(def: ToolStateDef<S>, text: string): ReadResult<S> {
  let raw: unknown;
  try {
    raw = parseJson(text);
  } catch {
    return { ok: false, message: 'The data is not valid JSON, so it cannot be read.' };
  }
  return readRecordValue(def, raw);
}

/** Reads an already-parsed record. */
export function readRecordValue<S>(def: ToolStateDef<S>, raw: unknown): ReadResult<S> {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw))
    return { ok: false, message: 'The data is not an Outsource Smart record.' };
  const r = raw as Partial<ToolRecord>;
  if (r.format !== 'outsource-smart') return { ok: false, message: 'The data is not an Outsource Smart record.' };
  if (r.tool !== def.tool)
    return { ok: false, message: `The data is for the tool “${String(r.tool)}”, not the ${def.title}.` };
  if (typeof r.v !== 'number' || !Number.isInteger(r.v) || r.v < 1)
    return { ok: false, message: 'The data has no valid version number.' };
  if (r.v > def.version)
    return {
      ok: false,
      newer: true,
      message: 'The data comes from a newer version of this site. Reload the page and try again.',
    };
  if (isPending(def.schema)) return { ok: false, pending: true, message: PENDING_MESSAGE };
  let data = r.data;
  for (let v = r.v; v < def.version; v++) {
    const step = def.migrations?.[v];
    if (!step) return { ok: false, message: `Data of version ${v} can no longer be read.` };
    try {
      data = step(data);
    } catch {
      return { ok: false, message: `Data of version ${v} could not be upgraded.` };
    }
  }
  const parsed = def.schema.safeParse(data);
  if (!parsed.success) {
    return { ok: false, message: `The data is not valid: ${describeIssue(parsed.error.issues[0], def.describe)}.` };
  }
  return { ok: true, state: parsed.data, ...(r.v < def.version ? { migratedFrom: r.v } : {}) };
}
