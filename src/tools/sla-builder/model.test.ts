import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  achievedAvailability,
  allowedDowntime,
  creditFor,
  creditMoney,
  downtimeTable,
  formatDuration,
  kpiWarnings,
  minutesIn,
  PERIODS,
  scheduleMarkdown,
} from './model';
import { slaResult, scheduleInputOf, workedExample } from './results';
import { initialSla, KPI_PRESETS, type SlaState } from './state';
import { schema as slaSchema } from './schema';
import slaTool from './tool';

const H24 = { kind: '24x7' } as const;
const durations = (target: number) => downtimeTable(target, H24).map((r) => [r.key, formatDuration(r.allowed)]);

describe('durations', () => {
  it.each([
    [216, '3 h 36 min'], // 0.005 × 43,200
    [1.44, '1 min 26 s'], // 0.001 × 1,440 = 1.44 min = 86.4 s
    [43.2, '43 min 12 s'],
    [0.5, '30 s'],
    [60, '1 h'],
    [2628, '43 h 48 min'],
    [0, '0 s'],
    [59.999, '1 h'], // 3,599.94 s rounds to a whole hour
  ])('%d minutes is "%s"', (m, text) => {
    expect(formatDuration(m)).toBe(text);
  });
});

describe('allowed downtime around the clock', () => {
  it('99.5 % over each period', () => {
    // (1 − 0.995) = 0.005 ×
    // day 1,440 = 7.2 min | week 10,080 = 50.4 min | 28 d 40,320 = 201.6 min ≈ 3 h 22 min
    // 29 d 41,760 = 208.8 ≈ 3 h 29 min | 30 d 43,200 = 216 = 3 h 36 min | 31 d 44,640 = 223.2 ≈ 3 h 43 min
    // quarter 91.25 × 1,440 = 131,400 → 657 min = 10 h 57 min | year 525,600 → 2,628 min = 43 h 48 min
    expect(durations(99.5)).toEqual([
      ['day', '7 min 12 s'],
      ['week', '50 min 24 s'],
      ['month-28', '3 h 22 min'],
      ['month-29', '3 h 29 min'],
      ['month-30', '3 h 36 min'],
      ['month-31', '3 h 43 min'],
      ['quarter', '10 h 57 min'],
      ['year', '43 h 48 min'],
    ]);
  });

  it('99.9 % over each period', () => {
    // 0.001 × day 1,440 = 1.44 min = 86.4 s | week 10.08 min = 604.8 s ≈ 10 min 5 s
    // 28 d 40.32 min = 2,419.2 s ≈ 40 min 19 s | 29 d 41.76 min = 2,505.6 s ≈ 41 min 46 s
    // 30 d 43.2 min = 43 min 12 s | 31 d 44.64 min = 2,678.4 s ≈ 44 min 38 s
    // quarter 131.4 min ≈ 2 h 11 min | year 525.6 min ≈ 8 h 46 min
    expect(durations(99.9)).toEqual([
      ['day', '1 min 26 s'],
      ['week', '10 min 5 s'],
      ['month-28', '40 min 19 s'],
      ['month-29', '41 min 46 s'],
      ['month-30', '43 min 12 s'],
      ['month-31', '44 min 38 s'],
      ['quarter', '2 h 11 min'],
      ['year', '8 h 46 min'],
    ]);
  });

  it('business hours count fewer minutes', () => {
    const office = { kind: 'business', daysPerWeek: 5, hoursPerDay: 8 } as const;
    expect(minutesIn(1, office)).toBe(480); // one working day: 8 × 60
    expect(minutesIn(7, office)).toBe(2400); // 5 × 8 × 60
    // 30 days × 5/7 = 21.43 working days × 480 = 10,285.7 min; 0.5 % of that = 51.4 min
    expect(minutesIn(30, office)).toBeCloseTo(10285.714, 3);
    expect(formatDuration(allowedDowntime(99.5, minutesIn(30, office)))).toBe('51 min 26 s');
  });

  it('downtime falls as the target rises (property)', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 100, noNaN: true }),
        fc.double({ min: 0, max: 100, noNaN: true }),
        fc.constantFrom(...PERIODS),
        (a, b, p) => {
          const [lo, hi] = a < b ? [a, b] : [b, a];
          const m = minutesIn(p.days, H24);
          expect(allowedDowntime(hi, m)).toBeLessThanOrEqual(allowedDowntime(lo, m));
          expect(allowedDowntime(hi, m)).toBeGreaterThanOrEqual(0);
        },
      ),
    );
  });
});

