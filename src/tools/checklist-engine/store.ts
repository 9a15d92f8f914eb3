/**
 * Instances of the checklist engine: one per checklist tool per engagement, made from the
 * tool's declaration, with the actions views call. Per-vendor tools name the shared vendor
 * list as a companion, so exports and share links include the vendor names.
 */
import { own } from '../framework/own';
import { toolFactory, type Bound } from '../framework/instance';
import type { ToolDefinition } from '../framework/define';
import { vendorListDef, type VendorList } from '../framework/vendors';
import type { ToolStore } from '../framework/tool-store';
import { pruneAnswers, withItemAnswer, type ChecklistAnswers, type ChecklistData, type ItemAnswer } from './model';
import type { ChecklistState } from './state';

/** A checklist tool's actions. */
export interface ChecklistActions {
  /** The engagement's vendor list (per-vendor checklists), or null. */
  vendorStore: ToolStore<VendorList> | null;
  /** Answers of one checklist in one scope. */
  answers(state: ChecklistState, list: string, scope: string): ChecklistAnswers;
  /** Changes one item's answer (status and/or note). */
  setAnswer(list: string, scope: string, item: string, change: Partial<ItemAnswer>): void;
  /** Shows another vendor's answers. */
  chooseVendor(vendor: string | null): void;
  /** Drops stored answers to items that no longer exist in the data files. */
  prune(lists: ChecklistData[]): void;
}

/** A checklist tool in one engagement. */
export type ChecklistStore = Bound<ChecklistState, ChecklistActions>;

const factories = new Map<string, (engagement: string) => ChecklistStore>();

/** The factory of a checklist tool's instances (one per declaration). */
export function checklistFor(def: ToolDefinition<ChecklistState>): (engagement: string) => ChecklistStore {
  let factory = factories.get(def.tool);
  if (factory) return factory;
  factory = toolFactory(def, (t): ChecklistActions => {
    const store = t.store;
    const answers = (state: ChecklistState, list: string, scope: string) => own(own(state.lists, list), scope) ?? {};
    const perVendor = (def.companions ?? []).some((c) => c.tool === vendorListDef.tool);
    return {
      vendorStore: perVendor ? t.companion<VendorList>(vendorListDef) : null,
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
  });
  factories.set(def.tool, factory);
  return factory;
}
