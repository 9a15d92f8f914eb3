/**
 * The task classifier's model (pure): six questions scored 1–5, the first three measuring a
 * task's strategic importance and the last three its operational impact. Each axis is the mean
 * of its answered questions; an axis is "high" at 3.0 or more (SPEC tool 2). The two axes place
 * a task in one of four quadrants, and the two outsourcing quadrants are labelled strategic or
 * tactical outsourcing as the strategic-vs-tactical guide explains.
 */

/** The two axes of the 2×2. */
export type Axis = 'strategic' | 'operational';

/** Question ids, in display order (stable: answers are stored under them). */
export const QUESTION_IDS = ['apart', 'noticed', 'knowledge', 'time', 'blocking', 'cost'] as const;
export type QuestionId = (typeof QUESTION_IDS)[number];

/** A question: its short text (the radio group is named "<text> for <task>") and what 1 and 5 mean. */
export interface Question {
  id: QuestionId;
  axis: Axis;
  text: string;
  low: string;
  high: string;
}

/** The six questions: three per axis. */
export const QUESTIONS: readonly Question[] = [
  {
    id: 'apart',
    axis: 'strategic',
    text: 'Sets you apart from competitors',
    low: 'anyone does it the same way',
    high: 'it is why customers choose you',
  },
  {
    id: 'noticed',
    axis: 'strategic',
    text: 'Customers notice if it goes wrong',
    low: 'they would never see it',
    high: 'they would notice at once',
  },
  {
    id: 'knowledge',
    axis: 'strategic',
    text: 'Rests on knowledge only you have',
    low: 'standard skills, easy to find',
    high: 'know-how found nowhere else',
  },
  {
    id: 'time',
    axis: 'operational',
    text: 'Time it takes',
    low: 'an hour or two a month',
    high: 'a large part of someone’s week',
  },
  {
    id: 'blocking',
    axis: 'operational',
    text: 'Holds up other work',
    low: 'never',
    high: 'every week',
  },
  {
    id: 'cost',
    axis: 'operational',
    text: 'Cost of doing it well',
    low: 'little',
    high: 'a lot of staff, tools or training',
  },
];

/** An axis average at or above this is "high". */
export const HIGH = 3;

/** Answers of one task: question id → 1–5, absent while unanswered. */
export type Answers = Partial<Record<QuestionId, number>>;

/** The four quadrants. */
export type QuadrantId = 'retain' | 'partner' | 'outsource' | 'eliminate';

/** What a quadrant means and which guide says what to do next. */
export interface QuadrantInfo {
  id: QuadrantId;
  /** The quadrant's name (SPEC). */
  name: string;
  /** For the two outsourcing quadrants: which kind of outsourcing it is. */
  kind: 'Strategic outsourcing' | 'Tactical outsourcing' | null;
  /** The next step, in one sentence. */
  advice: string;
  /** The guide section to read: its title, and a short link text for tables. */
  guide: { slug: string; anchor?: string; title: string; short: string };
}

/** Quadrants in reading order of the 2×2: top left, top right, bottom left, bottom right. */
export const QUADRANTS: Record<QuadrantId, QuadrantInfo> = {
  partner: {
    id: 'partner',
    name: 'Partner',
    kind: 'Strategic outsourcing',
    advice:
      'Important to where you are going but not a daily load: find a partner chosen for expertise and trust, keep close involvement and run a paid pilot first.',
    guide: {
      slug: 'strategic-vs-tactical',
      anchor: 'handling-strategic-outsourcing-well',
      title: 'Handling strategic outsourcing well',
      short: 'Strategic outsourcing',
    },
  },
  retain: {
    id: 'retain',
    name: 'Retain in-house',
    kind: null,
    advice:
      'Likely your core work: keep it, and get help only with the supporting steps around it, to your standard and under your checks.',
    guide: {
      slug: 'keep-your-core',
      anchor: 'getting-help-without-giving-the-core-away',
      title: 'Getting help without giving the core away',
      short: 'Keeping the core',
    },
  },
  eliminate: {
    id: 'eliminate',
    name: 'Eliminate or automate',
    kind: null,
    advice:
      'Low on both axes: before paying anyone to do it, ask whether it needs doing at all, or whether software could do it.',
    guide: {
      slug: 'which-tasks-to-outsource',
      anchor: 'data-entry-and-admin',
      title: 'Which tasks to outsource: data entry and admin',
      short: 'Automating admin',
    },
  },
  outsource: {
    id: 'outsource',
    name: 'Outsource',
    kind: 'Tactical outsourcing',
    advice:
      'Routine work that weighs on your week: hand it to a specialist with a standard service, simple measures and a short contract. Start with a brief.',
    guide: {
      slug: 'strategic-vs-tactical',
      anchor: 'handling-tactical-outsourcing-well',
      title: 'Handling tactical outsourcing well',
      short: 'Tactical outsourcing',
    },
  },
};