describe('achieved availability', () => {
  it.each([
    [216, 43200, 99.5], // (43,200 − 216) ÷ 43,200 = 0.995
    [432, 43200, 99], // 0.99
    [500, 43200, 98.8426], // 42,700 ÷ 43,200 = 0.98842592… → 4 decimals
    [0, 43200, 100],
    [50000, 43200, 0], // more downtime than the month: 0, not negative
  ])('%d minutes down of %d gives %d %', (d, m, pct) => {
    expect(achievedAvailability(d, m)).toBe(pct);
  });
  it('is null for a period without service minutes', () => {
    expect(achievedAvailability(5, 0)).toBeNull();
  });
});

describe('service credits', () => {
  const tiers = [
    { below: 99.5, credit: 5 },
    { below: 99, credit: 10 },
  ];
  it.each([
    [99.5, null, 0], // exactly at 99.5: that tier does not apply
    [99.4999, 0, 5],
    [99, 0, 5], // exactly at 99: only the 99.5 tier applies
    [98.9, 1, 10], // both apply: the lowest threshold (99) wins; not 5 + 10
    [50, 1, 10],
  ])('at %d % the tier is %s and the credit %d %', (achieved, tier, pct) => {
    expect(creditFor(achieved, tiers, null)).toEqual({ tier, pct, capped: false });
  });

  it('the cap limits the credit, and the money is fee × credit', () => {
    // below 98 earns 25 %, capped at 20 %: on a fee of 2,000 that is 400
    const r = creditFor(97, [...tiers, { below: 98, credit: 25 }], 20);
    expect(r).toEqual({ tier: 2, pct: 20, capped: true });
    expect(creditMoney(2000, r.pct)).toBe(400);
  });

  it('incomplete tiers are skipped; equal thresholds take the larger credit', () => {
    expect(creditFor(90, [null, { below: 95, credit: 3 }, { below: 95, credit: 7 }], null)).toEqual({
      tier: 2,
      pct: 7,
      capped: false,
    });
  });

  it('the guide example in a 30-day month: 500 minutes down on a fee of 2,000', () => {
    // achieved 98.8426 % < 99 → tier 2: 10 % of 2,000 = 200
    const s: SlaState = { ...initialSla(), availability: { ...initialSla().availability, downtime: 500 } };
    const r = slaResult({ ...s, credits: { ...s.credits, fee: 2000 } });
    expect(r.achieved).toBe(98.8426);
    expect(r.credit).toEqual({ tier: 1, pct: 10, capped: false });
    expect(r.money).toBe(200);
  });

  it('the credit never exceeds the cap or the fee (property)', () => {
    const tier = fc.record({
      below: fc.double({ min: 0, max: 100, noNaN: true }),
      credit: fc.double({ min: 0, max: 100, noNaN: true }),
    });
    fc.assert(
      fc.property(
        fc.array(fc.option(tier, { nil: null }), { maxLength: 8 }),
        fc.double({ min: 0, max: 100, noNaN: true }),
        fc.option(fc.double({ min: 0, max: 100, noNaN: true }), { nil: null }),
        fc.double({ min: 0, max: 1e8, noNaN: true }),
        (ts, achieved, cap, fee) => {
          const r = creditFor(achieved, ts, cap);
          if (cap !== null) expect(r.pct).toBeLessThanOrEqual(cap);
          expect(creditMoney(fee, r.pct)).toBeLessThanOrEqual(fee);
          expect(r.pct).toBeGreaterThanOrEqual(0);
        },
      ),
    );
  });
});

describe('KPIs', () => {
  it('warn about a missing target and a minimum on the wrong side', () => {
    const k = { ...KPI_PRESETS['customer-satisfaction']! };
    expect(kpiWarnings(k, 1)).toEqual([]);
    expect(kpiWarnings({ ...k, minimum: 90 }, 1)).toEqual([
      'Customer satisfaction: higher is better, so the minimum should not be above the target.',
    ]);
    expect(kpiWarnings({ ...KPI_PRESETS['turnaround-time']!, minimum: 4 }, 2)).toEqual([
      'Turnaround time: lower is better, so the minimum should not be below the target (it is the bigger number).',
    ]);
    expect(kpiWarnings({ ...k, name: ' ', target: null }, 3)).toEqual(['KPI 3 has no target yet.']);
  });
  it('presets fit the stored shape', () => {
    const s = { ...initialSla(), kpis: Object.entries(KPI_PRESETS).map(([id, k]) => ({ id, ...k })) };
    expect(slaSchema.safeParse(s).success).toBe(true);
  });
});

