import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  charterMarkdown,
  escalationWarnings,
  FREQUENCIES,
  OCCURRENCES_PER_MONTH,
  planHours,
  round2,
  touchpointHours,
  type TouchpointTime,
} from './model';
import { schema as planSchema } from './schema';
import { initialPlan, PRESET_KEYS, PRESETS } from './state';
import planTool from './tool';

const tp = (id: string, frequency: TouchpointTime['frequency'], minutes: number | null, internal: number | null) => ({
  id,
  purpose: id,
  frequency,
  minutes,
  internal,
});

describe('occurrences per month', () => {
  it.each([
    ['daily', 21.67], // 5 working days × 52 weeks ÷ 12 = 260 ÷ 12 = 21.666…
    ['weekly', 4.33], // 52 ÷ 12 = 4.333…
    ['fortnightly', 2.17], // 26 ÷ 12 = 2.166…
    ['monthly', 1],
    ['quarterly', 0.33], // 1 ÷ 3
  ] as const)('%s happens %d times a month', (f, n) => {
    expect(round2(OCCURRENCES_PER_MONTH[f])).toBe(n);
  });
});

describe('internal hours per month', () => {
  it('the guide’s regular rhythm takes 4.39 hours', () => {
    // Written update: 52/12 × 10 min × 1 ÷ 60 = 43.33 min = 0.7222 h
    // Check-in call:  52/12 × 30 min × 1 ÷ 60 = 130 min   = 2.1667 h
    // Performance review: 1 × 60 × 1 ÷ 60                  = 1 h
    // Relationship review: 1/3 × 90 × 1 ÷ 60 = 30 min       = 0.5 h
    // Total 263.33 min ÷ 60 = 4.3889 h → 4.39 (the guide says "about 4 hours").
    const h = planHours(initialPlan().touchpoints);
    expect(round2(h.lines[0]!.hours!)).toBe(0.72);
    expect(round2(h.lines[1]!.hours!)).toBe(2.17);
    expect(h.lines[2]!.hours).toBe(1);
    expect(h.lines[3]!.hours).toBeCloseTo(0.5, 12);
    expect(round2(h.total)).toBe(4.39);
    expect(h.incomplete).toEqual([]);
  });

  it('a mix of frequencies and people', () => {
    // Daily stand-up, 15 min, 2 people: 260/12 × 15 × 2 ÷ 60 = 10.8333 h
    // Fortnightly demo, 45 min, 3 people: 26/12 × 45 × 3 ÷ 60 = 4.875 h
    // Quarterly review, 120 min, 3 people: 1/3 × 120 × 3 ÷ 60 = 2 h
    // Total 17.7083 → 17.71
    const h = planHours([
      tp('stand-up', 'daily', 15, 2),
      tp('demo', 'fortnightly', 45, 3),
      tp('qbr', 'quarterly', 120, 3),
    ]);
    expect(h.lines.map((l) => round2(l.hours!))).toEqual([10.83, 4.88, 2]);
    expect(round2(h.total)).toBe(17.71);
  });

  it('with the check-in call fortnightly it drops to 3.31 hours, as the guide says (about 3)', () => {
    // 0.7222 + 26/12 × 30 ÷ 60 (= 1.0833) + 1 + 0.5 = 3.3056
    const rows = initialPlan().touchpoints.map((t) =>
      t.id === 'check-in-call' ? { ...t, frequency: 'fortnightly' as const } : t,
    );
    expect(round2(planHours(rows).total)).toBe(3.31);
  });

  it('a touchpoint without minutes or people is left out and named', () => {
    const h = planHours([tp('a', 'monthly', 60, 1), tp('b', 'weekly', null, 1), tp('c', 'weekly', 30, null)]);
    expect(h.total).toBe(1);
    expect(h.incomplete).toEqual(['b', 'c']);
    expect(touchpointHours(tp('z', 'monthly', 0, 5))).toBe(0);
  });

  const row = fc.record({
    id: fc.constant('x'),
    purpose: fc.string({ maxLength: 10 }),
    frequency: fc.constantFrom(...FREQUENCIES),
    minutes: fc.option(fc.double({ min: 0, max: 1440, noNaN: true }), { nil: null }),
    internal: fc.option(fc.integer({ min: 0, max: 50 }), { nil: null }),
  });

  it('adding a touchpoint never lowers the hours (property)', () => {
    fc.assert(
      fc.property(fc.array(row, { maxLength: 20 }), row, (rows, extra) => {
        const before = planHours(rows).total;
        const after = planHours([...rows, extra]).total;
        expect(Number.isFinite(after)).toBe(true);
        expect(after).toBeGreaterThanOrEqual(before);
      }),
    );
  });

  it('more minutes or more people never lower a touchpoint’s hours (property)', () => {
    fc.assert(
      fc.property(row, fc.double({ min: 0, max: 100, noNaN: true }), fc.integer({ min: 0, max: 5 }), (r, dm, dp) => {
        if (r.minutes === null || r.internal === null) return;
        const more = { ...r, minutes: Math.min(1440, r.minutes + dm), internal: Math.min(50, r.internal + dp) };
        expect(touchpointHours(more)!).toBeGreaterThanOrEqual(touchpointHours(r)!);
      }),
    );
  });
});

