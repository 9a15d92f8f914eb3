/**
 * The engagement's shared vendor list as a store, with its actions. Per-vendor tools pass
 * `vendorStore` as a companion so exports and share links carry the vendor names too.
 */
import { createToolStore } from './tool-store';
import { addVendor, moveVendor, removeVendor, renameVendor, vendorListDef } from './vendors';

/** The shared vendor list of the default engagement. */
export const vendorStore = createToolStore(vendorListDef);

/** Adds a vendor; returns its id, or undefined when the list is full. */
export function addVendorAction(name = ''): string | undefined {
  const before = vendorStore.$state.get();
  const after = addVendor(before, name);
  if (after === before) return undefined;
  vendorStore.replace(after);
  return after.vendors.at(-1)!.id;
}

/** Renames a vendor. */
export const renameVendorAction = (id: string, name: string) => vendorStore.update((l) => renameVendor(l, id, name));
/** Removes a vendor. */
export const removeVendorAction = (id: string) => vendorStore.update((l) => removeVendor(l, id));
/** Moves a vendor up or down. */
export const moveVendorAction = (id: string, by: -1 | 1) => vendorStore.update((l) => moveVendor(l, id, by));
