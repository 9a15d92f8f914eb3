/**
 * Instances of the questionnaire engine: one per questionnaire tool per engagement, made from
 * the tool's declaration, with the actions views call. Per-vendor tools name the shared
 * vendor list as a companion in their declaration.
 */
import { own } from '../framework/own';
import { toolFactory, type Bound } from '../framework/instance';
import type { ToolDefinition } from '../framework/define';
import { vendorListDef, type VendorList } from '../framework/vendors';
import type { ToolStore } from '../framework/tool-store';
import { pruneAnswers, withAnswer, type Answer, type Answers, type QuestionnaireData } from './model';
import type { QuestionnaireState } from './state';

/** A questionnaire tool's actions. */
export interface QuestionnaireActions {
  /** The engagement's vendor list (per-vendor questionnaires), or null. */
  vendorStore: ToolStore<VendorList> | null;
  /** Answers in one scope. */
  answers(state: QuestionnaireState, scope: string): Answers;
  /** Sets (or, with undefined, clears) one answer. */
  answer(scope: string, question: string, value: Answer | undefined): void;
  /** Clears every answer in one scope. */
  clearScope(scope: string): void;
  /** Shows another vendor's answers. */
  chooseVendor(vendor: string | null): void;
  /** Drops stored answers to questions that no longer exist in the data file. */
  prune(data: QuestionnaireData): void;
}

/** A questionnaire tool in one engagement. */
export type QuestionnaireStore = Bound<QuestionnaireState, QuestionnaireActions>;

const factories = new Map<string, (engagement: string) => QuestionnaireStore>();

/** The factory of a questionnaire tool's instances (one per declaration). */
export function questionnaireFor(def: ToolDefinition<QuestionnaireState>): (engagement: string) => QuestionnaireStore {
  let factory = factories.get(def.tool);
  if (factory) return factory;
  factory = toolFactory(def, (t): QuestionnaireActions => {
    const store = t.store;
    const answers = (state: QuestionnaireState, scope: string) => own(state.answers, scope) ?? {};
    const perVendor = (def.companions ?? []).some((c) => c.tool === vendorListDef.tool);
    return {
      vendorStore: perVendor ? t.companion<VendorList>(vendorListDef) : null,
      answers,
      answer(scope, question, value) {
        store.update((s) => ({
          ...s,
          answers: { ...s.answers, [scope]: withAnswer(answers(s, scope), question, value) },
        }));
      },
      clearScope: (scope) => store.update((s) => ({ ...s, answers: { ...s.answers, [scope]: {} } })),
      chooseVendor: (vendor) => store.update((s) => ({ ...s, vendor })),
      prune(data) {
        const s = store.$state.get();
        const next = Object.fromEntries(Object.entries(s.answers).map(([k, a]) => [k, pruneAnswers(data, a)]));
        if (JSON.stringify(next) !== JSON.stringify(s.answers)) store.replace({ ...s, answers: next });
      },
    };
  });
  factories.set(def.tool, factory);
  return factory;
}
