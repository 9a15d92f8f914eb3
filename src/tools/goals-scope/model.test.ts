import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { toMarkdown } from '../framework/document';
import { pendingOffers, type Offer } from '../framework/offers';
import { initialScorecard } from '../vendor-scorecard/state';
import { normaliseWeights } from '../vendor-scorecard/model';
import scorecardTool from '../vendor-scorecard/tool';
import classifierTool from '../task-classifier/tool';
import pilotTool from '../pilot-planner/tool';
import {
  ASKED_FROM,
  DEFAULT_JUDGING,
  interviewQuestions,
  missingParts,
  PARTS,
  securityQuestions,
  SECURITY_SECTIONS,
  SENSITIVITIES,
  timetable,
  workingDayOnOrBefore,
  type SecurityItem,
} from './model';
import { briefBlocks } from './brief';
import { rfpBlocks } from './rfp';
import { initialGoals, type GoalsState } from './state';
import { schema as goalsSchema } from './schema';
import goalsTool from './tool';
import goalsReport from './report';

/** The real checklist's security and continuity items, as the island passes them. */
const checklist = JSON.parse(readFileSync('content/checklists/due-diligence.json', 'utf8')) as {
  sections: { id: string; items: { id: string; text: string }[] }[];
};
const SECURITY: SecurityItem[] = checklist.sections
  .filter((s) => (SECURITY_SECTIONS as readonly string[]).includes(s.id))
  .flatMap((s) => s.items.map((i) => ({ id: i.id, section: s.id, text: i.text })));
const ids = (level: (typeof SENSITIVITIES)[number] | null) => securityQuestions(SECURITY, level).map((i) => i.id);

/** The goals-and-scope guide's sample brief (Hartley's Bakery), as a filled-in canvas. */
const bakery: GoalsState = {
  ...initialGoals(),
  task: 'Bookkeeping',
  objectives: ['expertise', 'focus'],
  otherObjective: 'File every VAT return on time',
  outcomes: 'Accurate books every month\nEvery VAT return filed on time',
  measures: [
    {
      id: 'm1',
      name: 'Management accounts ready',
      baseline: 'working day 25',
      target: 'working day 10',
      how: 'Date received',
    },
    { id: 'm2', name: 'VAT returns late', baseline: '2', target: '0', how: 'HMRC account' },
    { id: 'm3', name: 'Owner hours a week', baseline: '6', target: '1', how: 'Diary' },
  ],
  inScope: 'Record sales and purchase invoices (about 150 a month)\nReconcile two bank accounts weekly',
  outOfScope: 'Payroll\nYear-end accounts',
  budget: 900,
  deadline: '2027-03-01',
  sensitivity: 'internal',
  owner: 'Sam Hartley',
};
const fmt = { money: (n: number) => `£${n}`, date: (d: string) => d };
const ctx = {
  ...fmt,
  security: SECURITY,
  today: '2026-12-01',
  percent: (s: number) => `${Math.round(s * 1000) / 10} %`,
};

describe('the parts of the brief', () => {
  it('a new canvas misses all ten; the sample brief none', () => {
    expect(missingParts(initialGoals()).map((p) => p.id)).toEqual(PARTS.map((p) => p.id));
    expect(missingParts(bakery)).toEqual([]);
  });

  it('a measure counts once it has a name, a baseline and a target; another objective counts too', () => {
    const s = {
      ...initialGoals(),
      otherObjective: 'Cover the phones at lunch',
      measures: [{ id: 'm', name: 'Calls missed', baseline: '12', target: '', how: '' }],
    };
    expect(missingParts(s).map((p) => p.id)).toContain('measures');
    expect(missingParts(s).map((p) => p.id)).not.toContain('objectives');
    expect(missingParts({ ...s, measures: [{ ...s.measures[0]!, target: '2' }] }).map((p) => p.id)).not.toContain(
      'measures',
    );
  });
});

