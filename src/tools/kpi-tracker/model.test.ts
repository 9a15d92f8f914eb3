import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  attention,
  creditFor,
  creditsDue,
  nextPeriodName,
  setupProblem,
  statusCounts,
  statusOf,
  STATUSES,
  type KpiFigures,
} from './model';
import { applyOffer, changedKpis, creditsMatch, offerQuestion, type SlaOffer } from './offer';
import { schema as kpiTrackerSchema, slaOffer } from './schema';
import { latestPeriod, periodCredits } from './results';
import { initialKpiTracker, type KpiTrackerState } from './state';
import tool from './tool';

const higher: KpiFigures = { target: 85, minimum: 75, lowerIsBetter: false };
const lower: KpiFigures = { target: 8, minimum: 16, lowerIsBetter: true };

describe('status, direction-aware', () => {
  it.each([
    // Customer satisfaction, higher is better: target 85, minimum 75.
    [90, higher, 'Green'],
    [85, higher, 'Green'], // exactly at target
    [84.9, higher, 'Amber'],
    [75, higher, 'Amber'], // exactly at minimum
    [74.9, higher, 'Red'],
    // Turnaround time in hours, lower is better: target 8, minimum 16.
    [6, lower, 'Green'],
    [8, lower, 'Green'], // exactly at target
    [8.1, lower, 'Amber'],
    [16, lower, 'Amber'], // exactly at minimum
    [16.5, lower, 'Red'],
  ] as const)('%d against %j is %s', (actual, k, status) => {
    expect(statusOf(actual, k)).toBe(status);
  });

  it('target = minimum: no amber band, at the line green, past it red (both directions)', () => {
    const same = { target: 99, minimum: 99, lowerIsBetter: false };
    expect([99, 98.99].map((a) => statusOf(a, same))).toEqual(['Green', 'Red']);
    const sameLow = { target: 2, minimum: 2, lowerIsBetter: true };
    expect([2, 2.01].map((a) => statusOf(a, sameLow))).toEqual(['Green', 'Red']);
  });

  it('no minimum means no amber band', () => {
    expect(statusOf(99.4, { target: 99.5, minimum: null, lowerIsBetter: false })).toBe('Red');
  });

  it('a missing actual or a missing target gives no status, never a colour', () => {
    expect(statusOf(null, higher)).toBeNull();
    expect(statusOf(undefined, higher)).toBeNull();
    expect(statusOf(50, { target: null, minimum: 40, lowerIsBetter: false })).toBeNull();
  });

  it('zero is a figure, not a missing one (0 errors against a target of 0)', () => {
    expect(statusOf(0, { target: 0, minimum: 1, lowerIsBetter: true })).toBe('Green');
    expect(statusOf(1, { target: 0, minimum: 1, lowerIsBetter: true })).toBe('Amber');
    expect(statusOf(2, { target: 0, minimum: 1, lowerIsBetter: true })).toBe('Red');
  });

  it('names a minimum on the wrong side of the target', () => {
    expect(setupProblem({ target: 95, minimum: 98, lowerIsBetter: false })).toMatch(/minimum above its target/);
    expect(setupProblem({ target: 8, minimum: 4, lowerIsBetter: true })).toMatch(/higher figure/);
    expect(setupProblem({ target: null, minimum: 4, lowerIsBetter: true })).toMatch(/no target/);
    expect(setupProblem(higher)).toBeNull();
    expect(setupProblem(lower)).toBeNull();
  });

  it('property: a better actual never worsens the status', () => {
    const rank = (s: ReturnType<typeof statusOf>) => STATUSES.indexOf(s!);
    // Small whole numbers hit the edges (actual = target, actual = minimum) often.
    const figure = fc.oneof(fc.integer({ min: 0, max: 20 }), fc.double({ min: 0, max: 20, noNaN: true }));
    fc.assert(
      fc.property(
        figure,
        figure,
        figure,
        fc.integer({ min: 0, max: 10 }),
        fc.boolean(),
        (target, minimum, actual, step, lowerIsBetter) => {
          const k = { target, minimum, lowerIsBetter };
          const better = lowerIsBetter ? actual - step : actual + step;
          expect(rank(statusOf(better, k))).toBeLessThanOrEqual(rank(statusOf(actual, k)));
        },
      ),
      { numRuns: 1000 },
    );
  });
});

