/**
 * Actions on an engagement's shared vendor list. Per-vendor tools name `vendorListDef` as a
 * companion in their declaration and get the list's store from their instance
 * (`t.companion(vendorListDef)`), so every tool of one engagement edits the same list.
 */
import type { ToolStore } from './tool-store';
import { addVendor, moveVendor, removeVendor, renameVendor, type VendorList } from './vendors';

/** The actions on one engagement's vendor list. */
export interface VendorActions {
  /** Adds a vendor (with `id` if given and unused); returns its id, or undefined when the list is full. */
  add(name?: string, id?: string): string | undefined;
  rename(id: string, name: string): void;
  remove(id: string): void;
  move(id: string, by: -1 | 1): void;
}

/** Binds the vendor actions to a vendor-list store. */
export function vendorActions(store: ToolStore<VendorList>): VendorActions {
  return {
    add(name = '', id) {
      const before = store.$state.get();
      const after = addVendor(before, name, id && !before.vendors.some((v) => v.id === id) ? id : undefined);
      if (after === before) return undefined;
      store.replace(after);
      return after.vendors.at(-1)!.id;
    },
    rename: (id, name) => store.update((l) => renameVendor(l, id, name)),
    remove: (id) => store.update((l) => removeVendor(l, id)),
    move: (id, by) => store.update((l) => moveVendor(l, id, by)),
  };
}
