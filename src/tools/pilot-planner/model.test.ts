import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  criterionFromMeasure,
  criterionScore,
  decide,
  decisionFor,
  endDate,
  figureOf,
  newMeasures,
  setupProblem,
  shownTotal,
  weightedTotal,
  type PilotCriterion,
} from './model';
import { agreementBlocks } from './agreement';
import { toMarkdown } from '../framework/document';
import { pendingOffers, type Offer } from '../framework/offers';
import { initialPilot, type PilotState } from './state';
import { schema as pilotSchema } from './schema';
import pilotTool from './tool';
import pilotReport from './report';
import { readRecord } from '../framework/record';

let n = 0;
/** A criterion with defaults; examples set what they use. */
const c = (o: Partial<PilotCriterion>): PilotCriterion => ({
  id: `c${n++}`,
  name: 'Criterion',
  weight: 10,
  target: 1,
  minimum: 0,
  actual: null,
  mustHave: false,
  lowerIsBetter: false,
  ...o,
});

/**
 * The trial-period guide's customer email support example, weighted 30/30/15/10/15 (= 100):
 * reply time and time spent are lower-is-better; reply time and quality are must-haves.
 */
const guide = (actuals: [number, number, number, number, number]) => [
  c({
    name: 'First reply (hours)',
    weight: 30,
    target: 4,
    minimum: 8,
    lowerIsBetter: true,
    mustHave: true,
    actual: actuals[0],
  }),
  c({ name: 'Quality check passed (%)', weight: 30, target: 95, minimum: 85, mustHave: true, actual: actuals[1] }),
  c({ name: 'Customer rating', weight: 15, target: 4.5, minimum: 4, actual: actuals[2] }),
  c({ name: 'Weekly reports on time', weight: 10, target: 6, minimum: 5, actual: actuals[3] }),
  c({ name: 'Our hours fixing', weight: 15, target: 2, minimum: 4, lowerIsBetter: true, actual: actuals[4] }),
];

describe('criterion scores (computed by hand)', () => {
  it.each([
    // target, minimum, actual, lower is better, score
    [95, 85, 96, false, 1], // above target
    [95, 85, 95, false, 1], // at target
    [95, 85, 85, false, 0.5], // at the minimum: inclusive
    [95, 85, 90, false, 0.5], // between
    [95, 85, 84.9, false, 0], // worse than the minimum
    [2, 5, 1, true, 1], // lower is better: below target is better
    [2, 5, 2, true, 1], // at target
    [2, 5, 5, true, 0.5], // at the minimum
    [2, 5, 5.5, true, 0], // worse (higher) than the minimum
    [3, 3, 3, false, 1], // target = minimum: all or nothing
    [3, 3, 2, false, 0],
  ] as const)('target %d, minimum %d, actual %d, lower %s → %d', (t, m, a, lower, score) => {
    expect(criterionScore(t, m, a, lower)).toBe(score);
  });
});