describe('security questions by data sensitivity', () => {
  it('reads items that exist in the checklist', () => {
    const all = SECURITY.map((i) => i.id);
    expect(Object.keys(ASKED_FROM).filter((id) => !all.includes(id))).toEqual([]);
  });

  it.each([
    // level, items asked (the continuity checks and personal logins always; more as the data gets more sensitive)
    [null, ['access-control', 'continuity-plan', 'backups', 'cover', 'exit-support']],
    ['none', ['access-control', 'continuity-plan', 'backups', 'cover', 'exit-support']],
    [
      'internal',
      [
        'encryption',
        'access-control',
        'breach-notice',
        'sub-processors',
        'certifications',
        'insurance',
        'data-location',
        'continuity-plan',
        'backups',
        'cover',
        'exit-support',
      ],
    ],
    [
      'personal',
      [
        'gdpr',
        'dpa',
        'encryption',
        'access-control',
        'breach-notice',
        'sub-processors',
        'certifications',
        'insurance',
        'data-location',
        'continuity-plan',
        'backups',
        'cover',
        'exit-support',
      ],
    ],
    [
      'special',
      [
        'gdpr',
        'hipaa',
        'dpa',
        'encryption',
        'access-control',
        'breach-notice',
        'sub-processors',
        'certifications',
        'insurance',
        'data-location',
        'continuity-plan',
        'backups',
        'cover',
        'exit-support',
      ],
    ],
  ] as const)('%s → %j', (level, expected) => {
    expect(ids(level)).toEqual(expected);
  });

  it('asks at least everything a less sensitive level asks (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 }), (i) => {
        const less = ids(SENSITIVITIES[i]!);
        const more = ids(SENSITIVITIES[i + 1]!);
        return less.every((id) => more.includes(id)) && more.length > less.length;
      }),
    );
  });

  it('counts a security item added to the checklist later from internal data up', () => {
    const extra = [...SECURITY, { id: 'pen-test', section: 'security', text: 'Tested by an outside firm' }];
    expect(securityQuestions(extra, 'none').map((i) => i.id)).not.toContain('pen-test');
    expect(securityQuestions(extra, 'internal').map((i) => i.id)).toContain('pen-test');
  });
});

describe('the timetable worked back from the deadline', () => {
  it('1. a Monday deadline: questions 8 weeks before, proposals 6, interviews up to 5, decision 4', () => {
    // 2027-03-01 is a Monday. − 56 days = 2027-01-04, − 42 = 2027-01-18, − 35 = 2027-01-25, − 28 = 2027-02-01.
    expect(timetable('2027-03-01', '2026-12-01')).toEqual({
      questionsBy: '2027-01-04',
      proposalsBy: '2027-01-18',
      interviewsFrom: '2027-01-19',
      interviewsBy: '2027-01-25',
      decisionBy: '2027-02-01',
      runningBy: '2027-03-01',
      tight: false,
    });
  });

  it('2. a Sunday deadline: every step moves back to the Friday before', () => {
    // 2027-02-28 is a Sunday, so each date 4–8 weeks before is a Sunday too → the Friday before.
    // Proposals due Friday 2027-01-15: interviews from Monday 2027-01-18.
    expect(timetable('2027-02-28', '2026-12-01')).toMatchObject({
      questionsBy: '2027-01-01',
      proposalsBy: '2027-01-15',
      interviewsFrom: '2027-01-18',
      interviewsBy: '2027-01-22',
      decisionBy: '2027-01-29',
    });
  });

  it('3. a deadline too close: the first date is already past', () => {
    expect(timetable('2027-01-15', '2026-12-01')?.tight).toBe(true);
    expect(timetable('2027-01-27', '2026-12-01')?.tight).toBe(false);
  });

  it('4. no deadline, no timetable', () => {
    expect(timetable('', '2026-12-01')).toBeNull();
    expect(timetable('2027-02-30x', '2026-12-01')).toBeNull();
  });

  it('keeps the steps in order, on working days (property)', () => {
    const day = fc
      .integer({ min: 0, max: 3650 })
      .map((n) => new Date(Date.UTC(2026, 0, 1) + n * 86_400_000).toISOString().slice(0, 10));
    fc.assert(
      fc.property(day, (d) => {
        const t = timetable(d, '2020-01-01')!;
        const steps = [t.questionsBy, t.proposalsBy, t.interviewsFrom, t.interviewsBy, t.decisionBy, t.runningBy];
        const weekday = (x: string) => new Date(`${x}T00:00:00Z`).getUTCDay();
        return (
          steps.every((x, i) => i === 0 || x > steps[i - 1]!) &&
          steps.slice(0, 5).every((x) => weekday(x) !== 0 && weekday(x) !== 6)
        );
      }),
    );
    expect(workingDayOnOrBefore('2027-01-02')).toBe('2027-01-01');
  });
});

