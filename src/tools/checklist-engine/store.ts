/**
 * Store factory of the checklist engine: one persisted store per tool (created on first use
 * and reused), with the actions views call. Per-vendor tools carry the shared vendor list
 * as a companion, so exports and share links include the vendor names.
 */
import { createToolStore, type ToolStore } from '../framework/tool-store';
import { vendorStore } from '../framework/vendor-store';
import { pruneAnswers, withItemAnswer, type ChecklistAnswers, type ChecklistData, type ItemAnswer } from './model';
import { checklistStateDef, type ChecklistState } from './state';

/** A checklist tool's store and its actions. */
export interface ChecklistStore {
  store: ToolStore<ChecklistState>;
  /** Answers of one checklist in one scope. */
  answers(state: ChecklistState, list: string, scope: string): ChecklistAnswers;
  /** Changes one item's answer (status and/or note). */
  setAnswer(list: string, scope: string, item: string, change: Partial<ItemAnswer>): void;
  /** Shows another vendor's answers. */
  chooseVendor(vendor: string | null): void;
  /** Drops stored answers to items that no longer exist in the data files. */
  prune(lists: ChecklistData[]): void;
}

const stores = new Map<string, ChecklistStore>();

/** The store of checklist tool `tool` (one per page, however many views use it). */
export function checklistStore(tool: string, title: string, perVendor: boolean): ChecklistStore {
  const cached = stores.get(tool);
  if (cached) return cached;
  const store = createToolStore(checklistStateDef(tool, title), {
    companions: perVendor ? [vendorStore as ToolStore<unknown>] : [],
  });
  const answers = (state: ChecklistState, list: string, scope: string) => state.lists[list]?.[scope] ?? {};
  const made: ChecklistStore = {
    store,
    answers,
    setAnswer(list, scope, item, change) {
      store.update((s) => {
        const next = withItemAnswer(answers(s, list, scope), item, change);
        return { ...s, lists: { ...s.lists, [list]: { ...s.lists[list], [scope]: next } } };
      });
    },
    chooseVendor: (vendor) => store.update((s) => ({ ...s, vendor })),
    prune(lists) {
      const s = store.$state.get();
      let changed = false;
      const next: ChecklistState['lists'] = {};
      for (const [listId, scopes] of Object.entries(s.lists)) {
        const list = lists.find((l) => l.id === listId);
        if (!list) {
          next[listId] = scopes; // A checklist of another page, or one being renamed: leave it.
          continue;
        }
        next[listId] = Object.fromEntries(
          Object.entries(scopes).map(([scope, a]) => {
            const kept = pruneAnswers(list, a);
            if (Object.keys(kept).length !== Object.keys(a).length) changed = true;
            return [scope, kept];
          }),
        );
      }
      if (changed) store.replace({ ...s, lists: next });
    },
  };
  stores.set(tool, made);
  return made;
}