describe('decisions (computed by hand)', () => {
  it('1. the guide example: 70 % → GO with conditions, listing what is short of target', () => {
    // Reply 5 h (target 4, min 8, lower better) → 0.5; quality 96 → 1; rating 4.2 → 0.5;
    // reports 6 → 1; our hours 3 (target 2, min 4, lower better) → 0.5.
    // 30×0.5 + 30×1 + 15×0.5 + 10×1 + 15×0.5 = 15 + 30 + 7.5 + 10 + 7.5 = 70 of 100.
    const r = decide(guide([5, 96, 4.2, 6, 3]));
    expect(r.status).toBe('decided');
    if (r.status !== 'decided') return;
    expect(r.total).toBe(70);
    expect(r.decision).toBe('GO with conditions');
    expect(r.short).toEqual(['First reply (hours)', 'Customer rating', 'Our hours fixing']);
    expect(r.rows.map((x) => x.points)).toEqual([15, 30, 7.5, 10, 7.5]);
  });

  it('2. a must-have worse than its minimum is NO-GO whatever the total, and is named', () => {
    // Reply 9 h is worse than the minimum of 8 (lower is better) → 0, and it is a must-have.
    // Everything else meets its target: 30×0 + 30 + 15 + 10 + 15 = 70 — still NO-GO.
    const r = decide(guide([9, 96, 4.5, 6, 2]));
    if (r.status !== 'decided') throw new Error('not decided');
    expect(r.total).toBe(70);
    expect(r.vetoes).toEqual(['First reply (hours)']);
    expect(r.decision).toBe('NO-GO');
  });

  it('3. all targets met: 100 % → GO', () => {
    const r = decide(guide([3, 99, 4.8, 6, 1]));
    expect(r.status === 'decided' && [r.total, r.decision]).toEqual([100, 'GO']);
  });

  it('4. the 80 % and 60 % edges belong to the higher band', () => {
    // Weights 8 and 2, scores 1 and 0: 100 × 8 ÷ 10 = 80 exactly → GO.
    const at80 = decide([c({ weight: 8, actual: 1 }), c({ weight: 2, actual: -1 })]);
    expect(at80.status === 'decided' && [at80.total, at80.decision]).toEqual([80, 'GO']);
    // Weights 3 and 2: 100 × 3 ÷ 5 = 60 → GO with conditions; 59 and 41: 59 → NO-GO.
    const at60 = decide([c({ weight: 3, actual: 1 }), c({ weight: 2, actual: -1 })]);
    expect(at60.status === 'decided' && [at60.total, at60.decision]).toEqual([60, 'GO with conditions']);
    const at59 = decide([c({ weight: 59, actual: 1 }), c({ weight: 41, actual: -1 })]);
    expect(at59.status === 'decided' && [at59.total, at59.decision]).toEqual([59, 'NO-GO']);
    // 7,999 and 2,001: 79.99 → GO with conditions, shown as 79.9 (not rounded up to 80.0).
    const under = decide([c({ weight: 7999, actual: 1 }), c({ weight: 2001, actual: -1 })]);
    if (under.status !== 'decided') throw new Error('not decided');
    expect(under.total).toBeCloseTo(79.99, 10);
    expect(under.decision).toBe('GO with conditions');
    expect(shownTotal(under.total)).toBe(79.9);
    expect(shownTotal(59.96)).toBe(59.9);
    expect(shownTotal(66.66)).toBe(66.7);
  });

  it('5. says what is missing before it can decide', () => {
    expect(decide([])).toEqual({ status: 'empty' });
    const setup = decide([
      c({ name: 'Speed', target: null }),
      c({ name: 'Cost', target: 10, minimum: 5, lowerIsBetter: true }),
    ]);
    expect(setup).toEqual({
      status: 'setup',
      noWeight: false,
      problems: [
        { id: expect.any(String), label: 'Speed', text: 'has no target' },
        {
          id: expect.any(String),
          label: 'Cost',
          text: 'has a minimum below its target, but lower is better: the minimum should be the higher figure',
        },
      ],
    });
    expect(decide([c({ weight: 0, actual: 1 })])).toMatchObject({ status: 'setup', noWeight: true });
    expect(decide([c({ name: '', actual: 1 }), c({ name: 'Rating' })])).toEqual({
      status: 'waiting',
      missing: ['Rating'],
    });
    expect(setupProblem(c({ target: 90, minimum: 95 }))).toMatch(/^has a minimum above its target/);
  });

  it('6. the trial ends duration × 7 days after the start', () => {
    expect(endDate('2027-03-01', 6)).toBe('2027-04-12');
    expect(endDate('2027-12-20', 2)).toBe('2028-01-03');
    expect(endDate('', 6)).toBeNull();
    expect(endDate('2027-03-01', null)).toBeNull();
  });
});

describe('success measures from the goals and scope canvas', () => {
  const offer: Offer = {
    id: 'measures',
    kind: 'success-measures',
    source: 'goals-scope',
    label: 'your goals and scope canvas',
    value: {
      measures: [
        { name: 'Owner hours on bookkeeping', baseline: '25', target: '5', how: 'Timesheet, monthly' },
        { name: 'Management figures ready', baseline: 'day 12', target: 'by day 5', how: 'Date received' },
        { name: 'Invoices with errors (%)', baseline: '5 %', target: '1', how: 'Sample of 20' },
        { name: '', baseline: '1', target: '2', how: '' },
      ],
    },
  };

  it('reads plain numbers only', () => {
    expect([
      figureOf('95'),
      figureOf('4.5'),
      figureOf('95 %'),
      figureOf('1,200'),
      figureOf('day 12'),
      figureOf(''),
    ]).toEqual([95, 4.5, 95, 1200, null, null]);
  });

  it('turns each named measure into a criterion: target copied, baseline as minimum, direction from both', () => {
    expect(criterionFromMeasure({ name: ' Owner hours ', baseline: '25', target: '5', how: 'Timesheet' }, 'x')).toEqual(
      {
        id: 'x',
        name: 'Owner hours',
        weight: 10,
        target: 5,
        minimum: 25,
        actual: null,
        mustHave: false,
        lowerIsBetter: true,
        how: 'Timesheet',
      },
    );
    expect(criterionFromMeasure({ name: 'Ready', baseline: 'day 12', target: 'by day 5', how: '' }, 'y')).toMatchObject(
      {
        target: null,
        minimum: null,
        lowerIsBetter: false,
      },
    );
  });

  it('asks, then adds the named measures once (no duplicates by name), in a state the schema accepts', async () => {
    const accepts = await pilotTool.accepts!.load();
    const accept = accepts[0]!;
    const state: PilotState = initialPilot();
    const [pending] = pendingOffers(accepts, [offer], state, { companions: {} });
    expect(pending!.question).toBe(
      'Add 3 success measures “Owner hours on bookkeeping”, “Management figures ready”, “Invoices with errors (%)” from your goals and scope canvas as criteria? ' +
        'Targets that are plain numbers are copied, and a baseline that is a plain number becomes the minimum (no worse than today); fill in the rest.',
    );
    const after = accept.apply(pending!.value as never, state, { companions: {} });
    expect(pilotSchema.safeParse(after).success).toBe(true);
    expect(after.criteria.map((x) => [x.name, x.target, x.minimum, x.lowerIsBetter, x.how])).toEqual([
      ['Owner hours on bookkeeping', 5, 25, true, 'Timesheet, monthly'],
      ['Management figures ready', null, null, false, 'Date received'],
      ['Invoices with errors (%)', 1, 5, true, 'Sample of 20'],
    ]);
    expect(pendingOffers(accepts, [offer], after, { companions: {} })).toEqual([]);
    // A criterion of the same name (any case) is kept as it is, and not added again.
    const renamed = { ...state, criteria: [{ ...after.criteria[0]!, name: 'OWNER HOURS ON BOOKKEEPING ', target: 3 }] };
    expect(
      newMeasures(renamed.criteria, (offer.value as { measures: never[] }).measures).map(
        (m: { name: string }) => m.name,
      ),
    ).toEqual(['Management figures ready', 'Invoices with errors (%)']);
  });
});

