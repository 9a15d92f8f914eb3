import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { existsSync, readFileSync } from 'node:fs';
import {
  axisAverage,
  classify,
  classifyAll,
  countsText,
  examplesToAdd,
  EXAMPLE_TASKS,
  quadrantOf,
  QUADRANTS,
  QUESTION_IDS,
  QUESTIONS,
  type Answers,
} from './model';
import classifierTool from './tool';
import classifierReport from './report';

/** Answers from six numbers in question order (apart, noticed, knowledge | time, blocking, cost). */
const answers = (...v: number[]): Answers => Object.fromEntries(v.map((n, i) => [QUESTION_IDS[i]!, n]));

describe('the questions', () => {
  it('are three per axis, strategic first', () => {
    expect(QUESTIONS.map((q) => q.axis)).toEqual([
      'strategic',
      'strategic',
      'strategic',
      'operational',
      'operational',
      'operational',
    ]);
  });
});

describe('worked examples (computed by hand)', () => {
  it.each([
    // name, six answers, strategic, operational, quadrant
    // Payroll: (1 + 3 + 1) / 3 = 1.67 low; (4 + 3 + 3) / 3 = 3.33 high → Outsource.
    ['payroll', [1, 3, 1, 4, 3, 3], 5 / 3, 10 / 3, 'outsource'],
    // Both exactly 3.00: (3 + 3 + 3) / 3 and (2 + 3 + 4) / 3 — "high" is ≥ 3.0 → Retain in-house.
    ['both on the edge', [3, 3, 3, 2, 3, 4], 3, 3, 'retain'],
    // Strategic just under: (2 + 3 + 3) / 3 = 2.67 low; operational (3 + 3 + 3) / 3 = 3.00 high → Outsource.
    ['strategic just under', [2, 3, 3, 3, 3, 3], 8 / 3, 3, 'outsource'],
    // Strategic on the edge: (4 + 4 + 1) / 3 = 3.00 high; operational (2 + 2 + 4) / 3 = 2.67 low → Partner.
    ['partner on the edge', [4, 4, 1, 2, 2, 4], 3, 8 / 3, 'partner'],
    // Both just under: (3 + 3 + 2) / 3 = 2.67 and (3 + 2 + 3) / 3 = 2.67 → Eliminate or automate.
    ['both just under', [3, 3, 2, 3, 2, 3], 8 / 3, 8 / 3, 'eliminate'],
    // Product design: (5 + 4 + 5) / 3 = 4.67 high; (2 + 1 + 3) / 3 = 2.00 low → Partner.
    ['product design', [5, 4, 5, 2, 1, 3], 14 / 3, 2, 'partner'],
  ] as const)('%s', (_, v, s, o, q) => {
    const r = classify('t1', 'Task', answers(...v));
    expect(r.strategic).toBeCloseTo(s, 12);
    expect(r.operational).toBeCloseTo(o, 12);
    expect(r.quadrant).toBe(q);
    expect(r.answered).toBe(6);
  });

  it('averages only the answered questions, and places a task once each axis has one', () => {
    // Strategic: only "apart" = 2 and "noticed" = 4 → (2 + 4) / 2 = 3.00, high. Operational: none.
    const partial = classify('t1', 'Task', { apart: 2, noticed: 4 });
    expect(partial.strategic).toBe(3);
    expect(partial.operational).toBeNull();
    expect(partial.quadrant).toBeNull();
    expect(partial.answered).toBe(2);
    // Adding "time" = 1 gives operational 1.00, low → Partner.
    expect(classify('t1', 'Task', { apart: 2, noticed: 4, time: 1 }).quadrant).toBe('partner');
  });

  it('labels the outsourcing quadrants strategic or tactical, and names all four as SPEC does', () => {
    expect(QUADRANTS.outsource.kind).toBe('Tactical outsourcing');
    expect(QUADRANTS.partner.kind).toBe('Strategic outsourcing');
    expect(QUADRANTS.retain.kind).toBeNull();
    expect([QUADRANTS.retain, QUADRANTS.partner, QUADRANTS.outsource, QUADRANTS.eliminate].map((q) => q.name)).toEqual([
      'Retain in-house',
      'Partner',
      'Outsource',
      'Eliminate or automate',
    ]);
  });

  it('counts tasks per quadrant and labels unnamed tasks by position', () => {
    const r = classifyAll([
      { id: 'a', name: 'Payroll', answers: answers(1, 3, 1, 4, 3, 3) },
      { id: 'b', name: '  ', answers: answers(5, 4, 5, 2, 1, 3) },
      { id: 'c', name: 'Bookkeeping', answers: answers(1, 2, 1, 4, 4, 3) },
      { id: 'd', name: 'Social media', answers: {} },
    ]);
    expect(r.tasks.map((t) => t.label)).toEqual(['Payroll', 'Task 2', 'Bookkeeping', 'Social media']);
    expect(r.counts).toEqual({ retain: 0, partner: 1, outsource: 2, eliminate: 0 });
    expect(countsText(r.counts)).toBe('3 tasks placed: 1 Partner, 2 Outsource.');
    expect(countsText(classifyAll([]).counts)).toBeNull();
  });

  it('adds only the examples not already listed', () => {
    expect(examplesToAdd([])).toEqual(EXAMPLE_TASKS);
    expect(examplesToAdd([' payroll ', 'IT SUPPORT', 'Marketing'])).toEqual([
      'Bookkeeping',
      'Customer support',
      'Social media',
      'Data entry',
    ]);
  });
});

