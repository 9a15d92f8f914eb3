import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { assess, BANDS, bandOf, expectedTotal, heatCounts, scoreOf, topRisks, type RiskInput } from './model';
import { registerCsv } from './export';
import { blankRisk, initialRegister, PRESET_RISKS, type RegisterState, type Risk } from './state';
import { schema as registerSchema } from './schema';
import registerTool, { CONTINGENCY_KIND } from './tool';
import report from './report';

const risk = (id: string, l: number | null, i: number | null, rl: number | null = null, ri: number | null = null) =>
  ({
    ...blankRisk(
      id
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, '-')
        .replace(/^-|-$/g, '') || 'x',
      id,
    ),
    likelihood: l,
    impact: i,
    residualLikelihood: rl,
    residualImpact: ri,
  }) as Risk;

describe('score and bands', () => {
  it.each([
    [1, 3, 3, 'low'], // 1 × 3 = 3: the top of Low
    [2, 2, 4, 'moderate'], // 4: the bottom of Moderate
    [2, 3, 6, 'moderate'], // 6: the top of Moderate
    [2, 4, 8, 'high'], // 8: the bottom of High (7 is not a product of two ratings)
    [3, 4, 12, 'high'], // 12: the top of High
    [3, 5, 15, 'extreme'], // 15: the bottom of Extreme
    [5, 5, 25, 'extreme'],
  ] as const)('likelihood %i × impact %i = %i, %s', (l, i, score, band) => {
    expect(scoreOf(l, i)).toBe(score);
    expect(bandOf(score)).toBe(band);
  });

  it('has no score while a rating is missing', () => {
    expect(scoreOf(3, null)).toBeNull();
    expect(assess(risk('a', null, 4), 1)).toMatchObject({ inherent: null, inherentBand: null, reductionPct: null });
  });

  it('puts inherent and residual side by side with the reduction: 4 × 5 = 20 → 2 × 3 = 6 is 70 % lower', () => {
    // (20 − 6) ÷ 20 = 0.7
    expect(assess(risk('Data breach', 4, 5, 2, 3), 1)).toMatchObject({
      inherent: 20,
      inherentBand: 'extreme',
      residual: 6,
      residualBand: 'moderate',
      reductionPct: 70,
    });
  });

  it('property: the band never falls as the score rises', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 25 }), fc.integer({ min: 1, max: 25 }), (a, b) => {
        const [lo, hi] = a <= b ? [a, b] : [b, a];
        expect(BANDS.indexOf(bandOf(lo))).toBeLessThanOrEqual(BANDS.indexOf(bandOf(hi)));
      }),
    );
  });
});

describe('heat map', () => {
  const risks = [risk('a', 3, 4, 1, 2), risk('b', 3, 4, 2, 2), risk('c', 5, 5), risk('d', null, 2)];

  it('counts risks per cell: two at likelihood 3 / impact 4, one at 5 / 5, the unscored one nowhere', () => {
    const c = heatCounts(risks, 'inherent');
    expect(c[4 - 1]![3 - 1]).toBe(2);
    expect(c[5 - 1]![5 - 1]).toBe(1);
    expect(c.flat().reduce((a, b) => a + b, 0)).toBe(3);
  });

  it('counts the residual map from the residual ratings', () => {
    const c = heatCounts(risks, 'residual');
    expect(c[2 - 1]![1 - 1]).toBe(1);
    expect(c[2 - 1]![2 - 1]).toBe(1);
    expect(c.flat().reduce((a, b) => a + b, 0)).toBe(2);
  });

  it('property: the cells add up to the risks scored on that map', () => {
    const rating = fc.option(fc.integer({ min: 1, max: 5 }));
    fc.assert(
      fc.property(fc.array(fc.tuple(rating, rating), { maxLength: 40 }), (pairs) => {
        const list = pairs.map(([l, i], k) => risk(`r${k}`, l, i));
        const total = heatCounts(list, 'inherent')
          .flat()
          .reduce((a, b) => a + b, 0);
        expect(total).toBe(pairs.filter(([l, i]) => l !== null && i !== null).length);
      }),
    );
  });
});

