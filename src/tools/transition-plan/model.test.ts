import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  bufferWeeks,
  checkInCount,
  docCounts,
  endWeekOf,
  parallelWeeks,
  seamText,
  timeline,
  type PhaseInput,
} from './model';
import { schema as transitionSchema } from './schema';
import { initialTransition, USUAL_PHASES, type TransitionState } from './state';
import transitionTool, { PARALLEL_KIND } from './tool';
import report from './report';

const ph = (name: string, start: number | null, duration: number | null, id = name): PhaseInput => ({
  id,
  name,
  start,
  duration,
});

describe('timeline arithmetic', () => {
  it('ends a phase in week start + duration − 1', () => {
    expect(endWeekOf(1, 2)).toBe(2); // weeks 1 and 2
    expect(endWeekOf(10, 1)).toBe(10); // a one-week handover
    expect(endWeekOf(11, 8)).toBe(18); // weeks 11 … 18
  });

  it('lays out the usual five phases end to end: 18 weeks, ending in week 18, no gap or overlap', () => {
    // Prepare 1–2, Knowledge transfer 3–5, Parallel run 6–9, Handover 10, Stabilise 11–18.
    const t = timeline(USUAL_PHASES.map((p) => ph(p.name, p.start, p.duration)));
    expect(t.phases.map((p) => [p.start, p.end])).toEqual([
      [1, 2],
      [3, 5],
      [6, 9],
      [10, 10],
      [11, 18],
    ]);
    expect(t).toMatchObject({ startWeek: 1, endWeek: 18, totalWeeks: 18, seams: [] });
  });

  it('names a gap by its weeks: A ends in week 5, B starts in week 8 → nothing in weeks 6–7', () => {
    const t = timeline([ph('A', 1, 5), ph('B', 8, 2)]);
    expect(t.seams).toEqual([{ kind: 'gap', first: 'A', second: 'B', from: 6, to: 7 }]);
    expect(seamText(t.seams[0]!)).toBe(
      'Gap: nothing is planned in weeks 6–7, between A and B. Close it, or say what happens then.',
    );
    // Weeks 1 … 9: 9 weeks in all, the gap included.
    expect(t.totalWeeks).toBe(9);
  });

  it('names an overlap by its weeks: A runs 1–5, B starts in week 4 → both run in weeks 4–5', () => {
    const t = timeline([ph('A', 1, 5), ph('B', 4, 3)]);
    expect(t.seams).toEqual([{ kind: 'overlap', first: 'A', second: 'B', from: 4, to: 5 }]);
    expect(seamText(t.seams[0]!)).toContain('A and B both run in weeks 4–5');
    expect(t.endWeek).toBe(6); // B: 4 + 3 − 1
  });

  it('a one-week gap or overlap says "week N"; back to back is neither', () => {
    expect(seamText(timeline([ph('A', 1, 2), ph('B', 4, 1)]).seams[0]!)).toContain('in week 3,');
    expect(seamText(timeline([ph('A', 1, 2), ph('B', 2, 1)]).seams[0]!)).toContain('both run in week 2.');
    expect(timeline([ph('A', 1, 2), ph('B', 3, 1)]).seams).toEqual([]);
  });

  it('compares phases in start order, whatever the list order, and leaves out unscheduled ones', () => {
    const t = timeline([ph('Late', 10, 2), ph('', null, 3, 'x'), ph('Early', 1, 4)]);
    expect(t.phases.map((p) => p.name)).toEqual(['Early', 'Late']);
    expect(t.unplaced).toEqual(['Phase 2']);
    expect(t.seams).toEqual([{ kind: 'gap', first: 'Early', second: 'Late', from: 5, to: 9 }]);
  });

  it('has no length without phases', () => {
    expect(timeline([])).toMatchObject({ startWeek: null, endWeek: null, totalWeeks: 0 });
    expect(bufferWeeks(0)).toBe(0);
  });

  it('property: the end week is at least every phase’s end, and the length covers start to end', () => {
    const phase = fc.record({
      id: fc.uuid(),
      name: fc.string({ maxLength: 5 }),
      start: fc.option(fc.integer({ min: 1, max: 104 })),
      duration: fc.option(fc.integer({ min: 1, max: 104 })),
    });
    fc.assert(
      fc.property(fc.array(phase, { maxLength: 12 }), (list) => {
        const t = timeline(list);
        for (const p of t.phases) {
          expect(t.endWeek!).toBeGreaterThanOrEqual(p.end);
          expect(t.startWeek!).toBeLessThanOrEqual(p.start);
        }
        if (t.phases.length) expect(t.totalWeeks).toBe(t.endWeek! - t.startWeek! + 1);
        for (const s of t.seams) expect(s.to).toBeGreaterThanOrEqual(s.from);
      }),
    );
  });
});

