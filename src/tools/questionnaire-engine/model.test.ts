import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { questionnaireSchema } from '../../schemas/questionnaire';
import { schema as questionnaireStateSchema } from './schema';
import {
  bandFor,
  provisionalText,
  pruneAnswers,
  recommendations,
  score,
  toMarkdown,
  type Answers,
  type QuestionnaireData,
} from './model';

const yesno = (id: string, weight = 1) => ({
  id,
  text: `Question ${id}?`,
  why: 'Because it matters.',
  type: 'yesno',
  weight,
});
const bands = [
  { id: 'ready', min: 80, label: 'Ready', text: 'You are ready to go.' },
  { id: 'nearly', min: 60, label: 'Nearly ready', text: 'A few gaps remain.' },
  { id: 'not', min: 0, label: 'Not ready', text: 'Several gaps remain.' },
];
const parse = (raw: object): QuestionnaireData => ({ ...questionnaireSchema.parse(raw), id: 'q' });
const base = { tool: 'readiness', title: 'Readiness', summary: 'A test questionnaire.', scoring: 'percent-yes', bands };
const readiness = parse({ ...base, questions: ['a', 'b', 'c', 'd', 'e'].map((id) => yesno(id)) });

describe('questionnaire schema', () => {
  it.each([
    ['a duplicate id', { ...base, questions: [yesno('a'), yesno('a')] }, /duplicate question id "a"/],
    [
      'bands out of order',
      { ...base, questions: [yesno('a')], bands: [bands[1], bands[0], bands[2]] },
      /highest minimum/,
    ],
    [
      'no band for low scores',
      { ...base, questions: [yesno('a')], bands: bands.slice(0, 2) },
      /lowest band must start at 0/,
    ],
    [
      'a scale without end labels',
      { ...base, scoring: 'mean', questions: [{ ...yesno('a'), type: 'scale' }], bands: [{ ...bands[2], min: 1 }] },
      /needs "low" and "high"/,
    ],
    ['a negative weight', { ...base, questions: [yesno('a', -1)] }, /questions\.0\.weight/],
  ])('rejects %s with a clear error', (_, bad, message) => {
    const r = questionnaireSchema.safeParse(bad);
    expect(r.success).toBe(false);
    if (!r.success) expect(r.error.issues.map((i) => `${i.path.join('.')} ${i.message}`).join('; ')).toMatch(message);
  });
});

describe('percent-yes scoring and bands', () => {
  it.each<[string, Answers, number | null, string | null, number]>([
    // 4 Yes of 5 answered: 4 × 100 / 5 = 80 % → Ready (edge).
    ['80 % is ready', { a: 'yes', b: 'yes', c: 'yes', d: 'yes', e: 'no' }, 80, 'ready', 0],
    // 3 Yes of 5: 60 % → Nearly ready (edge).
    ['60 % is nearly ready', { a: 'yes', b: 'yes', c: 'yes', d: 'no', e: 'no' }, 60, 'nearly', 0],
    // 2 Yes of 4 answered (e unanswered, not counted): 50 % → Not ready.
    ['unanswered do not count', { a: 'yes', b: 'yes', c: 'no', d: 'no' }, 50, 'not', 1],
    // Nothing answered: no score, no band, 5 of 5 unanswered.
    ['nothing answered', {}, null, null, 5],
  ])('%s', (_, answers, pct, band, unanswered) => {
    const r = score(readiness, answers);
    expect(r.score).toBe(pct);
    expect(r.band?.id ?? null).toBe(band);
    expect(r.unanswered).toBe(unanswered);
  });

  it.each([
    [59.9, 'not'],
    [60, 'nearly'],
    [79.9, 'nearly'],
    [79.99999, 'nearly'],
    [80, 'ready'],
    [100, 'ready'],
    [0, 'not'],
  ])('a score of %d %% falls in band %s', (s, band) => {
    expect(bandFor(readiness.bands, s)?.id).toBe(band);
  });

  it('weights count: Yes on a weight-3 question of weights 3+1+1 is 3 × 100 / 5 = 60 %', () => {
    const q = parse({ ...base, questions: [yesno('a', 3), yesno('b'), yesno('c')] });
    expect(score(q, { a: 'yes', b: 'no', c: 'no' }).score).toBe(60);
  });

  it('12 of 15 is exactly 80 % (no floating-point slip below the band)', () => {
    const q = parse({ ...base, questions: Array.from({ length: 15 }, (_, i) => yesno(`q${i}`)) });
    const answers = Object.fromEntries(q.questions.map((x, i) => [x.id, i < 12 ? 'yes' : 'no'])) as Answers;
    expect(score(q, answers).band?.id).toBe('ready');
  });

  it('every "No" becomes a recommendation, in question order', () => {
    expect(recommendations(readiness, { e: 'no', a: 'no', b: 'yes' }).map((r) => r.question.id)).toEqual(['a', 'e']);
  });

  it('score stays within 0–100 and every score has a band (property)', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.constantFrom('a', 'b', 'c', 'd', 'e', 'x'), fc.constantFrom('yes', 'no')), (a) => {
        const r = score(readiness, a as Answers);
        expect(r.answered + r.unanswered).toBe(5);
        if (r.score !== null) {
          expect(r.score).toBeGreaterThanOrEqual(0);
          expect(r.score).toBeLessThanOrEqual(100);
          expect(r.band).not.toBeNull();
        }
      }),
    );
  });
});

