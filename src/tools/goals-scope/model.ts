/**
 * The goals and scope canvas's model (pure, SPEC tool 1): the objectives and data-sensitivity
 * levels, which parts of the brief are still empty, which due-diligence checks a request for
 * proposal asks for at each level of data sensitivity, the proposal timetable worked back from
 * the deadline, the default judging criteria and the interview questions.
 */

/** Why a business outsources (goals-and-scope guide, step 1), as stored ids and labels. */
export const OBJECTIVE_IDS = ['cost', 'expertise', 'focus', 'speed', 'scale', 'quality'] as const;
export type ObjectiveId = (typeof OBJECTIVE_IDS)[number];
export const OBJECTIVES: Record<ObjectiveId, string> = {
  cost: 'Cut cost',
  expertise: 'Get expertise we lack',
  focus: 'Free time for core work',
  speed: 'Move faster',
  scale: 'Scale up or down easily',
  quality: 'Better quality or coverage',
};

/** How sensitive the data the vendor will handle is, least first. */
export const SENSITIVITIES = ['none', 'internal', 'personal', 'special'] as const;
export type Sensitivity = (typeof SENSITIVITIES)[number];
export const SENSITIVITY: Record<Sensitivity, { label: string; hint: string }> = {
  none: { label: 'None', hint: 'The vendor sees no business or personal data.' },
  internal: { label: 'Internal business data', hint: 'Prices, plans, accounts or supplier details.' },
  personal: { label: 'Personal data', hint: 'Names, contact details or pay of customers or staff.' },
  special: {
    label: 'Special-category or health data',
    hint: 'Health, ethnicity, religion, biometrics, sex life or trade-union membership.',
  },
};

/** The name shown for the measure at index k: its name, or "Measure N". */
export function measureLabel(name: string, k: number): string {
  return name.trim() || `Measure ${k + 1}`;
}

/** What the completeness check reads. */
export interface CanvasParts {
  task: string;
  objectives: readonly string[];
  otherObjective: string;
  outcomes: string;
  measures: { name: string; baseline: string; target: string }[];
  inScope: string;
  outOfScope: string;
  budget: number | null;
  deadline: string;
  sensitivity: Sensitivity | null;
  owner: string;
}

/** The ten parts of a brief, each with the id of the field that fills it. */
export const PARTS = [
  { id: 'task', field: 'gs-task', label: 'Task or function' },
  { id: 'objectives', field: 'gs-objective-cost', label: 'Objectives' },
  { id: 'outcomes', field: 'gs-outcomes', label: 'Expected outcomes' },
  { id: 'measures', field: 'gs-m-add', label: 'Success measures (a name, a baseline and a target)' },
  { id: 'inScope', field: 'gs-in', label: 'In scope' },
  { id: 'outOfScope', field: 'gs-out', label: 'Out of scope' },
  { id: 'budget', field: 'gs-budget', label: 'Budget per month' },
  { id: 'deadline', field: 'gs-deadline', label: 'Deadline' },
  { id: 'sensitivity', field: 'gs-sensitivity-none', label: 'Data sensitivity' },
  { id: 'owner', field: 'gs-owner', label: 'Internal owner' },
] as const;
export type PartId = (typeof PARTS)[number]['id'];

const filled = (s: string) => s.trim() !== '';

/** True when a measure is complete enough to judge by: a name, a baseline and a target. */
export const measureComplete = (m: { name: string; baseline: string; target: string }) =>
  filled(m.name) && filled(m.baseline) && filled(m.target);

/** The parts still empty, in the order of the form (pointed out, never blocking). */
export function missingParts(c: CanvasParts): (typeof PARTS)[number][] {
  const has: Record<PartId, boolean> = {
    task: filled(c.task),
    objectives: c.objectives.length > 0 || filled(c.otherObjective),
    outcomes: filled(c.outcomes),
    measures: c.measures.some(measureComplete),
    inScope: filled(c.inScope),
    outOfScope: filled(c.outOfScope),
    budget: c.budget !== null,
    deadline: filled(c.deadline),
    sensitivity: c.sensitivity !== null,
    owner: filled(c.owner),
  };
  return PARTS.filter((p) => !has[p.id]);
}

/** A due-diligence item as the island passes it (content/checklists/due-diligence.json). */
export interface SecurityItem {
  id: string;
  section: string;
  text: string;
}

/** The sections of the due-diligence checklist a request for proposal draws on. */
export const SECURITY_SECTIONS = ['security', 'continuity'] as const;

/**
 * The lowest data sensitivity at which an item is asked. Continuity and personal logins matter
 * for any vendor; the other data-security checks from internal business data up; GDPR and the
 * data processing agreement once personal data is involved; health-data rules for special
 * categories. A security item not listed here (added to the checklist later) counts as internal.
 */