/** Quadrant ids in the order tables list them: keep, partner, outsource, eliminate. */
export const QUADRANT_ORDER: readonly QuadrantId[] = ['retain', 'partner', 'outsource', 'eliminate'];

/** The name shown for the task at index k: its name, or "Task N". */
export function taskLabel(name: string, k: number): string {
  return name.trim() || `Task ${k + 1}`;
}

/** Mean of the answered questions of one axis, or null when none is answered. */
export function axisAverage(answers: Answers, axis: Axis): number | null {
  const values = QUESTIONS.filter((q) => q.axis === axis).flatMap((q) => {
    const a = answers[q.id];
    return a === undefined ? [] : [a];
  });
  return values.length ? values.reduce((s, v) => s + v, 0) / values.length : null;
}

/** The quadrant of two axis averages ("high" is ≥ 3.0 on each). */
export function quadrantOf(strategic: number, operational: number): QuadrantId {
  const s = strategic >= HIGH;
  const o = operational >= HIGH;
  if (s) return o ? 'retain' : 'partner';
  return o ? 'outsource' : 'eliminate';
}

/** A task as the results show it. */
export interface Classified {
  id: string;
  label: string;
  /** Questions answered, 0–6. */
  answered: number;
  strategic: number | null;
  operational: number | null;
  /** Null until both axes have at least one answer. */
  quadrant: QuadrantId | null;
}

/** Classifies one task. */
export function classify(id: string, label: string, answers: Answers): Classified {
  const strategic = axisAverage(answers, 'strategic');
  const operational = axisAverage(answers, 'operational');
  const answered = QUESTIONS.filter((q) => answers[q.id] !== undefined).length;
  const quadrant = strategic !== null && operational !== null ? quadrantOf(strategic, operational) : null;
  return { id, label, answered, strategic, operational, quadrant };
}

/** Every task classified, with the count per quadrant. */
export function classifyAll(tasks: { id: string; name: string; answers: Answers }[]): {
  tasks: Classified[];
  counts: Record<QuadrantId, number>;
} {
  const all = tasks.map((t, k) => classify(t.id, taskLabel(t.name, k), t.answers));
  const counts = { retain: 0, partner: 0, outsource: 0, eliminate: 0 };
  for (const t of all) if (t.quadrant) counts[t.quadrant]++;
  return { tasks: all, counts };
}

/** Tasks small businesses often weigh up (which-tasks-to-outsource), offered as a start. */
export const EXAMPLE_TASKS: readonly string[] = [
  'Payroll',
  'Bookkeeping',
  'Customer support',
  'Social media',
  'IT support',
  'Data entry',
];

/** The examples not yet in the list (names compared without case or outer spaces). */
export function examplesToAdd(names: string[]): string[] {
  const have = new Set(names.map((n) => n.trim().toLowerCase()));
  return EXAMPLE_TASKS.filter((e) => !have.has(e.toLowerCase()));
}

/** One sentence on where the placed tasks are, or null while none is placed. */
export function countsText(counts: Record<QuadrantId, number>): string | null {
  const total = QUADRANT_ORDER.reduce((s, q) => s + counts[q], 0);
  if (total === 0) return null;
  const parts = QUADRANT_ORDER.filter((q) => counts[q] > 0).map((q) => `${counts[q]} ${QUADRANTS[q].name}`);
  return `${total} task${total === 1 ? '' : 's'} placed: ${parts.join(', ')}.`;
}
