/**
 * The questionnaire engine's view for one tool: the vendor switcher (per-vendor
 * questionnaires), the questions, and the result. All text comes from the data file.
 */
import { own } from '../framework/own';
import type { ComponentChildren } from 'preact';
import { useEffect } from 'preact/hooks';
import { atom } from 'nanostores';
import { ToolShell } from '../ui/ToolShell';
import { useHydratedStore, useSettings, useTool } from '../ui/hooks';
import type { VendorSwitcher } from '../ui/VendorSwitcher';
import { resolveVendor, vendorLabel, type VendorList } from '../framework/vendors';
import type { ToolDefinition } from '../framework/define';
import type { Answers, QuestionnaireData } from './model';
import { ALL, initialQuestionnaireState } from './state';
import { questionnaireFor } from './store';
import type { QuestionnaireState } from './state';
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
  /** The tool's declaration (given by the tool's own view, e.g. readiness/Readiness.tsx). */
  def: ToolDefinition<QuestionnaireState>;
  /** The vendor switcher, passed by per-vendor tools only (others do not load its code). */
  switcher?: typeof VendorSwitcher;
  /** Extra actions under the score, given the current scope and its answers. */
  extra?: (scope: string, answers: Answers) => ComponentChildren;
}

const NO_VENDORS: VendorList = { vendors: [] };
const NONE = atom(NO_VENDORS);

export default function QuestionnaireTool({ def, switcher: Switcher, tool, data, guides, tools, extra }: Props) {
  const qs = useTool(questionnaireFor(def));
  const state = useHydratedStore(qs.store.$state, initialQuestionnaireState());
  const vendors = useHydratedStore(qs.vendorStore?.$state ?? NONE, NO_VENDORS);
  const { locale } = useSettings();
  const vendor = resolveVendor(vendors, state.vendor);
  const scope = data.perVendor ? vendor : ALL;
  const answers = scope ? qs.answers(state, scope) : {};

  useEffect(() => qs.prune(data), [qs]);

  return (
    <ToolShell tool={qs} content={data}>
      {qs.vendorStore && Switcher && (
        <Switcher idPrefix={tool} current={vendor} onChoose={qs.chooseVendor} store={qs.vendorStore} />
      )}
      {scope === null ? (
        <p class="banner info" id="results">
          Add a vendor above to start the questionnaire.
        </p>
      ) : (
        <div class="tool-layout">
          <form class="questions" aria-label="Questions" onSubmit={(e) => e.preventDefault()}>
            <p>{data.summary}</p>
            {data.questions.map((q, i) => (
              <QuestionView
                key={`${scope}:${q.id}`}
                question={q}
                number={i + 1}
                answer={own(answers, q.id)}
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
