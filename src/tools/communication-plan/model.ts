/**
 * The communication plan's arithmetic (pure): how often each touchpoint happens in an average
 * month, the internal hours the plan costs, warnings about the escalation path, and the one-page
 * charter as Markdown.
 */
import { oneLine, tableCell } from '../framework/text';

/** How often a touchpoint happens. */
export const FREQUENCIES = ['daily', 'weekly', 'fortnightly', 'monthly', 'quarterly'] as const;
export type Frequency = (typeof FREQUENCIES)[number];

/** What the visitor reads for each frequency. */
export const FREQUENCY_LABELS: Record<Frequency, string> = {
  daily: 'Daily on working days',
  weekly: 'Weekly',
  fortnightly: 'Fortnightly',
  monthly: 'Monthly',
  quarterly: 'Quarterly',
};

/**
 * Occurrences in an average month: 5 working days × 52 weeks ÷ 12 = 21.67, 52 weeks ÷ 12 = 4.33,
 * 26 fortnights ÷ 12 = 2.17, 1, and one quarter = 1 ÷ 3 of a month.
 */
export const OCCURRENCES_PER_MONTH: Record<Frequency, number> = {
  daily: (5 * 52) / 12,
  weekly: 52 / 12,
  fortnightly: 26 / 12,
  monthly: 1,
  quarterly: 1 / 3,
};

/** What the hours depend on. */
export interface TouchpointTime {
  id: string;
  purpose: string;
  frequency: Frequency;
  /** Minutes per occurrence (null = not filled in). */
  minutes: number | null;
  /** Internal people who attend (null = not filled in). */
  internal: number | null;
}

/** One line of the hours breakdown. */
export interface HoursLine {
  id: string;
  purpose: string;
  perMonth: number;
  /** Internal hours a month, or null while minutes or people are missing. */
  hours: number | null;
}

/** The plan's internal time. */
export interface PlanHours {
  lines: HoursLine[];
  /** Σ of the complete lines, unrounded. */
  total: number;
  /** Ids of touchpoints left out because minutes or people are missing. */
  incomplete: string[];
}

/** Rounds to 2 decimals for display and for the offer (the model keeps full precision). */
export const round2 = (n: number) => Math.round(n * 100) / 100;

/** Internal hours a month of one touchpoint: occurrences × minutes ÷ 60 × people. */
export function touchpointHours(t: TouchpointTime): number | null {
  if (t.minutes === null || t.internal === null) return null;
  return (OCCURRENCES_PER_MONTH[t.frequency] * t.minutes * t.internal) / 60;
}

/** Internal hours a month of the whole plan, with its breakdown. */
export function planHours(touchpoints: readonly TouchpointTime[]): PlanHours {
  const lines = touchpoints.map((t) => ({
    id: t.id,
    purpose: t.purpose,
    perMonth: OCCURRENCES_PER_MONTH[t.frequency],
    hours: touchpointHours(t),
  }));
  return {
    lines,
    total: lines.reduce((sum, l) => sum + (l.hours ?? 0), 0),
    incomplete: lines.filter((l) => l.hours === null).map((l) => l.id),
  };
}

/** An escalation level as the model needs it. */
export interface LevelText {
  ours: string;
  vendor: string;
  contact: string;
  response: string;
}

/** Warnings about the escalation path: a level without a response time is no commitment. */
export function escalationWarnings(levels: readonly LevelText[]): string[] {
  return levels.flatMap((l, k) =>
    l.response.trim() === '' ? [`Level ${k + 1} has no response time: agree how soon each side must reply.`] : [],
  );
}

/** A touchpoint as the charter shows it. */
export interface TouchpointText extends TouchpointTime {
  channel: string;
  owner: string;
  vendorPeople: string;
  agenda: string;
}

/** What the charter is made of. */
export interface CharterInput {
  touchpoints: readonly TouchpointText[];
  levels: readonly LevelText[];
  reporting: { updates: string; milestones: string; conflict: string };
}

/** A Markdown table cell: one line, pipes escaped, a dash when empty. */
/** A Markdown table cell (framework/text.ts). */
export const cell = tableCell;

/** Names a touchpoint by its purpose, or by its position when it has none. */
export const purposeOf = (purpose: string, n: number) => oneLine(purpose) || `touchpoint ${n}`;

/** Formats a number with up to two decimals in plain digits (Markdown is not localised). */
const num = (n: number) => String(round2(n));

/** The one-page communication charter as Markdown. */
export function charterMarkdown(input: CharterInput, title = 'Communication charter'): string {
  const hours = planHours(input.touchpoints);
  const out: string[] = [`# ${oneLine(title)}`, '', '## Cadence', ''];
  if (input.touchpoints.length === 0) out.push('No touchpoints agreed yet.');
  else {
    out.push(
      '| Touchpoint | Frequency | Minutes | Channel | Owner | Our people | Vendor people | Agenda |',
      '|---|---|---:|---|---|---:|---|---|',
    );
    input.touchpoints.forEach((t, k) =>
      out.push(
        `| ${cell(purposeOf(t.purpose, k + 1))} | ${FREQUENCY_LABELS[t.frequency]} | ${t.minutes ?? '—'} | ${cell(t.channel)} | ${cell(t.owner)} | ${t.internal ?? '—'} | ${cell(t.vendorPeople)} | ${cell(t.agenda)} |`,
      ),
    );
  }
  out.push('', `Our time: ${num(hours.total)} internal hours a month.`);
  if (hours.incomplete.length) out.push(`(${hours.incomplete.length} touchpoint(s) left out: no minutes or people.)`);
  const channels = [...new Set(input.touchpoints.map((t) => oneLine(t.channel)).filter(Boolean))];
  out.push('', '## Channels', '', ...(channels.length ? channels.map((c) => `- ${c}`) : ['No channels named yet.']));
  out.push('', '## Escalation', '');
  if (input.levels.length === 0) out.push('No escalation path agreed yet.');
  else {
    out.push('| Level | Our side | Vendor side | How to reach them | Response time |', '|---:|---|---|---|---|');
    input.levels.forEach((l, k) =>
      out.push(`| ${k + 1} | ${cell(l.ours)} | ${cell(l.vendor)} | ${cell(l.contact)} | ${cell(l.response)} |`),
    );
  }
  const r = input.reporting;
  out.push(
    '',
    '## Reporting',
    '',
    `- Progress updates: ${oneLine(r.updates) || 'not agreed yet'}`,
    `- Milestone reports: ${oneLine(r.milestones) || 'not agreed yet'}`,
    `- Resolving disagreements: ${oneLine(r.conflict) || 'not agreed yet'}`,
    '',
  );
  return out.join('\n');
}