export const ASKED_FROM: Record<string, Sensitivity> = {
  'access-control': 'none',
  gdpr: 'personal',
  dpa: 'personal',
  hipaa: 'special',
};

const level = (s: Sensitivity) => SENSITIVITIES.indexOf(s);

/** The due-diligence items a proposal must answer for this sensitivity (none when not chosen yet). */
export function securityQuestions(items: SecurityItem[], sensitivity: Sensitivity | null): SecurityItem[] {
  const at = level(sensitivity ?? 'none');
  return items.filter((i) => {
    if (!(SECURITY_SECTIONS as readonly string[]).includes(i.section)) return false;
    const from = ASKED_FROM[i.id] ?? (i.section === 'continuity' ? 'none' : 'internal');
    return level(from) <= at;
  });
}

/** The proposal timetable, as YYYY-MM-DD dates. */
export interface Timetable {
  questionsBy: string;
  proposalsBy: string;
  interviewsFrom: string;
  interviewsBy: string;
  decisionBy: string;
  runningBy: string;
  /** True when the first date is already past: the deadline is too close for this timetable. */
  tight: boolean;
}

/** Weeks before the deadline of each step (the rest leaves four weeks for contract and handover). */
export const WEEKS_BEFORE = { questions: 8, proposals: 6, interviews: 5, decision: 4 } as const;

const DAY = 86_400_000;
const parse = (iso: string) => Date.parse(`${iso}T00:00:00Z`);
const iso = (t: number) => new Date(t).toISOString().slice(0, 10);

/** A day moved back to the Friday before when it falls on a weekend. */
export function workingDayOnOrBefore(day: string): string {
  const t = parse(day);
  const dow = new Date(t).getUTCDay();
  return iso(t - (dow === 6 ? 1 : dow === 0 ? 2 : 0) * DAY);
}

/**
 * The timetable worked back from the deadline: questions by 8 weeks before, proposals by 6,
 * interviews in the week up to 5 weeks before, the decision by 4 — each on a working day.
 * Null without a valid deadline.
 */
export function timetable(deadline: string, today: string): Timetable | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(deadline) || Number.isNaN(parse(deadline))) return null;
  const before = (weeks: number) => workingDayOnOrBefore(iso(parse(deadline) - weeks * 7 * DAY));
  const questionsBy = before(WEEKS_BEFORE.questions);
  const proposalsBy = before(WEEKS_BEFORE.proposals);
  return {
    questionsBy,
    proposalsBy,
    interviewsFrom: iso(parse(proposalsBy) + DAY * (new Date(parse(proposalsBy)).getUTCDay() === 5 ? 3 : 1)),
    interviewsBy: before(WEEKS_BEFORE.interviews),
    decisionBy: before(WEEKS_BEFORE.decision),
    runningBy: deadline,
    tight: /^\d{4}-\d{2}-\d{2}$/.test(today) && questionsBy <= today,
  };
}

/** How proposals are judged when no scorecard criteria were accepted: the scorecard's defaults. */
export const DEFAULT_JUDGING: readonly { name: string; share: number }[] = [
  { name: 'Industry experience', share: 0.2 },
  { name: 'Track record', share: 0.2 },
  { name: 'Security and compliance', share: 0.2 },
  { name: 'Communication and responsiveness', share: 0.15 },
  { name: 'Price', share: 0.25 },
];

/** What the interview questions are tailored to. */
export interface InterviewContext {
  task: string;
  measures: string[];
  objectives: readonly string[];
  sensitivity: Sensitivity | null;
}

/** A short list of interview questions, tailored to the task, measures, objectives and data. */
export function interviewQuestions(c: InterviewContext): string[] {
  const work = c.task.trim() || 'the work';
  const data =
    c.sensitivity === 'personal' || c.sensitivity === 'special'
      ? 'Where would our customers’ and staff’s personal data be stored, who could see it, and how fast would you tell us about a breach?'
      : c.sensitivity === 'internal'
        ? 'Who at your firm could see our business data, and how do you keep it apart from other clients’?'
        : null;
  return [
    `Walk us through how you would take over ${work} in the first 30 days.`,
    'Who would do our work day to day, and who covers when they are away?',
    'Tell us about a client whose work went wrong. What happened, and what did you change?',
    c.measures.length
      ? `How, and how often, would you report on ${c.measures.join(', ')}?`
      : 'How, and how often, would you report on the results we care about?',
    'What would you need from us to start, and how much of our time each week?',
    ...(data ? [data] : []),
    ...(c.objectives.includes('scale') ? ['How quickly can you scale up or down, and what does that cost?'] : []),
    'If we ended the arrangement, how would you hand back our data and the work?',
  ];
}