describe('offers and accepts', () => {
  const ctx = { companions: {} };
  const measures = {
    measures: [
      { name: 'First-response time', baseline: '6 h', target: '4', how: 'Hours to first reply, from the inbox report' },
      { name: 'Satisfaction', baseline: '70%', target: '85 %', how: 'Survey' },
      { name: 'Fewer complaints', baseline: 'many', target: 'fewer', how: '' },
      { name: 'satisfaction ', baseline: '', target: '90', how: 'duplicate by name' },
      { name: '  ', baseline: '', target: '1', how: 'no name' },
    ],
  };

  it('takes success measures as KPIs: target only when a number, no duplicates by name', async () => {
    const accept = (await slaTool.accepts!.load())[0]!;
    const s = { ...initialSla(), kpis: [{ id: 'sm-1', ...KPI_PRESETS.accuracy! }] };
    expect(
      accept.question(
        measures as never,
        {
          source: 'goals-scope',
          id: 'm',
          kind: 'success-measures',
          label: 'your goals and scope canvas',
          value: measures,
        },
        s,
        ctx,
      ),
    ).toBe(
      'Add 3 success measures from your goals and scope canvas as KPIs: First-response time, Satisfaction, Fewer complaints?',
    );
    const after = accept.apply(measures as never, s, ctx);
    expect(after.kpis.map((k) => [k.id, k.name, k.target, k.unit, k.definition])).toEqual([
      ['sm-1', 'Accuracy', 0, 'errors', KPI_PRESETS.accuracy!.definition],
      ['sm-2', 'First-response time', 4, '', 'Hours to first reply, from the inbox report'],
      ['sm-3', 'Satisfaction', 85, '%', 'Survey'],
      ['sm-4', 'Fewer complaints', null, '', ''],
    ]);
    expect(slaSchema.safeParse(after).success).toBe(true);
    expect(accept.isApplied(measures as never, after, ctx)).toBe(true);
    expect(accept.schema.safeParse({ measures: [{ name: 1 }] }).success).toBe(false);
  });

  it('offers the KPIs and the credit scheme to the KPI tracker', () => {
    expect(slaTool.offers!(initialSla(), ctx)).toEqual([]);
    const s = { ...initialSla(), kpis: [{ id: 'a', ...KPI_PRESETS.availability! }] };
    expect(slaTool.offers!(s, ctx)).toEqual([
      {
        id: 'kpis',
        kind: 'kpis:sla',
        label: 'your SLA builder',
        value: {
          kpis: [{ name: 'Availability', unit: '%', lowerIsBetter: false, target: 99.9, minimum: 99.5 }],
          credits: {
            tiers: [
              { below: 99.5, credit: 5 },
              { below: 99, credit: 10 },
            ],
            capPct: 20,
            monthlyFee: null,
          },
          availabilityTarget: 99.5,
        },
      },
    ]);
  });
});

describe('the schedule', () => {
  const f = {
    number: (n: number) => String(Math.round(n * 100) / 100),
    achieved: (n: number) => `${n.toFixed(4)}%`,
    money: (n: number) => `$${n.toFixed(2)}`,
  };
  it('has the KPIs, allowed downtime, tiers with a worked example, and the review', () => {
    const s = { ...initialSla(), kpis: [{ id: 'a', ...KPI_PRESETS['customer-satisfaction']!, owner: 'Sam | ops' }] };
    // No downtime yet: the example takes twice the month's allowance, 2 × 216 = 432 min → exactly 99 %,
    // which is not below 99, so tier 1 applies: 5 % of the example fee 1,000 = 50.
    expect(workedExample(s, f)).toBe(
      '432 minutes of downtime in a 30-day month of 43200 service minutes gives 99.0000% availability. Tier 1 applies (below 99.5 %): a credit of 5 % of the fee; on a monthly fee of $1000.00 that is $50.00.',
    );
    const md = scheduleMarkdown(scheduleInputOf(s, f));
    expect(md).toContain(
      '| Customer satisfaction | Share of survey answers rating 4 or 5 out of 5 | % | higher | 85 | 75 | Monthly | Customer survey | Sam \\| ops |',
    );
    expect(md).toContain('Availability target: 99.5 % of the time around the clock (24×7).');
    expect(md).toContain('| 30-day month | 3 h 36 min |');
    expect(md).toContain('- Availability below 99 %: credit of 10 % of the monthly fee.');
    expect(md).toContain('Credits are capped at 20 % of the fee.');
    expect(md).toContain('- Service review: a quarterly service review of the figures and actions');
    expect(md).toContain('- On repeated breach: not agreed yet');
  });
});
