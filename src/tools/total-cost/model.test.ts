import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { analyse, sensitivity, type CostInputs } from './model';
import { FIELDS } from './fields';

/** All-zero inputs over 12 months with a monthly fee; examples override what they use. */
const zero: CostInputs = {
  horizonMonths: 12,
  salary: 0,
  fte: 1,
  loadPct: 0,
  overheadAnnual: 0,
  turnoverPct: 0,
  replacementPct: 0,
  recruitingOneOff: 0,
  pricing: 'monthly',
  monthlyFee: 0,
  hourlyRate: 0,
  hoursPerMonth: 0,
  unitPrice: 0,
  unitsPerMonth: 0,
  oversightHours: 0,
  oversightRate: 0,
  toolsMonthly: 0,
  contingencyPct: 0,
  knowledgeTransfer: 0,
  parallelMonths: 0,
  legal: 0,
  exitCost: 0,
  escalatorPct: 0,
};

describe('worked examples (computed by hand)', () => {
  it('1. a simple monthly fee, no one-off costs', () => {
    const r = analyse({ ...zero, salary: 48_000, loadPct: 25, overheadAnnual: 6_000, monthlyFee: 3_000 });
    // In-house: 48,000/12 = 4,000 pay + 25 % load 1,000 + 6,000/12 overhead 500 = 5,500 a month.
    expect(r.inHouseMonthly).toBe(5_500);
    // Outsourced: the fee alone, 3,000 a month.
    expect(r.outsourcedMonthly).toBe(3_000);
    // Month 1: 3,000 ≤ 5,500, so break-even is month 1 and it stays cheaper.
    expect(r.breakEvenMonth).toBe(1);
    expect(r.staysCheaper).toBe(true);
    // 12 months: 66,000 in-house vs 36,000 outsourced; saving 30,000 = 45.45 % of 66,000.
    expect(r.totalInHouse).toBe(66_000);
    expect(r.totalOutsourced).toBe(36_000);
    expect(r.saving).toBe(30_000);
    expect(r.savingPct).toBeCloseTo(45.4545, 3);
    // Break-even disappears above a fee of 5,500 (= the in-house monthly cost).
    expect(r.breakEvenFeeLimit).toBeCloseTo(5_500, 6);
    expect(sensitivity({ ...zero, salary: 48_000, loadPct: 25, overheadAnnual: 6_000, monthlyFee: 3_000 })).toEqual([]);
  });

  it('2. hourly pricing with transition and exit costs: no break-even', () => {
    const i: CostInputs = {
      ...zero,
      horizonMonths: 6,
      salary: 36_000,
      fte: 0.5,
      loadPct: 20,
      overheadAnnual: 1_200,
      turnoverPct: 10,
      replacementPct: 50,
      recruitingOneOff: 600,
      pricing: 'hourly',
      hourlyRate: 40,
      hoursPerMonth: 30,
      oversightHours: 2,
      oversightRate: 50,
      toolsMonthly: 20,
      contingencyPct: 10,
      knowledgeTransfer: 1_000,
      parallelMonths: 1,
      legal: 500,
      exitCost: 800,
    };
    const r = analyse(i);
    // Pay 36,000/12 × 0.5 = 1,500; load 20 % = 300; overhead 100; turnover 10 % × 50 % × 1,500 = 75.
    expect(r.inHouseMonthly).toBe(1_975);
    // Fee 40 × 30 = 1,200; + 10 % contingency 120; + oversight 2 × 50 = 100; + tools 20 = 1,440.
    expect(r.outsourcedMonthly).toBeCloseTo(1_440, 9);
    // Month 1 in-house 1,975 + 600 recruiting = 2,575.
    expect(r.months[0]!.inHouse).toBe(2_575);
    // Month 1 outsourced 1,440 + 1,000 knowledge transfer + 1 × 1,975 parallel + 500 legal = 4,915.
    expect(r.months[0]!.outsourced).toBeCloseTo(4_915, 9);
    // Month 6 outsourced 1,440 + 800 exit = 2,240.
    expect(r.months[5]!.outsourced).toBeCloseTo(2_240, 9);
    // Cumulative: in-house 2,575 + 5 × 1,975 = 12,450; outsourced 4,915 + 4 × 1,440 + 2,240 = 12,915.
    expect(r.totalInHouse).toBe(12_450);
    expect(r.totalOutsourced).toBeCloseTo(12_915, 9);
    // Never cumulatively cheaper: month 5 is closest (10,675 vs 10,475).
    expect(r.months[4]!.cumOutsourced).toBeCloseTo(10_675, 9);
    expect(r.breakEvenMonth).toBeNull();
    expect(r.saving).toBeCloseTo(-465, 9);
    expect(r.savingPct).toBeCloseTo((-465 / 12_450) * 100, 9);
    // Fee limit = max over months of (cum in-house − cum other costs) / (months × 1.1):
    // month 5 gives (10,475 − 4,075) / 5.5 = 1,163.64, below the fee of 1,200.
    expect(r.breakEvenFeeLimit).toBeCloseTo(6_400 / 5.5, 6);
    // Breakdown adds up to the totals.
    expect(r.outsourcedBreakdown.reduce((a, l) => a + l.amount, 0)).toBeCloseTo(r.totalOutsourced, 6);
    expect(r.inHouseBreakdown.reduce((a, l) => a + l.amount, 0)).toBeCloseTo(r.totalInHouse, 6);
  });

  it('3. a yearly price increase turns an early saving into a loss', () => {
    const i: CostInputs = { ...zero, horizonMonths: 24, salary: 60_000, monthlyFee: 4_800, escalatorPct: 10 };
    const r = analyse(i);
    // In-house 5,000 a month. Outsourced 4,800 in year 1, 4,800 × 1.1 = 5,280 in year 2.
    expect(r.months[11]!.outsourced).toBe(4_800);
    expect(r.months[12]!.outsourced).toBeCloseTo(5_280, 9);
    // Cheaper from month 1, but over 24 months 57,600 + 63,360 = 120,960 > 120,000.
    expect(r.breakEvenMonth).toBe(1);
    expect(r.staysCheaper).toBe(false);
    expect(r.saving).toBeCloseTo(-960, 9);
    expect(r.savingPct).toBeCloseTo(-0.8, 9);
    // The crossing back happens in month 21: 57,600 + 9 × 5,280 = 105,120 > 105,000.
    expect(r.months[20]!.cumOutsourced).toBeGreaterThan(r.months[20]!.cumInHouse);
    expect(r.months[19]!.cumOutsourced).toBeLessThanOrEqual(r.months[19]!.cumInHouse);
    // ±20 % moves that flip "outsourcing saves money": horizon to 19 months (saving 440),
    // salary or FTE up, fee down, increase 10 % → 8 % (year 2 at 5,184: saving 192).
    expect(sensitivity(i).map((f) => `${f.key}${f.change}`)).toEqual([
      'horizonMonths-20',
      'salary20',
      'fte20',
      'monthlyFee-20',
      'escalatorPct-20',
    ]);
  });

  it('per-unit pricing multiplies price by volume', () => {
    const r = analyse({ ...zero, pricing: 'unit', unitPrice: 4, unitsPerMonth: 700, monthlyFee: 99_999 });
    expect(r.outsourcedMonthly).toBe(2_800);
  });

  it('a zero in-house cost gives no saving percentage rather than NaN', () => {
    expect(analyse({ ...zero, monthlyFee: 100 }).savingPct).toBeNull();
  });
});

