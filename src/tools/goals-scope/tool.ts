/**
 * The goals and scope canvas's declaration: stored shape, guides, dashboard summary; what it
 * accepts — a task the classifier put in Outsource or Partner (as its "Task or function") and
 * the vendor scorecard's criteria and weights (for "how proposals will be judged") — and what
 * it offers: its success measures, to the pilot planner (and later the SLA builder).
 */
import { defineTool } from '../framework/define';
import { lazySchema } from '../framework/lazy-schema';
import { DEFAULT_JUDGING, missingParts, PARTS } from './model';
import type { CriteriaOffer, TaskOffer } from './schema';
import { initialGoals, MAX_BUDGET, MAX_JUDGING, MAX_LINE, MAX_NAME, type GoalsState } from './state';

/** The scorecard's criteria as stored here: cut to this shape's limits. */
const judgingOf = (v: CriteriaOffer) =>
  v.criteria.slice(0, MAX_JUDGING).map((c) => ({ name: c.name.trim().slice(0, MAX_NAME), share: c.share }));

const sameJudging = (a: GoalsState['judging'], b: GoalsState['judging']) =>
  a !== null &&
  b !== null &&
  a.length === b.length &&
  a.every((x, i) => x.name === b[i]!.name && Math.abs(x.share - b[i]!.share) < 1e-9);

const pct = (share: number) => `${Math.round(share * 1000) / 10} %`;

export default defineTool<GoalsState>({
  tool: 'goals-scope',
  title: 'Goals and scope canvas',
  version: 1,
  schema: lazySchema((s) => s.goalsScope.schema),
  initial: initialGoals,
  describe: (path) =>
    path[0] === 'budget'
      ? { label: 'Budget per month', min: 0, max: MAX_BUDGET }
      : path[0] === 'judging' && path[2] === 'share'
        ? { label: `Weight of judging criterion ${Number(path[1]) + 1}`, min: 0, max: 1 }
        : undefined,
  guides: ['goals-and-scope', 'why-outsource', 'which-tasks-to-outsource', 'evaluating-vendors'],
  summary(state) {
    if (JSON.stringify(state) === JSON.stringify(initialGoals())) return null;
    const done = PARTS.length - missingParts(state).length;
    const task = state.task.trim();
    return `${task ? `Brief for “${task}”` : 'Brief'}: ${done} of ${PARTS.length} parts filled in.`;
  },
  offers(state) {
    const measures = state.measures
      .filter((m) => m.name.trim())
      .map((m) => ({ name: m.name.trim(), baseline: m.baseline.trim(), target: m.target.trim(), how: m.how.trim() }));
    return measures.length
      ? [{ id: 'measures', kind: 'success-measures', label: 'your goals and scope canvas', value: { measures } }]
      : [];
  },
  accepts: [
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
  ],
});