describe('mean scoring', () => {
  const scale = (id: string, weight = 1) => ({ ...yesno(id, weight), type: 'scale', low: 'Poor', high: 'Great' });
  const fit = parse({
    ...base,
    tool: 'cultural-fit',
    scoring: 'mean',
    questions: [scale('hours', 2), scale('language'), scale('style')],
    bands: [
      { id: 'good', min: 4, label: 'Good fit', text: 'Little to worry about.' },
      { id: 'workable', min: 3, label: 'Workable', text: 'Plan for the gaps.' },
      { id: 'poor', min: 1, label: 'Poor fit', text: 'Expect friction.' },
    ],
  });

  it.each<[string, Answers, number | null, string | null]>([
    // (2×5 + 1×3 + 1×4) / (2+1+1) = 17 / 4 = 4.25 → Good fit.
    ['weighted mean', { hours: 5, language: 3, style: 4 }, 4.25, 'good'],
    // (1×3 + 1×2) / 2 = 2.5; hours unanswered → Poor fit.
    ['unanswered left out', { language: 3, style: 2 }, 2.5, 'poor'],
    // (2×3 + 1×3) / 3 = 3 → Workable (edge).
    ['edge at 3', { hours: 3, language: 3 }, 3, 'workable'],
    ['nothing answered', {}, null, null],
  ])('%s', (_, answers, mean, band) => {
    const r = score(fit, answers);
    expect(r.score).toBe(mean);
    expect(r.band?.id ?? null).toBe(band);
  });

  it('answers of 1–2 become recommendations', () => {
    expect(recommendations(fit, { hours: 2, language: 3, style: 1 }).map((r) => r.question.id)).toEqual([
      'hours',
      'style',
    ]);
  });

  it('the mean stays between 1 and 5 (property)', () => {
    const v = fc.constantFrom(1, 2, 3, 4, 5) as fc.Arbitrary<1 | 2 | 3 | 4 | 5>;
    fc.assert(
      fc.property(fc.record({ hours: v, language: v, style: v }, { requiredKeys: [] }), (a) => {
        const s = score(fit, a).score;
        if (s !== null) expect(s >= 1 && s <= 5).toBe(true);
      }),
    );
  });
});

describe('answers are keyed by stable ids', () => {
  const answers: Answers = { a: 'yes', b: 'no', c: 'yes' };

  it('editing a question’s text keeps its answer and the score', () => {
    const edited = structuredClone(readiness);
    edited.questions[1]!.text = 'A completely reworded question?';
    expect(score(edited, answers)).toEqual(score(readiness, answers));
  });

  it('removing a question drops only its answer; answers of the wrong type are ignored', () => {
    const edited = { ...readiness, questions: readiness.questions.filter((q) => q.id !== 'b') };
    expect(pruneAnswers(edited, answers)).toEqual({ a: 'yes', c: 'yes' });
    // a and c Yes, of 2 answered → 100 %.
    expect(score(edited, answers).score).toBe(100);
    expect(pruneAnswers(readiness, { a: 3 } as Answers)).toEqual({});
  });

  it('the stored state accepts only Yes/No and 1–5', () => {
    const ok = { vendor: null, answers: { all: { a: 'yes', b: 5 } } };
    expect(questionnaireStateSchema.safeParse(ok).success).toBe(true);
    expect(questionnaireStateSchema.safeParse({ ...ok, answers: { all: { a: 6 } } }).success).toBe(false);
    expect(questionnaireStateSchema.safeParse({ ...ok, answers: { all: { a: 'maybe' } } }).success).toBe(false);
  });
});

