/**
 * The offers the goals and scope canvas takes: a task the classifier put in Outsource or
 * Partner (as its "Task or function") and the vendor scorecard's criteria and weights (for
 * "how proposals will be judged"). Loaded only when one of them is to be shown (tool.ts).
 */
import type { Accept } from '../framework/offers';
import { lazySchema } from '../framework/lazy-schema';
import { DEFAULT_JUDGING } from './model';
import type { CriteriaOffer, TaskOffer } from './schema';
import { MAX_JUDGING, MAX_LINE, MAX_NAME, type GoalsState } from './state';

/** The scorecard's criteria as stored here: cut to this shape's limits. */
const judgingOf = (v: CriteriaOffer) =>
  v.criteria.slice(0, MAX_JUDGING).map((c) => ({ name: c.name.trim().slice(0, MAX_NAME), share: c.share }));

const sameJudging = (a: GoalsState['judging'], b: GoalsState['judging']) =>
  a !== null &&
  b !== null &&
  a.length === b.length &&
  a.every((x, i) => x.name === b[i]!.name && Math.abs(x.share - b[i]!.share) < 1e-9);

const pct = (share: number) => `${Math.round(share * 1000) / 10} %`;

export const accepts: Accept<GoalsState>[] = [
  {
    kind: 'task:outsource',
    schema: lazySchema((s) => s.goalsScope.taskOffer),
    question: (v: TaskOffer, offer, state) => {
      const now = state.task.trim();
      return `Use “${v.name.trim()}” from ${offer.label} as the task or function${now ? `, instead of “${now}”` : ''}?`;
    },
    isApplied: (v: TaskOffer, state) => state.task.trim() === v.name.trim().slice(0, MAX_LINE),
    apply: (v: TaskOffer, state) => ({ ...state, task: v.name.trim().slice(0, MAX_LINE) }),
  },
  {
    kind: 'criteria:scorecard',
    schema: lazySchema((s) => s.goalsScope.criteriaOffer),
    question: (v: CriteriaOffer, offer) =>
      `Judge proposals by the criteria and weights of ${offer.label}: ${judgingOf(v)
        .map((c) => `${c.name} ${pct(c.share)}`)
        .join(', ')}?`,
    // The scorecard's untouched defaults change nothing: the request uses them already.
    isApplied: (v: CriteriaOffer, state) => sameJudging(state.judging ?? [...DEFAULT_JUDGING], judgingOf(v)),
    apply: (v: CriteriaOffer, state) => ({ ...state, judging: judgingOf(v) }),
  },
];