describe('the brief and the request for proposal', () => {
  it('the brief has the guide sample’s parts, in its order', () => {
    const md = toMarkdown(briefBlocks(bakery, fmt));
    expect(md).toContain('# Outsourcing brief: Bookkeeping');
    expect(md).toContain(
      '**Why we are outsourcing:** Get expertise we lack; free time for core work; File every VAT return on time.',
    );
    expect(md).toContain('**Outcomes we expect:**\n\n- Accurate books every month\n- Every VAT return filed on time');
    expect(md).toContain('| Management accounts ready | working day 25 | working day 10 | Date received |');
    expect(md).toContain('**In scope:**\n\n- Record sales and purchase invoices (about 150 a month)');
    expect(md).toContain('**Out of scope:**\n\n- Payroll\n- Year-end accounts');
    expect(md).toContain(
      '- **Budget:** up to £900 a month.\n- **Running by:** 2027-03-01.\n- **Data the vendor will handle:** Internal business data.',
    );
    expect(md).toContain('**Owner on our side:** Sam Hartley');
  });

  it('an empty canvas makes a brief with [brackets], not gaps', () => {
    const md = toMarkdown(briefBlocks(initialGoals(), fmt));
    expect(md).toContain('# Outsourcing brief: [task or function]');
    expect(md).toContain('**Why we are outsourcing:** [our reasons]');
    expect(md).not.toMatch(/undefined|null|NaN|\*\* \n/);
  });

  it('the request carries the brief, the proposal contents with the security checks, the judging, the timetable and interview questions', () => {
    const md = toMarkdown(rfpBlocks(bakery, ctx));
    expect(md).toContain('# Request for proposal: Bookkeeping');
    expect(md).toContain('Please send your proposal, and any questions, to Sam Hartley.');
    expect(md).toContain('## 1. What we need\n\n**Why we are outsourcing:**');
    expect(md).toContain('### How we will measure success');
    for (const part of [
      '**Approach:**',
      '**Team:**',
      'day-to-day contact',
      '**Pricing model:**',
      '**References:**',
      '**A sample or a trial:**',
    ])
      expect(md).toContain(part);
    // Internal business data: 11 checks, among them encryption, but not the GDPR or DPA ones.
    expect(md).toContain('- Your data is encrypted while stored and while being sent');
    expect(md).not.toContain('data processing agreement');
    expect(md).toContain('| Industry experience | 20 % |\n| Track record | 20 % |');
    expect(md).toContain('| Price | 25 % |');
    expect(md).toContain('| Questions to us | 2027-01-04 |');
    expect(md).toContain('| Interviews of the shortlist | 2027-01-19 to 2027-01-25 |');
    expect(md).toContain('| Our decision | 2027-02-01 |');
    expect(md).toContain('1. Walk us through how you would take over Bookkeeping in the first 30 days.');
    expect(md).toContain(
      'How, and how often, would you report on Management accounts ready, VAT returns late, Owner hours a week?',
    );
    expect(md).toContain('Who at your firm could see our business data');
  });

  it('uses the scorecard’s criteria once accepted, and asks for a deadline without one', () => {
    const md = toMarkdown(
      rfpBlocks(
        {
          ...bakery,
          deadline: '',
          judging: [
            { name: 'Sector experience', share: 0.6 },
            { name: 'Price', share: 0.4 },
          ],
        },
        ctx,
      ),
    );
    expect(md).toContain('| Criterion | Weight |\n| --- | --- |\n| Sector experience | 60 % |\n| Price | 40 % |');
    expect(md).not.toContain('Industry experience');
    expect(md).toContain('[Set a deadline to get a timetable.]');
  });

  it('asks about personal data at interview when the data is personal', () => {
    const q = interviewQuestions({ task: '', measures: [], objectives: ['scale'], sensitivity: 'personal' });
    expect(q[0]).toBe('Walk us through how you would take over the work in the first 30 days.');
    expect(q).toContain('How quickly can you scale up or down, and what does that cost?');
    expect(q.some((x) => x.startsWith('Where would our customers’ and staff’s personal data be stored'))).toBe(true);
  });
});