describe('the readiness data file', () => {
  const file = parse(JSON.parse(readFileSync('content/questionnaires/readiness.json', 'utf8')));
  const mistakes = (JSON.parse(readFileSync('content/mistakes.json', 'utf8')) as { id: string }[]).map((m) => m.id);

  it('has at least 12 Yes/No questions covering all ten common mistakes', () => {
    expect(file.questions.length).toBeGreaterThanOrEqual(12);
    expect(file.questions.every((q) => q.type === 'yesno')).toBe(true);
    expect(new Set(file.questions.flatMap((q) => q.mistakes))).toEqual(new Set(mistakes));
  });

  it('uses the bands of the SPEC: ≥ 80 ready, 60–79 nearly ready, < 60 not ready', () => {
    expect(file.bands.map((b) => b.min)).toEqual([80, 60, 0]);
    expect([59.9, 60, 79.9, 80].map((s) => bandFor(file.bands, s)?.label)).toEqual([
      'Not ready yet',
      'Nearly ready',
      'Nearly ready',
      'Ready',
    ]);
  });
});

describe('Markdown report', () => {
  const withGuide = parse({
    ...base,
    questions: [
      yesno('a'),
      { ...yesno('b'), text: 'Do you have  a\nwritten brief?', guide: 'goals-and-scope', advice: 'Write one first.' },
      yesno('c'),
    ],
  });
  const options = { guides: { 'goals-and-scope': 'Goals and scope' }, origin: 'https://example.org' };

  it('gives the score, the advice for each No with an absolute guide link, and every answer', () => {
    const md = toMarkdown(withGuide, { a: 'yes', b: 'no' }, { ...options, shownScore: '50%', subject: 'Acme' });
    expect(md.split('\n')).toEqual([
      '# Readiness — Acme',
      '',
      'A test questionnaire.',
      '',
      '**Score: 50% — Not ready.** Several gaps remain.',
      '',
      '1 of 3 unanswered; unanswered questions are not counted in the score.',
      '',
      '## What to do next (1)',
      '',
      '- **Do you have a written brief?** No. Write one first. Guide: [Goals and scope](https://example.org/guides/goals-and-scope/).',
      '',
      '## Answers',
      '',
      '1. Question a? — **Yes**',
      '2. Do you have a written brief? — **No**',
      '3. Question c? — **Not answered**',
      '',
    ]);
  });

  it('says there is no score while nothing is answered', () => {
    const md = toMarkdown(withGuide, {}, { ...options, shownScore: null });
    expect(md).toContain('No question answered yet, so there is no score.');
    expect(md).not.toContain('## What to do next');
    expect(md).toContain('3. Question c? — **Not answered**');
  });
});

describe('a score on too few answers is marked provisional', () => {
  const fourteen = parse({ ...base, questions: Array.from({ length: 14 }, (_, i) => yesno(`q${i}`)) });
  const answered = (n: number): Answers => Object.fromEntries(Array.from({ length: n }, (_, i) => [`q${i}`, 'yes']));

  it('below half answered (6 of 14) the score is provisional; from half (7 of 14) it is not', () => {
    expect(provisionalText(score(fourteen, answered(1)))).toBe(
      'Provisional: based on 1 of 14 questions. Answer at least half for a result you can rely on.',
    );
    expect(provisionalText(score(fourteen, answered(6)))).toContain('based on 6 of 14');
    expect(provisionalText(score(fourteen, answered(7)))).toBeNull();
  });

  it('with nothing answered there is no score, so nothing to qualify', () => {
    expect(provisionalText(score(fourteen, {}))).toBeNull();
  });
});
