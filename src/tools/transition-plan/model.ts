/**
 * The transition planner's pure model. Weeks are whole numbers from 1: a phase that starts in
 * week s and lasts d weeks runs in weeks s … s + d − 1 (its end week). Gaps and overlaps are
 * looked for between consecutive phases in order of their start week, and named by their weeks.
 */

/** What the model needs of a phase. */
export interface PhaseInput {
  id: string;
  name: string;
  start: number | null;
  duration: number | null;
}

/** A phase with a start and a duration, and the week it ends. */
export interface PlacedPhase {
  id: string;
  name: string;
  start: number;
  end: number;
  duration: number;
}

/** A gap (no phase runs) or an overlap (two phases run) between two consecutive phases, in weeks from–to. */
export interface Seam {
  kind: 'gap' | 'overlap';
  first: string;
  second: string;
  from: number;
  to: number;
}

/** The plan's timeline. */
export interface Timeline {
  /** Phases with both numbers, in start order (ties keep the list order). */
  phases: PlacedPhase[];
  /** Names of phases left out because a start or duration is missing. */
  unplaced: string[];
  /** First start week, last end week, and the weeks from one to the other (0 with no phase). */
  startWeek: number | null;
  endWeek: number | null;
  totalWeeks: number;
  seams: Seam[];
}

/** A phase's name, or "Phase N" while it has none. */
export const phaseName = (name: string, n: number) => name.trim() || `Phase ${n}`;

/** Last week of a phase: start + duration − 1. */
export const endWeekOf = (start: number, duration: number) => start + duration - 1;

/** The timeline of a list of phases. */
export function timeline(list: readonly PhaseInput[]): Timeline {
  const named = list.map((p, k) => ({ ...p, name: phaseName(p.name, k + 1), k }));
  const phases = named
    .flatMap((p) =>
      p.start !== null && p.duration !== null && p.duration > 0
        ? [
            {
              id: p.id,
              name: p.name,
              start: p.start,
              duration: p.duration,
              end: endWeekOf(p.start, p.duration),
              k: p.k,
            },
          ]
        : [],
    )
    .sort((a, b) => a.start - b.start || a.k - b.k)
    .map(({ k: _k, ...p }) => p);
  const unplaced = named.filter((p) => !phases.some((x) => x.id === p.id)).map((p) => p.name);
  const seams: Seam[] = [];
  for (let i = 1; i < phases.length; i++) {
    const a = phases[i - 1]!;
    const b = phases[i]!;
    if (b.start > a.end + 1)
      seams.push({ kind: 'gap', first: a.name, second: b.name, from: a.end + 1, to: b.start - 1 });
    else if (b.start <= a.end)
      seams.push({ kind: 'overlap', first: a.name, second: b.name, from: b.start, to: Math.min(a.end, b.end) });
  }
  if (phases.length === 0) return { phases, unplaced, startWeek: null, endWeek: null, totalWeeks: 0, seams };
  const startWeek = phases[0]!.start;
  const endWeek = Math.max(...phases.map((p) => p.end));
  return { phases, unplaced, startWeek, endWeek, totalWeeks: endWeek - startWeek + 1, seams };
}

/** "week 6" or "weeks 6–7". */
export const weeksText = (from: number, to: number) => (from === to ? `week ${from}` : `weeks ${from}–${to}`);

/** A gap or overlap in words, naming its weeks. */
export function seamText(s: Seam): string {
  return s.kind === 'gap'
    ? `Gap: nothing is planned in ${weeksText(s.from, s.to)}, between ${s.first} and ${s.second}. Close it, or say what happens then.`
    : `Overlap: ${s.first} and ${s.second} both run in ${weeksText(s.from, s.to)}. Check that the same people can do both.`;
}

/** Share of the plan suggested as a buffer (an assumption: handovers often overrun). */
export const BUFFER_SHARE = 0.2;

/** Suggested buffer in whole weeks: 20 % of the plan, rounded up, at least 1 (0 with no plan). */
export function bufferWeeks(totalWeeks: number): number {
  return totalWeeks <= 0 ? 0 : Math.max(1, Math.ceil(totalWeeks * BUFFER_SHARE));
}

/** True for a phase of parallel running (its name says "parallel"). */
export const isParallel = (name: string) => /parallel/i.test(name);

/** Weeks of parallel running: the durations of the phases named "parallel …", added up. */
export function parallelWeeks(list: readonly PhaseInput[]): number {
  return list.reduce((sum, p) => sum + (isParallel(p.name) && p.duration !== null ? p.duration : 0), 0);
}

/** Check-in cadences and how many a week each means (working weeks of 5 days). */
export const CADENCES = ['daily', 'twice-weekly', 'weekly', 'fortnightly'] as const;
export type Cadence = (typeof CADENCES)[number];
export const CADENCE_LABELS: Record<Cadence, string> = {
  daily: 'Daily (working days)',
  'twice-weekly': 'Twice a week',
  weekly: 'Weekly',
  fortnightly: 'Every two weeks',
};
export const PER_WEEK: Record<Cadence, number> = { daily: 5, 'twice-weekly': 2, weekly: 1, fortnightly: 0.5 };

/** What the model needs of a check-in row. */
export interface CheckInInput {
  cadence: Cadence;
  fromWeek: number | null;
  toWeek: number | null;
}

/**
 * Check-ins a row plans: weeks from–to (inclusive) × times a week, rounded up (a fortnightly
 * check-in over 3 weeks is 2 meetings); null while a week is missing or the weeks run backwards.
 */
export function checkInCount(c: CheckInInput): number | null {
  if (c.fromWeek === null || c.toWeek === null || c.toWeek < c.fromWeek) return null;
  return Math.ceil((c.toWeek - c.fromWeek + 1) * PER_WEEK[c.cadence]);
}

/** Documentation statuses, from least to most ready. */
export const DOC_STATUSES = ['missing', 'draft', 'reviewed'] as const;
export type DocStatus = (typeof DOC_STATUSES)[number];
export const DOC_LABELS: Record<DocStatus, string> = { missing: 'Missing', draft: 'Draft', reviewed: 'Reviewed' };

/** How many documents have each status. */
export function docCounts(docs: readonly { status: DocStatus }[]): Record<DocStatus, number> {
  const c: Record<DocStatus, number> = { missing: 0, draft: 0, reviewed: 0 };
  for (const d of docs) c[d.status]++;
  return c;
}

/** Phase statuses. */
export const PHASE_STATUSES = ['planned', 'in-progress', 'done'] as const;
export type PhaseStatus = (typeof PHASE_STATUSES)[number];
export const PHASE_STATUS_LABELS: Record<PhaseStatus, string> = {
  planned: 'Planned',
  'in-progress': 'In progress',
  done: 'Done',
};
