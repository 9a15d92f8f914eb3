/**
 * Store factory of the questionnaire engine: one persisted store per tool (created on first
 * use and reused), with the actions views call. Per-vendor tools carry the shared vendor
 * list as a companion.
 */
import { createToolStore, type ToolStore } from '../framework/tool-store';
import { vendorStore } from '../framework/vendor-store';
import { pruneAnswers, withAnswer, type Answer, type Answers, type QuestionnaireData } from './model';
import { questionnaireStateDef, type QuestionnaireState } from './state';

/** A questionnaire tool's store and its actions. */
export interface QuestionnaireStore {
  store: ToolStore<QuestionnaireState>;
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

const stores = new Map<string, QuestionnaireStore>();

/** The store of questionnaire tool `tool`. */
export function questionnaireStore(tool: string, title: string, perVendor: boolean): QuestionnaireStore {
  const cached = stores.get(tool);
  if (cached) return cached;
  const store = createToolStore(questionnaireStateDef(tool, title), {
    companions: perVendor ? [vendorStore as ToolStore<unknown>] : [],
  });
  const answers = (state: QuestionnaireState, scope: string) => state.answers[scope] ?? {};
  const made: QuestionnaireStore = {
    store,
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
  stores.set(tool, made);
  return made;
}
