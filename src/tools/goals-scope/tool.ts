/**
 * The goals and scope canvas's declaration: stored shape, guides, dashboard summary; what it
 * accepts — a task the classifier put in Outsource or Partner (as its "Task or function") and
 * the vendor scorecard's criteria and weights (for "how proposals will be judged"), their code
 * in accepts.ts, loaded on demand — and what it offers: its success measures, to the pilot
 * planner (and later the SLA builder).
 */
import { defineTool } from '../framework/define';
import { lazySchema } from '../framework/lazy-schema';
import { missingParts, PARTS } from './model';
import { initialGoals, MAX_BUDGET, type GoalsState } from './state';

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
  accepts: {
    kinds: ['task:outsource', 'criteria:scorecard'],
    load: () => import('./accepts').then((m) => m.accepts),
  },
});