describe('offers to the goals and scope canvas', () => {
  const state = {
    tasks: [
      { id: 'a', name: 'Payroll', answers: answers(1, 3, 1, 4, 3, 3) }, // Outsource
      { id: 'b', name: 'Product design', answers: answers(5, 4, 5, 2, 1, 3) }, // Partner
      { id: 'c', name: 'Recipes', answers: answers(5, 5, 5, 5, 4, 4) }, // Retain
      { id: 'd', name: '', answers: answers(1, 1, 1, 5, 5, 5) }, // Outsource, but unnamed
      { id: 'e', name: 'Filing', answers: answers(1, 1, 1, 1, 1, 1) }, // Eliminate
    ],
  };

  it('offers each named task in Outsource or Partner, with its quadrant in the label', () => {
    expect(classifierTool.offers!(state, { companions: {} })).toEqual([
      {
        id: 'task:a',
        kind: 'task:outsource',
        label: 'your task classifier (“Payroll” is in Outsource)',
        value: { name: 'Payroll' },
      },
      {
        id: 'task:b',
        kind: 'task:outsource',
        label: 'your task classifier (“Product design” is in Partner)',
        value: { name: 'Product design' },
      },
    ]);
  });

  it('summarises the placed tasks for the dashboard', () => {
    expect(classifierTool.summary!(state, { companions: {} })).toBe(
      '5 tasks placed: 1 Retain in-house, 1 Partner, 2 Outsource, 1 Eliminate or automate.',
    );
  });

  it('links guide sections that exist', () => {
    for (const q of Object.values(QUADRANTS)) {
      const file = `content/guides/${q.guide.slug}.mdx`;
      expect(existsSync(file), file).toBe(true);
      if (!q.guide.anchor) continue;
      const headings = [...readFileSync(file, 'utf8').matchAll(/^#{2,3} (.+)$/gm)].map((m) =>
        m[1]!
          .toLowerCase()
          .replace(/[^a-z0-9 -]/g, '')
          .replace(/ /g, '-'),
      );
      expect(headings, file).toContain(q.guide.anchor);
    }
  });
});

const score = fc.integer({ min: 1, max: 5 });
const someAnswers = fc.record(
  Object.fromEntries(QUESTION_IDS.map((id) => [id, score])) as Record<(typeof QUESTION_IDS)[number], typeof score>,
  { requiredKeys: [] },
);

describe('properties', () => {
  it('axis averages stay within 1–5 (or null when the axis is unanswered)', () => {
    fc.assert(
      fc.property(someAnswers, (a) => {
        for (const axis of ['strategic', 'operational'] as const) {
          const avg = axisAverage(a, axis);
          const any = QUESTIONS.some((q) => q.axis === axis && a[q.id] !== undefined);
          if (!any) return avg === null;
          if (avg === null || !(avg >= 1 && avg <= 5)) return false;
        }
        return true;
      }),
    );
  });

  it('the quadrant changes only when an average crosses 3.0', () => {
    const avg = fc.double({ min: 1, max: 5, noNaN: true });
    fc.assert(
      fc.property(avg, avg, avg, avg, (s1, o1, s2, o2) => {
        const crossed = s1 >= 3 !== s2 >= 3 || o1 >= 3 !== o2 >= 3;
        return (quadrantOf(s1, o1) !== quadrantOf(s2, o2)) === crossed;
      }),
    );
  });

  it('changing one answer moves a task only when its axis average crosses 3.0', () => {
    const full = fc.tuple(score, score, score, score, score, score);
    fc.assert(
      fc.property(full, fc.integer({ min: 0, max: 5 }), score, (v, i, to) => {
        const before = classify('t', 'T', answers(...v));
        const after = classify('t', 'T', { ...answers(...v), [QUESTION_IDS[i]!]: to });
        const crossed =
          before.strategic! >= 3 !== after.strategic! >= 3 || before.operational! >= 3 !== after.operational! >= 3;
        return (before.quadrant !== after.quadrant) === crossed;
      }),
    );
  });

  it('raising a strategic answer never moves a task from high to low strategic importance', () => {
    const full = fc.tuple(score, score, score, score, score, score);
    fc.assert(
      fc.property(full, fc.integer({ min: 0, max: 2 }), (v, i) => {
        const raised = [...v];
        raised[i] = Math.min(5, raised[i]! + 1);
        return axisAverage(answers(...raised), 'strategic')! >= axisAverage(answers(...v), 'strategic')!;
      }),
    );
  });
});

describe('the plan report', () => {
  it('lists each task’s quadrant and what to do with it', () => {
    const r = classifierReport({
      tasks: [
        { id: 'a', name: 'Payroll', answers: answers(1, 3, 1, 4, 3, 3) },
        { id: 'b', name: 'Filing', answers: answers(1, 1, 1, 1, 1, 1) },
        { id: 'c', name: 'Recipes', answers: { apart: 5 } },
      ],
    });
    expect(r).toEqual({
      rows: [
        ['Payroll', 'Outsource (tactical outsourcing): strategic 1.67, operational 3.33'],
        ['Filing', 'Eliminate or automate: strategic 1.00, operational 1.00'],
        ['Recipes', 'not placed (1 of 6 answered)'],
      ],
      actions: [
        'Write a brief for “Payroll” in the goals and scope canvas.',
        'Before outsourcing “Filing”, ask whether it needs doing at all, or whether software could do it.',
        'Answer the questions for “Recipes”.',
      ],
    });
  });
});