describe('buffer, parallel weeks, check-ins and documents', () => {
  it.each([
    [18, 4], // 18 × 0.2 = 3.6 → 4
    [10, 2], // exactly 2
    [3, 1], // 0.6 → 1
    [1, 1], // never less than a week
  ])('a %i-week plan gets a buffer of %i weeks', (total, buffer) => expect(bufferWeeks(total)).toBe(buffer));

  it('adds up the phases named "parallel": 4 + 2 = 6 weeks', () => {
    expect(parallelWeeks([ph('Parallel run', 6, 4), ph('Second parallel month', 12, 2), ph('Handover', 10, 1)])).toBe(
      6,
    );
    expect(parallelWeeks([ph('Parallel run', 6, null)])).toBe(0);
  });

  it.each([
    ['daily', 6, 9, 20], // 4 weeks × 5
    ['twice-weekly', 10, 13, 8], // 4 weeks × 2
    ['weekly', 1, 1, 1],
    ['fortnightly', 1, 3, 2], // 3 × 0.5 = 1.5 → 2 meetings
  ] as const)('%s check-ins in weeks %i–%i are %i meetings', (cadence, fromWeek, toWeek, n) =>
    expect(checkInCount({ cadence, fromWeek, toWeek })).toBe(n),
  );

  it('counts no meetings while a week is missing or the weeks run backwards', () => {
    expect(checkInCount({ cadence: 'weekly', fromWeek: null, toWeek: 3 })).toBeNull();
    expect(checkInCount({ cadence: 'weekly', fromWeek: 5, toWeek: 3 })).toBeNull();
  });

  it('counts documents by status', () => {
    expect(docCounts([{ status: 'missing' }, { status: 'reviewed' }, { status: 'missing' }])).toEqual({
      missing: 2,
      draft: 0,
      reviewed: 1,
    });
  });
});

describe('declaration', () => {
  const plan: TransitionState = {
    ...initialTransition(),
    phases: [
      { id: 'a', name: 'Prepare', start: 1, duration: 2, owner: 'Sam', status: 'done' },
      { id: 'b', name: 'Parallel run', start: 5, duration: 4, owner: '', status: 'planned' },
    ],
    docs: [{ id: 'd', name: 'Month-end close', owner: '', status: 'missing' }],
  };

  it('starts empty, and the empty plan is valid', () => {
    expect(initialTransition()).toEqual({ phases: [], training: [], checkIns: [], docs: [] });
    expect(transitionSchema.safeParse(initialTransition()).success).toBe(true);
    expect(transitionTool.summary!(initialTransition(), { companions: {} })).toBeNull();
  });

  it('refuses weeks outside 1–104 and fractions', () => {
    const bad = (start: number) =>
      transitionSchema.safeParse({ ...plan, phases: [{ ...plan.phases[0]!, start }] }).success;
    expect(bad(0)).toBe(false);
    expect(bad(105)).toBe(false);
    expect(bad(1.5)).toBe(false);
    expect(bad(104)).toBe(true);
  });

  it('summarises, offers the parallel weeks and reports the gap', () => {
    expect(transitionTool.summary!(plan, { companions: {} })).toBe(
      '2 phases over 8 weeks, ending in week 8, 1 gap or overlap.',
    );
    expect(transitionTool.offers!(plan, { companions: {} })).toEqual([
      { id: 'parallel', kind: PARALLEL_KIND, label: 'your transition plan', value: { weeks: 4 } },
    ]);
    expect(transitionTool.offers!(initialTransition(), { companions: {} })).toEqual([]);
    const r = report(plan);
    expect(r.rows[0]).toEqual(['Prepare', 'weeks 1–2 (done), owner Sam']);
    expect(r.rows).toContainEqual(['Total', '8 weeks, ending in week 8; buffer 2 weeks']);
    expect(r.actions[0]).toContain('Gap: nothing is planned in weeks 3–4');
    expect(r.actions).toContain('Write “Month-end close” before knowledge transfer starts.');
  });
});
