import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { questionnaireSchema } from '../../schemas/questionnaire';
import { checklistSchema } from '../../schemas/checklist';
import type { Answers, QuestionnaireData } from '../questionnaire-engine/model';
import { checkIdea, parsePeriod, periodLabel, sortPeriods, trend } from './model';
import { schema as reviewSchema } from './schema';

const read = (f: string) => JSON.parse(readFileSync(f, 'utf8'));
const data: QuestionnaireData = {
  ...questionnaireSchema.parse(read('content/questionnaires/relationship-review.json')),
  id: 'relationship-review',
};

describe('periods', () => {
  it.each([
    ['2026 Q3', '2026-q3', '2026 Q3'],
    ['2026-q3', '2026-q3', '2026 Q3'],
    [' q1 2027 ', '2027-q1', '2027 Q1'],
    ['Q4/2025', '2025-q4', '2025 Q4'],
    ['2026Q2', '2026-q2', '2026 Q2'],
  ])('%j is period %s', (text, id, label) => {
    expect(parsePeriod(text)).toEqual({ ok: true, period: { id, label } });
    expect(periodLabel(id)).toBe(label);
  });

  it.each([
    ['', 'Enter a review period, like 2026 Q3'],
    ['2026 Q5', 'Enter the period as a year and quarter, like 2026 Q3'],
    ['summer', 'Enter the period as a year and quarter, like 2026 Q3'],
    ['1999 Q1', 'The year must be between 2000 and 2100'],
  ])('%j is refused: %s', (text, message) => {
    expect(parsePeriod(text)).toEqual({ ok: false, message });
  });

  it('sorts in time order and drops duplicates', () => {
    expect(sortPeriods(['2026-q3', '2025-q4', '2026-q1', '2026-q3'])).toEqual(['2025-q4', '2026-q1', '2026-q3']);
  });

  it('any valid year and quarter round-trips (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 2000, max: 2100 }), fc.integer({ min: 1, max: 4 }), (y, q) => {
        const r = parsePeriod(`${y} Q${q}`);
        expect(r.ok && r.period.id).toBe(`${y}-q${q}`);
        expect(reviewSchema.safeParse({ current: `${y}-q${q}`, periods: {}, ideas: [] }).success).toBe(true);
      }),
    );
  });
});

describe('trend', () => {
  // Weights: quality 2, targets 2, communication 1, issues 1, improvement 1, value 1 (sum 8).
  const answers: Record<string, { ours: Answers; vendor: Answers }> = {
    // ours: (2×4 + 2×4 + 3 + 3 + 2 + 4) / 8 = 28 / 8 = 3.5; vendor: nothing.
    '2026-q3': { ours: { quality: 4, targets: 4, communication: 3, issues: 3, improvement: 2, value: 4 }, vendor: {} },
    // ours: (2×5 + 2×4) / 4 = 18 / 4 = 4.5; vendor: (1×4) / 1 = 4.
    '2026-q2': { ours: { quality: 5, targets: 4 }, vendor: { value: 4 } },
  };
  it('gives each side’s weighted mean per period, in time order', () => {
    expect(trend(data, Object.keys(answers), (p, s) => answers[p]![s])).toEqual([
      { period: '2026-q2', ours: 4.5, vendor: 4 },
      { period: '2026-q3', ours: 3.5, vendor: null },
    ]);
  });
});

describe('ideas', () => {
  it.each([
    ['  Automate the weekly report ', { ok: true, text: 'Automate the weekly report' }],
    ['   ', { ok: false, message: 'Write the idea before adding it' }],
    ['x'.repeat(501), { ok: false, message: 'Keep the idea to 500 characters or fewer' }],
  ])('%j', (text, expected) => {
    expect(checkIdea(text)).toEqual(expected);
  });
});

describe('data files', () => {
  it('the review questions are 1–5 scales scored by the mean', () => {
    expect(data.scoring).toBe('mean');
    expect(data.questions.every((q) => q.type === 'scale')).toBe(true);
  });
  it('the terms-revisit checklist is valid', () => {
    expect(checklistSchema.safeParse(read('content/checklists/terms-revisit.json')).success).toBe(true);
  });
});