describe('escalation', () => {
  it('warns about each level without a response time', () => {
    const level = (response: string) => ({ ours: 'a', vendor: 'b', contact: 'c', response });
    expect(escalationWarnings([level('1 working day'), level('  '), level('')])).toEqual([
      'Level 2 has no response time: agree how soon each side must reply.',
      'Level 3 has no response time: agree how soon each side must reply.',
    ]);
    expect(escalationWarnings(initialPlan().levels)).toEqual([]);
  });
});

describe('presets copy the guide’s rhythm table', () => {
  const guide = readFileSync('content/guides/communication-plan.mdx', 'utf8');
  it.each(PRESET_KEYS)('%s', (key) => {
    const p = PRESETS[key]!;
    const line = guide.split('\n').find((l) => l.startsWith(`| ${p.purpose} |`));
    expect(line, `a row "${p.purpose}" in the guide`).toBeDefined();
    const [, , frequency, duration] = line!.split('|').map((c) => c.trim().toLowerCase());
    const word = {
      daily: 'daily',
      weekly: 'weekly',
      fortnightly: 'fortnightly',
      monthly: 'monthly',
      quarterly: 'quarterly',
    }[p.frequency];
    expect(frequency).toContain(word);
    expect(duration).toContain(String(p.minutes));
    expect(planSchema.safeParse({ ...initialPlan(), touchpoints: [{ id: key, ...p }] }).success).toBe(true);
  });
});

describe('the declaration', () => {
  it('offers the hours rounded to 2 decimals, and nothing while a touchpoint is incomplete', () => {
    const s = initialPlan();
    expect(planTool.offers!(s, { companions: {} })).toEqual([
      { id: 'hours', kind: 'hours:oversight', label: 'your communication plan', value: { hours: 4.39 } },
    ]);
    const partial = { ...s, touchpoints: [...s.touchpoints, { ...s.touchpoints[0]!, id: 'x', minutes: null }] };
    expect(planTool.offers!(partial, { companions: {} })).toEqual([]);
  });
});

describe('the charter', () => {
  it('has the cadence, the hours, escalation and reporting, with pipes escaped', () => {
    const s = initialPlan();
    const md = charterMarkdown({
      ...s,
      touchpoints: [{ ...s.touchpoints[0]!, agenda: 'Done | planned' }],
      reporting: { updates: 'Friday\nnote', milestones: '', conflict: '' },
    });
    expect(md).toContain(
      '| Written update | Weekly | 10 | Email | Vendor lead writes, our owner reads | 1 | Vendor lead | Done \\| planned |',
    );
    expect(md).toContain('Our time: 0.72 internal hours a month.');
    expect(md).toContain('| 2 | Our lead | Account manager | Email, then phone | 2 working days |');
    expect(md).toContain('- Progress updates: Friday note');
    expect(md).toContain('- Milestone reports: not agreed yet');
  });
});
