/** The relationship review's declaration: stored shape, guides and dashboard summary. */
import { defineTool } from '../framework/define';
import { lazySchema } from '../framework/lazy-schema';
import { score, type QuestionnaireData } from '../questionnaire-engine/model';
import { initialReview, type ReviewState } from './state';
import { periodLabel, sortPeriods } from './model';

export default defineTool<ReviewState>({
  tool: 'relationship-review',
  title: 'Relationship review',
  version: 1,
  schema: lazySchema((s) => s.relationshipReview.schema),
  initial: initialReview,
  guides: ['long-term-partnership', 'monitoring-performance'],
  summary(state, ctx) {
    const latest = sortPeriods(Object.keys(state.periods)).at(-1);
    if (!latest) return null;
    const data = ctx.content as QuestionnaireData | undefined;
    const s = data ? score(data, state.periods[latest]!.ours).score : null;
    return `Latest review ${periodLabel(latest)}${s === null ? '' : `: ${s.toFixed(1)} of 5 from our side`}.`;
  },
});