describe('offers between the decide-stage tools', () => {
  const none = { companions: {} };

  it('the default judging criteria are the vendor scorecard’s initial five and weights', () => {
    const s = initialScorecard();
    const shares = normaliseWeights(s.criteria.map((c) => c.weight))!;
    expect(DEFAULT_JUDGING).toEqual(s.criteria.map((c, i) => ({ name: c.name, share: shares[i] })));
  });

  it('takes a classifier task as its “Task or function”, asking first', async () => {
    const accepts = await goalsTool.accepts!.load();
    const state = {
      tasks: [
        { id: 'a', name: 'Payroll', answers: { apart: 1, noticed: 3, knowledge: 1, time: 4, blocking: 3, cost: 3 } },
      ],
    };
    const offers: Offer[] = classifierTool.offers!(state, none).map((o) => ({ ...o, source: 'task-classifier' }));
    const [p] = pendingOffers(accepts, offers, initialGoals(), none);
    expect(p!.question).toBe(
      'Use “Payroll” from your task classifier (“Payroll” is in Outsource) as the task or function?',
    );
    const after = p!.accept.apply(p!.value as never, initialGoals(), none);
    expect(after.task).toBe('Payroll');
    expect(pendingOffers(accepts, offers, after, none)).toEqual([]);
    expect(pendingOffers(accepts, offers, { ...after, task: 'Bookkeeping' }, none)[0]!.question).toBe(
      'Use “Payroll” from your task classifier (“Payroll” is in Outsource) as the task or function, instead of “Bookkeeping”?',
    );
  });

  it('takes the scorecard’s named criteria with normalised weights; its untouched defaults change nothing', async () => {
    const accepts = await goalsTool.accepts!.load();
    const card = initialScorecard();
    const defaults = scorecardTool.offers!(card, { companions: { vendors: { vendors: [] } } }).map((o) => ({
      ...o,
      source: 'vendor-scorecard',
    }));
    expect(pendingOffers(accepts, defaults, initialGoals(), none)).toEqual([]);
    // A custom criterion without a name is left out; the rest share 100 %: 30 + 10 + 10 = 50 → 60 %, 20 %, 20 %.
    const edited = {
      ...card,
      criteria: [
        { ...card.criteria[0]!, weight: 30 },
        { id: 'c1', lib: null, name: '', weight: 40, min: null, fromBids: false },
        { id: 'c2', lib: null, name: 'Cultural fit', weight: 10, min: null, fromBids: false },
        { ...card.criteria[4]!, weight: 10 },
      ],
    };
    const offers = scorecardTool.offers!(edited, { companions: { vendors: { vendors: [] } } }).map((o) => ({
      ...o,
      source: 'vendor-scorecard',
    }));
    expect(offers[0]!.value).toEqual({
      criteria: [
        { name: 'Industry experience', share: 0.6 },
        { name: 'Cultural fit', share: 0.2 },
        { name: 'Price', share: 0.2 },
      ],
    });
    const [p] = pendingOffers(accepts, offers, initialGoals(), none);
    expect(p!.question).toBe(
      'Judge proposals by the criteria and weights of your vendor scorecard: Industry experience 60 %, Cultural fit 20 %, Price 20 %?',
    );
    const after = p!.accept.apply(p!.value as never, initialGoals(), none);
    expect(goalsSchema.safeParse(after).success).toBe(true);
    expect(toMarkdown(rfpBlocks(after, ctx))).toContain(
      '| Industry experience | 60 % |\n| Cultural fit | 20 % |\n| Price | 20 % |',
    );
    expect(pendingOffers(accepts, offers, after, none)).toEqual([]);
  });

  it('offers its named success measures to the pilot planner, which adds them as criteria', async () => {
    const pilotAccepts = await pilotTool.accepts!.load();
    const offers = goalsTool.offers!(bakery, none).map((o) => ({ ...o, source: 'goals-scope' }));
    expect(offers).toEqual([
      {
        id: 'measures',
        kind: 'success-measures',
        label: 'your goals and scope canvas',
        source: 'goals-scope',
        value: {
          measures: [
            {
              name: 'Management accounts ready',
              baseline: 'working day 25',
              target: 'working day 10',
              how: 'Date received',
            },
            { name: 'VAT returns late', baseline: '2', target: '0', how: 'HMRC account' },
            { name: 'Owner hours a week', baseline: '6', target: '1', how: 'Diary' },
          ],
        },
      },
    ]);
    const pilot = pilotTool.initial();
    const [p] = pendingOffers(pilotAccepts, offers, pilot, none);
    const after = p!.accept.apply(p!.value as never, pilot, none);
    expect(after.criteria.map((c) => [c.name, c.target, c.minimum, c.lowerIsBetter])).toEqual([
      ['Management accounts ready', null, null, false],
      ['VAT returns late', 0, 2, true],
      ['Owner hours a week', 1, 6, true],
    ]);
    expect(goalsTool.offers!(initialGoals(), none)).toEqual([]);
  });

  it('summarises the canvas for the dashboard', () => {
    expect(goalsTool.summary!(initialGoals(), none)).toBeNull();
    expect(goalsTool.summary!(bakery, none)).toBe('Brief for “Bookkeeping”: 10 of 10 parts filled in.');
    expect(goalsTool.summary!({ ...initialGoals(), owner: 'Sam' }, none)).toBe('Brief: 1 of 10 parts filled in.');
  });
});

describe('the plan report', () => {
  it('lists the brief’s parts, then what is left or the timetable', () => {
    const r = goalsReport(bakery, { companions: {}, locale: 'en-GB', currency: 'GBP' }, '2026-12-01');
    expect(r.rows).toContainEqual(['Budget per month', '£900']);
    expect(r.rows).toContainEqual(['Deadline', '1 Mar 2027']);
    expect(r.rows).toContainEqual([
      'Success measures',
      'Management accounts ready (working day 25 → working day 10); VAT returns late (2 → 0); Owner hours a week (6 → 1)',
    ]);
    expect(r.actions).toEqual([
      'Send the request for proposal to three vendors.',
      'Proposal timetable: questions by 4 Jan 2027, proposals by 18 Jan 2027, decision by 1 Feb 2027.',
    ]);
    expect(goalsReport({ ...initialGoals(), task: 'Payroll' }, { companions: {} }).actions).toEqual([
      'Fill in the brief: Objectives, Expected outcomes, Success measures (a name, a baseline and a target), In scope, Out of scope, Budget per month, Deadline, Data sensitivity, Internal owner.',
    ]);
  });
});
