/**
 * The relationship review's instance per engagement: periods, both sides' answers, the terms
 * checklist and the ideas log (rows of the table engine), with the actions views call
 * (`useTool(reviewFor)`). Messages of the two text fields live in the instance's `$errors`
 * (keys `period` and `idea`), cleared by the framework on replace.
 */
import { own } from '../framework/own';
import { toolFactory } from '../framework/instance';
import { addRow, removeRow, type RowRules } from '../framework/rows';
import { withAnswer, type Answer } from '../questionnaire-engine/model';
import { withItemAnswer, type ItemAnswer } from '../checklist-engine/model';
import { checkIdea, parsePeriod } from './model';
import { MAX_IDEAS, MAX_PERIODS, type ReviewState } from './state';
import reviewTool from './tool';

const EMPTY = { ours: {}, vendor: {}, terms: {} };

/** The ideas log's limits. */
export const IDEA_ROWS: RowRules = { min: 0, max: MAX_IDEAS, noun: 'ideas' };

/** The answers of one period (empty when none yet). */
export function periodData(s: ReviewState, period: string): ReviewState['periods'][string] {
  return own(s.periods, period) ?? EMPTY;
}

/** The tool in an engagement, with its actions. */
export const reviewFor = toolFactory(reviewTool, (t) => {
  const review = t.store;
  const fail = (key: 'period' | 'idea', message: string) => (t.$errors.setKey(key, message), false);
  return {
    /** Adds a period (or shows it when it exists); returns false with a message when the text is wrong. */
    addPeriod(text: string): boolean {
      const r = parsePeriod(text);
      const count = Object.keys(review.$state.get().periods).length;
      if (!r.ok) return fail('period', r.message);
      if (!(r.period.id in review.$state.get().periods) && count >= MAX_PERIODS)
        return fail('period', `You can keep at most ${MAX_PERIODS} periods`);
      t.$errors.setKey('period', undefined);
      review.update((s) => ({
        ...s,
        current: r.period.id,
        periods: { ...s.periods, [r.period.id]: periodData(s, r.period.id) },
      }));
      return true;
    },

    /** Shows another period. */
    choosePeriod(period: string): void {
      review.update((s) => (Object.hasOwn(s.periods, period) ? { ...s, current: period } : s));
    },

    /** Answers a review question for one side. */
    answerQuestion(period: string, side: 'ours' | 'vendor', question: string, value: Answer | undefined): void {
      review.update((s) => {
        const p = periodData(s, period);
        return { ...s, periods: { ...s.periods, [period]: { ...p, [side]: withAnswer(p[side], question, value) } } };
      });
    },

    /** Answers an item of the terms-revisit checklist. */
    answerTerm(period: string, item: string, change: Partial<ItemAnswer>): void {
      review.update((s) => {
        const p = periodData(s, period);
        return { ...s, periods: { ...s.periods, [period]: { ...p, terms: withItemAnswer(p.terms, item, change) } } };
      });
    },

    /** Adds an idea to the log; returns false with a message when the text is wrong. */
    addIdea(text: string, period: string, random = Math.random): boolean {
      const r = checkIdea(text);
      if (!r.ok) return fail('idea', r.message);
      const id = Math.floor(random() * 36 ** 8).toString(36);
      const added = addRow(review.$state.get().ideas, { id, text: r.text, period }, IDEA_ROWS);
      if (!added.ok) return fail('idea', `The log holds at most ${MAX_IDEAS} ideas`);
      t.$errors.setKey('idea', undefined);
      review.update((s) => ({ ...s, ideas: added.rows }));
      return true;
    },

    /** Removes an idea. */
    removeIdea(id: string): void {
      review.update((s) => {
        const r = removeRow(s.ideas, id, IDEA_ROWS);
        return r.ok ? { ...s, ideas: r.rows } : s;
      });
    },
  };
});
