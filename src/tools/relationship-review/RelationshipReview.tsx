/**
 * The relationship review: pick a quarter, score it from our side and (optionally) the
 * vendor's, revisit the terms, log ideas, and follow the trend. Questions and checklist
 * come from data files (content/questionnaires/relationship-review.json and
 * content/checklists/terms-revisit.json) through the shared engines' views and models.
 */
import { own } from '../framework/own';
import { ToolShell } from '../ui/ToolShell';
import { useHydratedStore, useSettings, useStoreNow, useTool } from '../ui/hooks';
import { QuestionView } from '../questionnaire-engine/QuestionView';
import { QuestionnaireResult } from '../questionnaire-engine/QuestionnaireResult';
import type { Answers, QuestionnaireData } from '../questionnaire-engine/model';
import { ChecklistPanel } from '../checklist-engine/ChecklistPanel';
import type { ChecklistData } from '../checklist-engine/model';
import { periodData, reviewFor } from './store';
import { initialReview } from './state';
import { periodLabel, trend } from './model';
import { PeriodPicker } from './PeriodPicker';
import { IdeasLog } from './IdeasLog';
import { ReviewTrend } from './ReviewTrend';
import { schemasReady } from '../framework/boot';

// A returning visitor's data is read with its schema: the island waits for it before it renders.
await schemasReady();

interface Props {
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
  const p = current ? periodData(state, current) : null;

  const side = (which: 'ours' | 'vendor', answers: Answers, subject: string) => (
    <>
      {data.questions.map((q, i) => (
        <QuestionView
          key={`${current}:${which}:${q.id}`}
          question={q}
          number={i + 1}
          answer={own(answers, q.id)}
          domId={`rr-${which}--${q.id}`}
          onAnswer={(v) => rr.answerQuestion(current!, which, q.id, v)}
        />
      ))}
      <QuestionnaireResult
        data={{ ...data, id: `rr-${which}` }}
        resultsId={which === 'ours' ? 'results' : undefined}
        answers={answers}
        locale={locale}
        subject={subject}
        guides={guides}
        tools={tools}
      />
    </>
  );

  return (
    <ToolShell tool={rr} content={data}>
      <div class="rr">
        <PeriodPicker periods={periods} current={current} error={errors.period} />
        {current && p ? (
          <>
            <section aria-labelledby="rr-ours-h">
              <h2 id="rr-ours-h">Our scores — {periodLabel(current)}</h2>
              <p>{data.summary}</p>
              {side('ours', p.ours, `our side, ${periodLabel(current)}`)}
            </section>
            <details class="vendor-side">
              <summary>The vendor’s scores (optional)</summary>
              <p>Ask the vendor to score the same questions from its side, and enter its answers here.</p>
              {side('vendor', p.vendor, `vendor’s side, ${periodLabel(current)}`)}
            </details>
            <ChecklistPanel
              list={terms}
              answers={p.terms}
              subject={periodLabel(current)}
              guides={guides}
              onChange={(item, change) => rr.answerTerm(current, item, change)}
            />
          </>
        ) : (
          <p class="banner info" id="results">
            Add a review period above, like 2026 Q3, to start a review.
          </p>
        )}
        <IdeasLog ideas={state.ideas} current={current} error={errors.idea} />
        <ReviewTrend points={trend(data, periods, (id, s) => periodData(state, id)[s])} locale={locale} />
      </div>
    </ToolShell>
  );
}