describe('service credits', () => {
  // The contracts guide's scheme: below 99.5 % earns 5 %, below 99 % earns 10 %, capped at 20 %.
  const tiers = [
    { below: 99.5, credit: 5 },
    { below: 99, credit: 10 },
  ];

  it.each([
    [99.6, null, 0],
    [99.5, null, 0], // exactly at the threshold earns nothing
    [99.4999, 0, 5],
    [99, 0, 5], // below 99.5 but not below 99
    [98.8426, 1, 10], // below both: the lowest threshold alone, not 15
  ])('availability %d: tier %s, credit %d percent of the fee', (achieved, tier, pct) => {
    expect(creditFor(achieved, tiers, 20)).toEqual({ tier, pct, capped: false });
  });

  it('the cap holds, and nothing exceeds 100 %', () => {
    const three = [...tiers, { below: 98, credit: 30 }];
    expect(creditFor(97, three, 20)).toEqual({ tier: 2, pct: 20, capped: true });
    expect(creditFor(97, three, null)).toEqual({ tier: 2, pct: 30, capped: false });
    expect(creditFor(50, [{ below: 90, credit: 100 }], null).pct).toBe(100);
  });

  it('credits due per period in money: fee 2,000, periods with 99.7, 99.2, none, 98.5 → 0 + 100 + 200 = 300', () => {
    const r = creditsDue([99.7, 99.2, null, 98.5], tiers, 20, 2000);
    expect(r.rows.map((x) => [x.period, x.tier, x.pct, x.money])).toEqual([
      [0, null, 0, 0],
      [1, 0, 5, 100],
      [3, 1, 10, 200],
    ]);
    expect(r.total).toBe(300);
  });

  it('without a fee, the credit is in % only and the total is unknown, not 0', () => {
    const r = creditsDue([98.5], tiers, 20, null);
    expect(r.rows[0]).toMatchObject({ pct: 10, money: null });
    expect(r.total).toBeNull();
  });
});

describe('periods', () => {
  it.each([
    [undefined, 'December 2026'],
    ['January 2027', 'February 2027'],
    [' december 2026 ', 'January 2027'],
    ['2027 Q1', ''],
    ['', ''],
  ])('after %j comes %j', (last, next) => {
    expect(nextPeriodName(last, new Date(2026, 11, 2))).toBe(next);
  });

  it('counts statuses and lists red before amber', () => {
    expect(statusCounts(['Green', 'Red', null, 'Red', 'Amber'])).toEqual({ Green: 1, Amber: 1, Red: 2 });
    const kpis = [
      { id: 'a', ...higher },
      { id: 'b', ...lower },
      { id: 'c', ...higher },
    ];
    const actual = { a: 80, b: 20, c: 90 } as Record<string, number>;
    expect(attention(kpis, (k) => actual[k.id]!).map((x) => [x.kpi.id, x.status])).toEqual([
      ['b', 'Red'],
      ['a', 'Amber'],
    ]);
  });
});

/** A tracker with two KPIs and three periods (the last without figures). */
function tracked(): KpiTrackerState {
  return {
    kpis: [
      { id: 'k1', name: 'Availability', unit: '%', lowerIsBetter: false, target: 99.5, minimum: 99 },
      { id: 'k2', name: 'Turnaround time', unit: 'hours', lowerIsBetter: true, target: 8, minimum: 16 },
    ],
    periods: [
      { id: 'p1', name: 'January 2027', actuals: { k1: 99.7, k2: 7 }, feedback: { said: '', agreed: '', by: '' } },
      { id: 'p2', name: 'February 2027', actuals: { k1: 98.5, k2: 12 }, feedback: { said: '', agreed: '', by: '' } },
      { id: 'p3', name: 'March 2027', actuals: {}, feedback: { said: '', agreed: '', by: '' } },
    ],
    credits: {
      kpi: 'k1',
      tiers: [
        { below: 99.5, credit: 5 },
        { below: 99, credit: 10 },
      ],
      capPct: 20,
      fee: 2000,
    },
  };
}

describe('results and the dashboard line', () => {
  it('the latest period is the newest with a figure; its red and amber KPIs and the credits are named', () => {
    const s = tracked();
    expect(kpiTrackerSchema.safeParse(s).success).toBe(true);
    expect(latestPeriod(s)).toBe(1);
    expect(periodCredits(s)?.total).toBe(200);
    expect(tool.summary!(s, { companions: {} })).toBe(
      'February 2027: red: Availability; amber: Turnaround time. Service credits due in 1 period.',
    );
    expect(tool.summary!(initialKpiTracker(), { companions: {} })).toBeNull();
  });

  it('a KPI whose actuals key is "constructor" reads as missing, not as a function', () => {
    const s = tracked();
    s.kpis[1]!.id = 'constructor';
    expect(latestPeriod({ ...s, kpis: [s.kpis[1]!] })).toBeNull();
  });
});