describe('the pilot agreement', () => {
  const fmt = { figure: (x: number) => String(x), percent: (x: number) => `${x} %`, date: (d: string) => d };

  it('has the scope, period, pass marks with how each is measured, the rule and what happens next', () => {
    const state: PilotState = {
      ...initialPilot(),
      vendor: 'Acme Support',
      scope: 'Answer customer emails\nOne shop, 300 emails a week',
      start: '2027-03-01',
      weeks: 6,
      price: '1,500 fixed',
      criteria: guide([5, 96, 4.2, 6, 3]).map((x, i) => ({ ...x, how: i === 0 ? 'Help desk report' : '' })),
    };
    const md = toMarkdown(agreementBlocks(state, fmt));
    expect(md).toContain('# Pilot agreement with Acme Support');
    expect(md).toContain('- Answer customer emails\n- One shop, 300 emails a week');
    expect(md).toContain('- **Period:** From 2027-03-01 for 6 weeks, to 2027-04-12.');
    expect(md).toContain('- **Review and decision:** on 2027-04-12, using the pass marks below.');
    expect(md).toContain('| Criterion | Weight | Target | Minimum | Better when | Must-have | How it is measured |');
    expect(md).toContain('| First reply (hours) | 30 % | 4 | 8 | lower | yes | Help desk report |');
    expect(md).toContain('| Customer rating | 15 % | 4.5 | 4 | higher | no | [to agree] |');
    expect(md).toContain('- **NO-GO** if any must-have is worse than its minimum, whatever the total.');
    expect(md).toContain('- **GO** at 80 % or more.');
    expect(md).toContain(
      '**GO with conditions:** the weighted score is 70 %. Agree how and by when these reach their target: First reply (hours), Customer rating, Our hours fixing.',
    );
  });

  it('marks every blank part to fill in', () => {
    const md = toMarkdown(agreementBlocks(initialPilot(), fmt));
    expect(md).toContain('# Pilot agreement with [vendor]');
    expect(md).toContain('From [start date] for [number of] weeks.');
    expect(md).toContain('[Three to six criteria, each with a target and a minimum.]');
    expect(md).not.toMatch(/undefined|null|NaN/);
  });
});

/** Valid criteria: target at or better than minimum in the criterion's direction, weights > 0. */
const criterion = fc
  .record({
    weight: fc.integer({ min: 1, max: 100 }),
    a: fc.integer({ min: -50, max: 50 }),
    b: fc.integer({ min: -50, max: 50 }),
    actual: fc.integer({ min: -60, max: 60 }),
    mustHave: fc.boolean(),
    lowerIsBetter: fc.boolean(),
  })
  .map((r) => {
    const [lo, hi] = r.a <= r.b ? [r.a, r.b] : [r.b, r.a];
    return c({
      weight: r.weight,
      target: r.lowerIsBetter ? lo : hi,
      minimum: r.lowerIsBetter ? hi : lo,
      actual: r.actual,
      mustHave: r.mustHave,
      lowerIsBetter: r.lowerIsBetter,
    });
  });
