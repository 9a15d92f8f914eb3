/**
 * The questionnaire engine's pure model: scoring, result bands, unanswered questions and
 * recommendations. Answers are keyed by the questions' stable ids; answers to questions
 * that no longer exist are ignored, and unanswered questions never count.
 *
 * - `percent-yes`: score % = Σ weight of "Yes" ÷ Σ weight of answered questions × 100.
 * - `mean`: score = Σ (weight × answer 1–5) ÷ Σ weight of answered questions.
 */
import { own } from '../framework/own';
import type { Questionnaire } from '../../schemas/questionnaire';
import { oneLine } from '../framework/text';

/** A questionnaire as the engine receives it (the parsed data file, plus its file name as id). */
export type QuestionnaireData = Questionnaire & { id: string };
/** One question. */
export type Question = QuestionnaireData['questions'][number];
/** One result band. */
export type Band = QuestionnaireData['bands'][number];
/** An answer: "yes"/"no" for yes/no questions, 1–5 for scales. */
export type Answer = 'yes' | 'no' | 1 | 2 | 3 | 4 | 5;
/** Answers of one scope (the whole engagement, one vendor or one period), by question id. */
export type Answers = Record<string, Answer>;

/** Tolerance for comparing a score with a band's minimum (79.99999999 is not 80). */
const EPSILON = 1e-9;

/** True when `answer` fits the question's type. */
export function fits(q: Question, answer: Answer | undefined): answer is Answer {
  if (answer === undefined) return false;
  return q.type === 'yesno' ? answer === 'yes' || answer === 'no' : typeof answer === 'number';
}

/** The score and what it means. `score` is null while nothing is answered. */
export interface QuestionnaireResult {
  score: number | null;
  band: Band | null;
  answered: number;
  unanswered: number;
  total: number;
}

/** The band for a score: the first (highest) band whose minimum the score reaches. */
export function bandFor(bands: readonly Band[], score: number): Band | null {
  return bands.find((b) => score + EPSILON >= b.min) ?? null;
}

/** Scores the answered questions; unanswered ones are counted but not scored. */
export function score(data: QuestionnaireData, answers: Answers): QuestionnaireResult {
  let weight = 0;
  let points = 0;
  let answered = 0;
  for (const q of data.questions) {
    const a = own(answers, q.id);
    if (!fits(q, a)) continue;
    answered++;
    weight += q.weight;
    if (data.scoring === 'percent-yes') points += a === 'yes' ? q.weight * 100 : 0;
    else points += q.weight * (typeof a === 'number' ? a : a === 'yes' ? 5 : 1);
  }
  const total = data.questions.length;
  const s = weight > 0 ? points / weight : null;
  return { score: s, band: s === null ? null : bandFor(data.bands, s), answered, unanswered: total - answered, total };
}

/** A weak answer ("No", or 1–2 on a scale) and what to do about it. */
export interface Recommendation {
  question: Question;
  answer: Answer;
}

/** Weak answers in question order: each becomes a recommendation with its guide and tool. */
export function recommendations(data: QuestionnaireData, answers: Answers): Recommendation[] {
  return data.questions.flatMap((q) => {
    const a = own(answers, q.id);
    if (!fits(q, a)) return [];
    const weak = a === 'no' || (typeof a === 'number' && a <= 2);
    return weak ? [{ question: q, answer: a }] : [];
  });
}

/** The answers with one question answered, or its answer removed when `value` is undefined. */
export function withAnswer(answers: Answers, id: string, value: Answer | undefined): Answers {
  const next = { ...answers };
  if (value === undefined) delete next[id];
  else next[id] = value;
  return next;
}

/** Keeps only answers to questions that exist and fit their type. */
export function pruneAnswers(data: QuestionnaireData, answers: Answers): Answers {
  return Object.fromEntries(
    data.questions.flatMap((q) => (fits(q, own(answers, q.id)) ? [[q.id, own(answers, q.id)!]] : [])),
  );
}

/**
 * A caution while fewer than half of the questions are answered, when a score exists but rests
 * on too little (one "Yes" alone scores 100 %); null otherwise.
 */
export function provisionalText(r: QuestionnaireResult): string | null {
  if (r.score === null || r.answered * 2 >= r.total) return null;
  return `Provisional: based on ${r.answered} of ${r.total} questions. Answer at least half for a result you can rely on.`;
}