describe('the SLA builder’s offer (kpis:sla)', () => {
  const offer: SlaOffer = {
    kpis: [
      { name: 'Turnaround time', unit: 'working hours', lowerIsBetter: true, target: 8, minimum: 16 },
      { name: 'Customer satisfaction', unit: '%', lowerIsBetter: false, target: 85, minimum: 75 },
      { name: '  ', unit: '', lowerIsBetter: false, target: null, minimum: null },
    ],
    credits: { tiers: [{ below: 99.5, credit: 5 }], capPct: 20, monthlyFee: 2000 },
    availabilityTarget: 99.5,
  };

  it('a new tracker takes the named KPIs, an availability KPI from the target, and the credits for it', () => {
    const s = applyOffer(offer, initialKpiTracker());
    expect(s.kpis.map((k) => [k.id, k.name, k.target, k.minimum])).toEqual([
      ['sla-1', 'Turnaround time', 8, 16],
      ['sla-2', 'Customer satisfaction', 85, 75],
      ['sla-3', 'Availability', 99.5, null],
    ]);
    expect(s.credits).toEqual({ kpi: 'sla-3', tiers: [{ below: 99.5, credit: 5 }], capPct: 20, fee: 2000 });
    expect(kpiTrackerSchema.safeParse(s).success).toBe(true);
    expect(changedKpis(offer, s)).toEqual([]);
    expect(creditsMatch(offer, s)).toBe(true);
  });

  it('asks in words, and merges by name without losing the tracker’s own figures', () => {
    const mine = tracked();
    expect(offerQuestion(offer, 'your SLA builder', mine)).toBe(
      'Use 2 KPIs (Turnaround time, Customer satisfaction) and 1 service credit tier (capped at 20 %) from your SLA builder?',
    );
    const s = applyOffer(offer, mine);
    expect(s.kpis.map((k) => [k.id, k.name, k.unit, k.target])).toEqual([
      ['k1', 'Availability', '%', 99.5],
      ['k2', 'Turnaround time', 'working hours', 8],
      ['sla-1', 'Customer satisfaction', '%', 85],
    ]);
    expect(s.periods).toEqual(mine.periods);
    expect(s.credits.kpi).toBe('k1');
  });

  it('an offer from an older SLA builder (no availability target) still applies', () => {
    const old = slaOffer.safeParse({ kpis: offer.kpis, credits: offer.credits });
    expect(old.success).toBe(true);
    const s = applyOffer(old.data!, initialKpiTracker());
    expect(s.kpis).toHaveLength(2);
    expect(s.credits.kpi).toBeNull();
  });

  it('values the tracker cannot store are not accepted', () => {
    expect(slaOffer.safeParse({ ...offer, credits: { ...offer.credits, capPct: 150 } }).success).toBe(false);
    expect(slaOffer.safeParse({ ...offer, kpis: [{ ...offer.kpis[0], target: -1 }] }).success).toBe(false);
  });

  it('property: any accepted offer gives a storable state that then counts as applied', () => {
    const kpi = fc.record({
      name: fc.string({ maxLength: 30 }),
      unit: fc.string({ maxLength: 60 }),
      lowerIsBetter: fc.boolean(),
      target: fc.option(fc.double({ min: 0, max: 1e9, noNaN: true }), { nil: null }),
      minimum: fc.option(fc.double({ min: 0, max: 1e9, noNaN: true }), { nil: null }),
    });
    const pct = fc.double({ min: 0, max: 100, noNaN: true });
    fc.assert(
      fc.property(
        fc.array(kpi, { maxLength: 30 }),
        fc.array(fc.record({ below: pct, credit: pct }), { maxLength: 8 }),
        fc.option(pct, { nil: null }),
        fc.option(pct, { nil: null }),
        (kpis, tiers, capPct, availabilityTarget) => {
          const v: SlaOffer = { kpis, credits: { tiers, capPct, monthlyFee: null }, availabilityTarget };
          const s = applyOffer(v, initialKpiTracker());
          expect(kpiTrackerSchema.safeParse(s).success).toBe(true);
          expect(changedKpis(v, s)).toEqual([]);
          expect(creditsMatch(v, s)).toBe(true);
        },
      ),
    );
  });
});