const rank = { 'NO-GO': 0, 'GO with conditions': 1, GO: 2 } as const;
const decided = (cs: PilotCriterion[]) => {
  const r = decide(cs);
  if (r.status !== 'decided') throw new Error(`not decided: ${r.status}`);
  return r;
};

describe('properties', () => {
  it('the total stays within 0–100', () => {
    fc.assert(
      fc.property(fc.array(criterion, { minLength: 1, maxLength: 8 }), (cs) => {
        const t = decided(cs).total;
        return t >= 0 && t <= 100 + 1e-9;
      }),
    );
  });

  it('raising the actual of a higher-is-better criterion never lowers the score or the decision', () => {
    fc.assert(
      fc.property(
        fc.array(criterion, { minLength: 1, maxLength: 8 }),
        fc.nat(),
        fc.integer({ min: 1, max: 40 }),
        (cs, pick, by) => {
          const i = pick % cs.length;
          const base = cs.map((x, j) =>
            j === i
              ? {
                  ...x,
                  lowerIsBetter: false,
                  target: Math.max(x.target!, x.minimum!),
                  minimum: Math.min(x.target!, x.minimum!),
                }
              : x,
          );
          const raised = base.map((x, j) => (j === i ? { ...x, actual: x.actual! + by } : x));
          const before = decided(base);
          const after = decided(raised);
          return after.total >= before.total && rank[after.decision] >= rank[before.decision];
        },
      ),
    );
  });

  it('lowering the actual of a lower-is-better criterion never lowers the score', () => {
    fc.assert(
      fc.property(
        fc.array(criterion, { minLength: 1, maxLength: 8 }),
        fc.nat(),
        fc.integer({ min: 1, max: 40 }),
        (cs, pick, by) => {
          const i = pick % cs.length;
          if (!cs[i]!.lowerIsBetter) return true;
          const lowered = cs.map((x, j) => (j === i ? { ...x, actual: x.actual! - by } : x));
          return decided(lowered).total >= decided(cs).total;
        },
      ),
    );
  });

  it('any must-have worse than its minimum means NO-GO', () => {
    fc.assert(
      fc.property(fc.array(criterion, { minLength: 1, maxLength: 8 }), (cs) => {
        const r = decided(cs);
        const vetoed = cs.some(
          (x) => x.mustHave && criterionScore(x.target!, x.minimum!, x.actual!, x.lowerIsBetter) === 0,
        );
        return !vetoed || r.decision === 'NO-GO';
      }),
    );
  });

  it('the shown total never lands in another band than the total', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 100, noNaN: true }),
        (t) => decisionFor(shownTotal(t), 0) === decisionFor(t, 0),
      ),
    );
  });

  it('the weighted total does not depend on the scale of the weights', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ weight: fc.integer({ min: 1, max: 50 }), score: fc.constantFrom(0, 0.5, 1) }), {
          minLength: 1,
          maxLength: 8,
        }),
        fc.integer({ min: 2, max: 9 }),
        (items, k) =>
          Math.abs(weightedTotal(items) - weightedTotal(items.map((x) => ({ ...x, weight: x.weight * k })))) < 1e-9,
      ),
    );
  });
});

describe('the plan report', () => {
  it('lists the pilot and its decision, and the next step', () => {
    const state: PilotState = {
      ...initialPilot(),
      vendor: 'Acme Support',
      start: '2027-03-01',
      weeks: 6,
      criteria: guide([5, 96, 4.2, 6, 3]).map((x) => ({ ...x, how: '' })),
    };
    expect(pilotReport(state, { companions: {}, locale: 'en-GB' })).toEqual({
      rows: [
        ['Vendor', 'Acme Support'],
        ['Scope', '—'],
        ['Period', '1 Mar 2027 to 12 Apr 2027 (6 weeks)'],
        ['Review and decision', '12 Apr 2027'],
        ['Pass marks', '5 criteria, 2 must-have'],
        ['Decision', 'GO with conditions (70.0 %)'],
      ],
      actions: [
        'Agree how and by when these reach their target: First reply (hours), Customer rating, Our hours fixing.',
      ],
    });
    expect(pilotReport(initialPilot(), { companions: {} }).actions).toEqual([
      'Agree three to six pass marks, each with a target and a minimum, before the pilot starts.',
    ]);
  });
});

describe('stored data that cannot be read', () => {
  it('names the field and its real range', () => {
    const bad = { ...initialPilot(), criteria: [{ ...guide([5, 96, 4.2, 6, 3])[0]!, how: '', weight: -4 }] };
    const read = readRecord(
      pilotTool,
      JSON.stringify({ format: 'outsource-smart', tool: 'pilot-planner', v: 1, data: bad }),
    );
    expect(read).toEqual({
      ok: false,
      message: 'The data is not valid: “Weight of criterion 1” must be a number between 0 and 10000.',
    });
  });
});