/** "3 of 14 unanswered", or null when all are answered. */
export function unansweredText(r: QuestionnaireResult): string | null {
  return r.unanswered === 0 ? null : `${r.unanswered} of ${r.total} unanswered`;
}

/** What a Markdown report needs besides the answers: formatting and links from the page. */
export interface ReportOptions {
  /** The score as shown on the page (locale-formatted), or null while nothing is answered. */
  shownScore: string | null;
  /** Vendor or period the answers belong to. */
  subject?: string;
  /** Guide slug → title, and the site origin for absolute links (the file leaves the site). */
  guides: Record<string, string>;
  origin: string;
}

/** How an answer reads in a report. */
export function answerText(q: Question, a: Answer | undefined): string {
  if (!fits(q, a)) return 'Not answered';
  if (typeof a === 'number') return `${a} of 5`;
  return a === 'yes' ? 'Yes' : 'No';
}

/**
 * A Markdown report: the score and band, what to do next (one point per weak answer, with
 * its guide), then every question with its answer. Unanswered questions are listed as such.
 */
export function toMarkdown(data: QuestionnaireData, answers: Answers, o: ReportOptions): string {
  const r = score(data, answers);
  const out = [`# ${data.title}${o.subject ? ` — ${oneLine(o.subject)}` : ''}`, '', oneLine(data.summary), ''];
  if (o.shownScore === null || !r.band) out.push('No question answered yet, so there is no score.', '');
  else out.push(`**Score: ${o.shownScore} — ${r.band.label}.** ${oneLine(r.band.text)}`, '');
  const provisional = provisionalText(r);
  if (provisional) out.push(`_${provisional}_`, '');
  const unanswered = unansweredText(r);
  if (unanswered) out.push(`${unanswered}; unanswered questions are not counted in the score.`, '');
  const link = (slug: string | undefined) =>
    slug && o.guides[slug] ? ` Guide: [${o.guides[slug]}](${o.origin}/guides/${slug}/).` : '';
  const recs = recommendations(data, answers);
  if (recs.length) {
    out.push(`## What to do next (${recs.length})`, '');
    for (const { question: q, answer } of recs)
      out.push(`- **${oneLine(q.text)}** ${answerText(q, answer)}. ${oneLine(q.advice ?? q.why)}${link(q.guide)}`);
    out.push('');
  }
  out.push('## Answers', '');
  data.questions.forEach((q, i) => out.push(`${i + 1}. ${oneLine(q.text)} — **${answerText(q, own(answers, q.id))}**`));
  out.push('');
  return out.join('\n');
}

/** One line for the dashboard: the score and band of a scope's answers, or null before any answer. */
export function summaryLine(data: QuestionnaireData, answers: Answers, subject?: string): string | null {
  const r = score(data, answers);
  if (r.answered === 0 || r.score === null) return null;
  const shown = data.scoring === 'percent-yes' ? `${Math.round(r.score)} %` : `${r.score.toFixed(1)} of 5`;
  // Fewer than half the answers: the score is provisional, as the tool itself says.
  const provisional = r.answered * 2 < r.total ? 'provisional, ' : '';
  return `${subject ? `${subject}: ` : ''}${shown}${r.band ? ` — ${r.band.label}` : ''} (${provisional}${r.answered} of ${r.total} answered).`;
}

/** A questionnaire's part of the plan report: score and band, weak answers as actions (per scope). */
export function reportSection(
  data: QuestionnaireData,
  scopes: [label: string, answers: Answers][],
): { rows: [string, string][]; actions: string[] } {
  const rows: [string, string][] = [];
  const actions: string[] = [];
  for (const [label, answers] of scopes) {
    const r = score(data, answers);
    if (r.answered === 0 || r.score === null) continue;
    const shown = data.scoring === 'percent-yes' ? `${Math.round(r.score)} %` : `${r.score.toFixed(1)} of 5`;
    rows.push([label, `${shown}${r.band ? ` — ${r.band.label}` : ''}, ${r.answered} of ${r.total} answered`]);
    for (const rec of recommendations(data, answers))
      actions.push(`${label === 'Score' ? '' : `${label}: `}${rec.question.advice ?? rec.question.text}`);
  }
  return { rows, actions };
}
