/**
 * The questionnaire engine's view for one tool: the vendor switcher (per-vendor
 * questionnaires), the questions, and the result. All text comes from the data file.
 */
import type { ComponentChildren } from 'preact';
import { useEffect } from 'preact/hooks';
import { ToolShell } from '../ui/ToolShell';
import { useHydratedStore, useSettings } from '../ui/hooks';
import { resolveVendor, VendorSwitcher } from '../ui/VendorSwitcher';
import { vendorStore } from '../framework/vendor-store';
import { vendorLabel, type VendorList } from '../framework/vendors';
import type { Answers, QuestionnaireData } from './model';
import { ALL, initialQuestionnaireState } from './state';
import { questionnaireStore } from './store';
import { QuestionView } from './QuestionView';
import { QuestionnaireResult } from './QuestionnaireResult';

/** Props of the engine view (all serialisable, so an Astro wrapper can pass them). */
export interface QuestionnaireProps {
  tool: string;
  title: string;
  data: QuestionnaireData;
  guides: Record<string, string>;
  tools: Record<string, string>;
}

interface Props extends QuestionnaireProps {
  /** Extra actions under the score, given the current scope and its answers. */
  extra?: (scope: string, answers: Answers) => ComponentChildren;
}

const NO_VENDORS: VendorList = { vendors: [] };

export default function QuestionnaireTool({ tool, title, data, guides, tools, extra }: Props) {
  const qs = questionnaireStore(tool, title, data.perVendor);
  const state = useHydratedStore(qs.store.$state, initialQuestionnaireState());
  const vendors = useHydratedStore(vendorStore.$state, NO_VENDORS);
  const { locale } = useSettings();
  const vendor = resolveVendor(vendors, state.vendor);
  const scope = data.perVendor ? vendor : ALL;
  const answers = scope ? qs.answers(state, scope) : {};

  useEffect(() => qs.prune(data), []);

  return (
    <ToolShell store={qs.store}>
      {data.perVendor && <VendorSwitcher idPrefix={tool} current={vendor} onChoose={qs.chooseVendor} />}
      {scope === null ? (
        <p class="banner info">Add a vendor above to start the questionnaire.</p>
      ) : (
        <div class="tool-layout">
          <form class="questions" aria-label="Questions" onSubmit={(e) => e.preventDefault()}>
            <p>{data.summary}</p>
            {data.questions.map((q, i) => (
              <QuestionView
                key={`${scope}:${q.id}`}
                question={q}
                number={i + 1}
                answer={answers[q.id]}
                domId={`${data.id}--${q.id}`}
                onAnswer={(v) => qs.answer(scope, q.id, v)}
              />
            ))}
          </form>
          <QuestionnaireResult
            data={data}
            answers={answers}
            locale={locale}
            subject={data.perVendor ? vendorLabel(vendors, scope) : undefined}
            guides={guides}
            tools={tools}
          >
            {extra?.(scope, answers)}
          </QuestionnaireResult>
        </div>
      )}
    </ToolShell>
  );
}
