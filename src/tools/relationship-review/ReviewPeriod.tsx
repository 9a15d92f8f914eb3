/**
 * The relationship review's current period: our scores and the vendor's (questions and
 * results from the questionnaire engine) and the terms revisited (the checklist engine), or
 * the prompt to add a period. Loaded on demand by the review's view (ui/deferred.tsx).
 */
import { own } from '../framework/own';
import { useHydratedStore, useSettings, useTool } from '../ui/hooks';
import { QuestionView } from '../questionnaire-engine/QuestionView';
import { QuestionnaireResult } from '../questionnaire-engine/QuestionnaireResult';
import type { Answers } from '../questionnaire-engine/model';
import { ChecklistPanel } from '../checklist-engine/ChecklistPanel';
import { periodData, reviewFor } from './store';
import { initialReview } from './state';
import { periodLabel } from './model';
import type { Props } from './RelationshipReview';

export function ReviewPeriod({ data, terms, guides, tools }: Props) {
  const rr = useTool(reviewFor);
  const state = useHydratedStore(rr.store.$state, initialReview());
  const { locale } = useSettings();
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

  return current && p ? (
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
  );
}
