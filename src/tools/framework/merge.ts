/**
 * Merging a workshop room (pure): finding the codes in pasted text, dropping duplicates, and
 * the statistics per item. The room is everyone who answered, so the standard deviation is the
 * population one (divide by n, not n − 1). Items where the room disagrees most come first:
 * disagreement is the standard deviation as a share of the item's possible range (1 for yes/no,
 * 4 for a 1–5 scale), so yes/no and scale items compare fairly.
 */
import type { MergeValue } from './define';

/** count, mean, min, max and population standard deviation of some numbers. */
export interface Summary {
  count: number;
  mean: number;
  min: number;
  max: number;
  /** Population standard deviation (the room is the whole population). */
  sd: number;
}

/** The summary of `numbers`, or null when there are none. */
export function summarise(numbers: readonly number[]): Summary | null {
  if (numbers.length === 0) return null;
  const count = numbers.length;
  const mean = numbers.reduce((a, b) => a + b, 0) / count;
  const variance = numbers.reduce((a, b) => a + (b - mean) ** 2, 0) / count;
  return { count, mean, min: Math.min(...numbers), max: Math.max(...numbers), sd: Math.sqrt(variance) };
}

/** One item's statistics across the room. */
export interface ItemStats extends Summary {
  item: string;
  label: string;
  kind: MergeValue['kind'];
  /** Share of Yes, 0–1 (yes/no items only; the mean of 1 = Yes, 0 = No). */
  yesShare: number | null;
  /** Standard deviation as a share of the item's range (0 = everyone agrees). */
  disagreement: number;
}

const RANGE: Record<MergeValue['kind'], number> = { yesno: 1, scale: 4 };

/** Statistics per item over the responses' values, most disagreement first (then first seen). */
export function itemStats(responses: readonly (readonly MergeValue[])[]): ItemStats[] {
  const items = new Map<string, { label: string; kind: MergeValue['kind']; values: number[] }>();
  for (const values of responses)
    for (const v of values) {
      const entry = items.get(v.item) ?? { label: v.label, kind: v.kind, values: [] };
      if (entry.kind !== v.kind || !Number.isFinite(v.value)) continue;
      entry.values.push(v.value);
      items.set(v.item, entry);
    }
  const stats = [...items].map(([item, e], order) => {
    const s = summarise(e.values)!;
    return {
      ...s,
      item,
      label: e.label,
      kind: e.kind,
      yesShare: e.kind === 'yesno' ? s.mean : null,
      disagreement: s.sd / RANGE[e.kind],
      order,
    };
  });
  return stats.sort((a, b) => b.disagreement - a.disagreement || a.order - b.order).map(({ order: _, ...s }) => s);
}

/** A code found in pasted text or a file, with where it was found ("Line 3"). */
export interface FoundCode {
  where: string;
  code: string;
}

const WRAPPING = /^[`'"“”‘’<([]+|[`'"“”‘’>)\],;:.!?]+$/g;

/**
 * The codes in a text, one entry per code with its line: every word starting with `osw`
 * is a code (so chat lines such as "Anna: osw1…" work); a non-empty line without one is
 * kept whole, to be rejected as "not a response code" rather than silently ignored.
 */
export function findCodes(text: string, where: (line: number) => string = (n) => `Line ${n}`): FoundCode[] {
  return text.split(/\r\n|\r|\n/).flatMap((line, i) => {
    const words = line
      .split(/\s+/)
      .map((w) => w.replace(WRAPPING, ''))
      .filter(Boolean);
    const codes = words.filter((w) => /^osw/i.test(w));
    if (codes.length) return codes.map((code) => ({ where: where(i + 1), code }));
    return line.trim() ? [{ where: where(i + 1), code: line.trim() }] : [];
  });
}

/**
 * Keeps one response per response id, in the place of its first, with the answers of its last
 * (a participant who sent again meant the newer answers).
 */
export function dropDuplicates<T extends { id: string }>(responses: readonly T[]): { kept: T[]; duplicates: number } {
  const last = new Map<string, T>();
  for (const r of responses) last.set(r.id, r);
  return { kept: [...last.values()], duplicates: responses.length - last.size };
}
