/**
 * The table engine's model: every list of rows in every tool (vendors, criteria, ideas, and
 * the coming tasks, KPIs, phases, risks…) is an array of rows with stable ids, changed only
 * through these pure functions. Limits come back as a message naming the list, never as a
 * silent no-op; ids are never reused within a list, so data keyed by row id survives renames
 * and reordering.
 */

/** A row: anything with a stable id. */
export interface Row {
  id: string;
}

/** Limits and names of one list. */
export interface RowRules {
  /** Fewest rows the list may have (removing below is refused). */
  min: number;
  /** Most rows (adding beyond is refused). */
  max: number;
  /** Plural noun for messages: "vendors", "criteria". */
  noun: string;
  /** What a list at its minimum needs them for: "A comparison needs at least 2 vendors". */
  minMessage?: string;
}

/** The outcome of a change: the new rows, or the reason it was refused (rows unchanged). */
export type RowResult<R> = { ok: true; rows: R[] } | { ok: false; message: string };

/** A new id with `prefix`, not used by any row (random part in base 36). */
export function newRowId(rows: readonly Row[], prefix: string, random = Math.random): string {
  for (;;) {
    const id = `${prefix}${Math.floor(random() * 36 ** 6).toString(36)}`;
    if (!rows.some((r) => r.id === id)) return id;
  }
}

/** Adds a row at the end, or says why not. */
export function addRow<R extends Row>(rows: readonly R[], row: R, rules: RowRules): RowResult<R> {
  if (rows.length >= rules.max)
    return { ok: false, message: `You can have at most ${rules.max} ${rules.noun}. Remove one before adding another.` };
  if (rows.some((r) => r.id === row.id)) return { ok: false, message: 'That row is already in the list.' };
  return { ok: true, rows: [...rows, row] };
}

/** Removes a row, or says why not (at the minimum). */
export function removeRow<R extends Row>(rows: readonly R[], id: string, rules: RowRules): RowResult<R> {
  if (!rows.some((r) => r.id === id)) return { ok: true, rows: [...rows] };
  if (rows.length <= rules.min)
    return {
      ok: false,
      message: `${rules.minMessage ?? `The list needs at least ${rules.min} ${rules.noun}`}, so this one stays.`,
    };
  return { ok: true, rows: rows.filter((r) => r.id !== id) };
}

/** Moves a row up (negative) or down (positive) by `by` places, clamped to the list. */
export function moveRow<R extends Row>(rows: readonly R[], id: string, by: number): R[] {
  const i = rows.findIndex((r) => r.id === id);
  if (i < 0) return [...rows];
  const j = Math.min(rows.length - 1, Math.max(0, i + by));
  const next = [...rows];
  const [row] = next.splice(i, 1);
  next.splice(j, 0, row!);
  return next;
}

/** Changes one row (others untouched; the id cannot change). */
export function updateRow<R extends Row>(rows: readonly R[], id: string, change: Partial<Omit<R, 'id'>>): R[] {
  return rows.map((r) => (r.id === id ? { ...r, ...change, id: r.id } : r));
}
