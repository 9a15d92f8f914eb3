/**
 * Store of the relationship review: periods, both sides' answers, the terms checklist and
 * the ideas log. Views call these actions; only this module changes state.
 */
import { atom } from 'nanostores';
import { createToolStore } from '../framework/tool-store';
import { withAnswer, type Answer } from '../questionnaire-engine/model';
import { withItemAnswer, type ItemAnswer } from '../checklist-engine/model';
import { checkIdea, parsePeriod } from './model';
import { MAX_IDEAS, MAX_PERIODS, reviewDef, type ReviewState } from './state';

/** The persisted state. */
export const review = createToolStore(reviewDef);

/** Messages for the two text fields (not persisted). */
export const $errors = atom<{ period?: string; idea?: string }>({});

const EMPTY = { ours: {}, vendor: {}, terms: {} };

/** The answers of one period (empty when none yet). */
export function periodData(s: ReviewState, period: string): ReviewState['periods'][string] {
  return s.periods[period] ?? EMPTY;
}

/** Adds a period (or shows it when it exists); returns false with a message when the text is wrong. */
export function addPeriod(text: string): boolean {
  const r = parsePeriod(text);
  const count = Object.keys(review.$state.get().periods).length;
  if (!r.ok) return ($errors.set({ ...$errors.get(), period: r.message }), false);
  if (!(r.period.id in review.$state.get().periods) && count >= MAX_PERIODS)
    return ($errors.set({ ...$errors.get(), period: `You can keep at most ${MAX_PERIODS} periods` }), false);
  $errors.set({ ...$errors.get(), period: undefined });
  review.update((s) => ({
    ...s,
    current: r.period.id,
    periods: { ...s.periods, [r.period.id]: periodData(s, r.period.id) },
  }));
  return true;
}

/** Shows another period. */
export function choosePeriod(period: string): void {
  review.update((s) => (period in s.periods ? { ...s, current: period } : s));
}

/** Answers a review question for one side. */
export function answerQuestion(
  period: string,
  side: 'ours' | 'vendor',
  question: string,
  value: Answer | undefined,
): void {
  review.update((s) => {
    const p = periodData(s, period);
    return { ...s, periods: { ...s.periods, [period]: { ...p, [side]: withAnswer(p[side], question, value) } } };
  });
}

/** Answers an item of the terms-revisit checklist. */
export function answerTerm(period: string, item: string, change: Partial<ItemAnswer>): void {
  review.update((s) => {
    const p = periodData(s, period);
    return { ...s, periods: { ...s.periods, [period]: { ...p, terms: withItemAnswer(p.terms, item, change) } } };
  });
}

/** Adds an idea to the log; returns false with a message when the text is wrong. */
export function addIdea(text: string, period: string, random = Math.random): boolean {
  const r = checkIdea(text);
  if (!r.ok) return ($errors.set({ ...$errors.get(), idea: r.message }), false);
  if (review.$state.get().ideas.length >= MAX_IDEAS)
    return ($errors.set({ ...$errors.get(), idea: `The log holds at most ${MAX_IDEAS} ideas` }), false);
  $errors.set({ ...$errors.get(), idea: undefined });
  const id = Math.floor(random() * 36 ** 8).toString(36);
  review.update((s) => ({ ...s, ideas: [...s.ideas, { id, text: r.text, period }] }));
  return true;
}

/** Removes an idea. */
export function removeIdea(id: string): void {
  review.update((s) => ({ ...s, ideas: s.ideas.filter((i) => i.id !== id) }));
}

/** Clears field messages after the whole state was replaced. */
export function clearErrors(): void {
  $errors.set({});
}