/** Random valid inputs drawn from each field's range. */
const inputs: fc.Arbitrary<CostInputs> = fc
  .record(
    Object.fromEntries(
      FIELDS.map((f) => [
        f.key,
        f.kind === 'integer'
          ? fc.integer({ min: f.min, max: f.max })
          : fc.double({ min: f.min, max: f.max, noNaN: true, noDefaultInfinity: true }),
      ]),
    ) as Record<keyof CostInputs, fc.Arbitrary<number>>,
  )
  .chain((nums) => fc.constantFrom('monthly', 'hourly', 'unit').map((pricing) => ({ ...nums, pricing }) as CostInputs));

describe('properties', () => {
  it('every output is finite over the whole valid domain', () => {
    fc.assert(
      fc.property(inputs, (i) => {
        const r = analyse(i);
        const numbers = [
          r.inHouseMonthly,
          r.outsourcedMonthly,
          r.totalInHouse,
          r.totalOutsourced,
          r.saving,
          ...r.months.flatMap((m) => [m.inHouse, m.outsourced, m.cumInHouse, m.cumOutsourced]),
          ...r.inHouseBreakdown.map((l) => l.amount),
          ...r.outsourcedBreakdown.map((l) => l.amount),
        ];
        expect(numbers.every(Number.isFinite)).toBe(true);
        if (r.savingPct !== null) expect(Number.isFinite(r.savingPct)).toBe(true);
        if (r.breakEvenFeeLimit !== null) expect(Number.isFinite(r.breakEvenFeeLimit)).toBe(true);
        expect(r.months).toHaveLength(i.horizonMonths);
      }),
      { numRuns: 300 },
    );
  });

  it('a higher vendor fee never lowers the outsourced cost', () => {
    fc.assert(
      fc.property(inputs, fc.double({ min: 0, max: 1e6, noNaN: true }), (i, extra) => {
        const a = analyse({ ...i, pricing: 'monthly' });
        const b = analyse({ ...i, pricing: 'monthly', monthlyFee: i.monthlyFee + extra });
        expect(b.totalOutsourced).toBeGreaterThanOrEqual(a.totalOutsourced);
        const c = analyse({ ...i, pricing: 'hourly', hourlyRate: i.hourlyRate + extra });
        expect(c.totalOutsourced).toBeGreaterThanOrEqual(analyse({ ...i, pricing: 'hourly' }).totalOutsourced);
      }),
    );
  });

  it('saving % and break-even agree in sign', () => {
    fc.assert(
      fc.property(inputs, (i) => {
        const r = analyse(i);
        if (r.saving >= 0) expect(r.breakEvenMonth).not.toBeNull();
        if (r.breakEvenMonth === null) expect(r.saving).toBeLessThan(0);
        if (r.staysCheaper) expect(r.saving).toBeGreaterThanOrEqual(0);
        if (r.savingPct !== null) expect(Math.sign(r.savingPct)).toBe(Math.sign(r.saving));
      }),
    );
  });

  it('the reported fee limit is where break-even disappears', () => {
    fc.assert(
      fc.property(inputs, (i) => {
        const r = analyse({ ...i, pricing: 'monthly' });
        if (r.breakEvenFeeLimit === null) return;
        const below = analyse({ ...i, pricing: 'monthly', monthlyFee: r.breakEvenFeeLimit * 0.999 });
        const above = analyse({ ...i, pricing: 'monthly', monthlyFee: r.breakEvenFeeLimit * 1.001 + 1e-6 });
        expect(below.breakEvenMonth).not.toBeNull();
        expect(above.breakEvenMonth).toBeNull();
      }),
    );
  });

  it('applying a reported sensitivity move really flips the verdict', () => {
    fc.assert(
      fc.property(inputs, (i) => {
        const base = analyse(i).saving > 0;
        for (const f of sensitivity(i)) {
          const v = i[f.key] as number;
          let moved = v * (1 + f.change / 100);
          if (f.key === 'horizonMonths') moved = Math.max(1, Math.round(moved));
          expect(analyse({ ...i, [f.key]: moved }).saving > 0).toBe(!base);
        }
      }),
      { numRuns: 60 },
    );
  });
});
