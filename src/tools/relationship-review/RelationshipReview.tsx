/**
 * The relationship review: pick a quarter, score it from our side and (optionally) the
 * vendor's, revisit the terms, log ideas, and follow the trend. Questions and checklist
 * come from data files (content/questionnaires/relationship-review.json and
 * content/checklists/terms-revisit.json) through the shared engines' views and models.
 */
import { ToolShell } from '../ui/ToolShell';
import { useHydratedStore, useSettings, useStoreNow, useTool } from '../ui/hooks';
import type { QuestionnaireData } from '../questionnaire-engine/model';
import type { ChecklistData } from '../checklist-engine/model';
import { periodData, reviewFor } from './store';
import { initialReview } from './state';
import { trend } from './model';
import { PeriodPicker } from './PeriodPicker';
import { IdeasLog } from './IdeasLog';
import { schemasReady } from '../framework/boot';
import { deferred } from '../ui/deferred';

// The period's questions and checklist, and the trend chart, load when they are needed
// (deferred.tsx); a returning visitor's data is read with its schema: the island waits for
// all three before it renders.
const parts = Promise.all([
  deferred(() => import('./ReviewPeriod').then((m) => m.ReviewPeriod)),
  deferred(() => import('./ReviewTrend').then((m) => m.ReviewTrend), { chart: true }),
]);
await schemasReady();
const [ReviewPeriod, ReviewTrend] = await parts;

export interface Props {
  data: QuestionnaireData;
  terms: ChecklistData;
  guides: Record<string, string>;
  tools: Record<string, string>;
}

export default function RelationshipReview({ data, terms, guides, tools }: Props) {
  const rr = useTool(reviewFor);
  const state = useHydratedStore(rr.store.$state, initialReview());
  const errors = useStoreNow(rr.$errors);
  const { locale } = useSettings();
  const periods = Object.keys(state.periods);
  const current = state.current && state.current in state.periods ? state.current : null;
  return (
    <ToolShell tool={rr} content={data}>
      <div class="rr">
        <PeriodPicker periods={periods} current={current} error={errors.period} />
        <ReviewPeriod data={data} terms={terms} guides={guides} tools={tools} />
        <IdeasLog ideas={state.ideas} current={current} error={errors.idea} />
        <ReviewTrend points={trend(data, periods, (id, s) => periodData(state, id)[s])} locale={locale} />
      </div>
    </ToolShell>
  );
}