describe('expected cost', () => {
  it('is probability × cost: 20 % of 10,000 = 2,000; 5 % of 50,000 = 2,500; total 4,500', () => {
    const list: RiskInput[] = [
      { ...risk('a', 2, 5), probability: 20, cost: 10_000 },
      { ...risk('b', 1, 5), probability: 5, cost: 50_000 },
      { ...risk('c', 3, 3), probability: 50, cost: null }, // no cost: not counted
    ];
    expect(assess(list[0]!, 1).expectedCost).toBe(2000);
    expect(expectedTotal(list)).toEqual({ total: 4500, counted: 2 });
  });
});

describe('declaration, report and CSV', () => {
  const state: RegisterState = {
    risks: [
      { ...risk('Vendor fails', 2, 5, 1, 5), owner: 'Sam', probability: 10, cost: 20_000 },
      { ...risk('Quality drops', 3, 3), contingency: '' },
      { ...risk('=HYPERLINK("x")', 1, 1), mitigation: '+SUM(A1)' },
    ],
  };

  it('starts empty with ten valid presets', () => {
    expect(initialRegister()).toEqual({ risks: [] });
    expect(PRESET_RISKS).toHaveLength(10);
    const all = { risks: PRESET_RISKS.map((p, k) => ({ ...blankRisk(`p-${k}`), ...p })) };
    expect(registerSchema.safeParse(all).success).toBe(true);
  });

  it('refuses ratings outside 1–5 and a probability over 100 %', () => {
    const bad = (change: Partial<Risk>) =>
      registerSchema.safeParse({ risks: [{ ...state.risks[0]!, ...change }] }).success;
    expect(bad({ likelihood: 6 as never })).toBe(false);
    expect(bad({ impact: 0 as never })).toBe(false);
    expect(bad({ probability: 101 })).toBe(false);
    expect(bad({ probability: 100 })).toBe(true);
  });

  it('lists high and extreme risks (residual where scored) for the dashboard', () => {
    // Vendor fails: residual 1 × 5 = 5 (Moderate); Quality drops 3 × 3 = 9 (High).
    expect(topRisks(state.risks).map((a) => a.name)).toEqual(['Quality drops']);
    expect(registerTool.summary!(state, { companions: {} })).toBe('3 risks; high or extreme: Quality drops (High 9).');
    expect(registerTool.summary!(initialRegister(), { companions: {} })).toBeNull();
  });

  it('offers the expected cost to the total-cost tool', () => {
    expect(registerTool.offers!(state, { companions: {} })).toEqual([
      { id: 'expected', kind: CONTINGENCY_KIND, label: 'your risk register', value: { amount: 2000 } },
    ]);
    expect(registerTool.offers!(initialRegister(), { companions: {} })).toEqual([]);
  });

  it('accepts open due-diligence items as new risks, once each', async () => {
    const accept = (await registerTool.accepts!.load())[0]!;
    const value = { risks: [{ name: 'Not yet checked at Acme: references', mitigation: 'Call two clients.' }] };
    const next = accept.apply(value as never, state, { companions: {} });
    expect(next.risks).toHaveLength(4);
    expect(next.risks[3]).toMatchObject({ id: 'dd-1', name: value.risks[0]!.name, mitigation: 'Call two clients.' });
    expect(accept.isApplied(value as never, next, { companions: {} })).toBe(true);
    expect(registerSchema.safeParse(next).success).toBe(true);
  });

  it('reports scores and the contingency plans to write', () => {
    const r = report(state);
    expect(r.rows[0]).toEqual(['Vendor fails', 'inherent 10 High, residual 5 Moderate (50 % lower); owner Sam']);
    expect(r.actions).toContain('Write a contingency plan for Quality drops.');
  });

  it('writes the CSV with formula-like cells made inert', () => {
    const csv = registerCsv(state.risks);
    expect(csv.split('\r\n')[1]).toBe(
      '"Vendor fails","2","5","10","High","1","5","5","Moderate","50","Sam","","","10","20000","2000"',
    );
    expect(csv).toContain(`"'=HYPERLINK(""x"")"`);
    expect(csv).toContain(`"'+SUM(A1)"`);
  });
});
