/**
 * One vendor list per engagement, shared by every per-vendor tool (scorecard, due
 * diligence, cultural fit): a vendor added in one appears in the others. Tools key their
 * own per-vendor data by the vendor's stable id, so renaming or reordering loses nothing.
 */
import type { ToolStateDef } from './record';
import type { ToolContext } from './define';
import { lazySchema } from './lazy-schema';
import type { Vendor, VendorList } from './schema';
import { addRow, moveRow, newRowId, removeRow, updateRow, type RowRules } from './rows';

/** Most vendors an engagement compares (SPEC: 2–10 in the scorecard). */
export const MAX_VENDORS = 10;
/** Longest vendor name. */
export const MAX_NAME = 80;

export type { Vendor, VendorList };

/** How the framework stores the list (under the pseudo-tool id `vendors`). */
export const vendorListDef: ToolStateDef<VendorList> = {
  tool: 'vendors',
  title: 'vendor list',
  version: 1,
  schema: lazySchema((s) => s.framework.vendorList),
  initial: () => ({ vendors: [] }),
};

/** The vendor list's limits, for the table engine (the scorecard asks for at least 2 of its own). */
export const VENDOR_ROWS: RowRules = { min: 0, max: MAX_VENDORS, noun: 'vendors' };

/** A new id not used in the list. */
export function newVendorId(list: VendorList, random = Math.random): string {
  return newRowId(list.vendors, 'v', random);
}

/** Adds a vendor at the end (unchanged when the list is full). */
export function addVendor(list: VendorList, name: string, id = newVendorId(list)): VendorList {
  const r = addRow(list.vendors, { id, name: name.slice(0, MAX_NAME) }, VENDOR_ROWS);
  return r.ok ? { vendors: r.rows } : list;
}

/** Renames a vendor. */
export function renameVendor(list: VendorList, id: string, name: string): VendorList {
  return { vendors: updateRow(list.vendors, id, { name: name.slice(0, MAX_NAME) }) };
}

/** Removes a vendor (its data in other tools is ignored from then on). */
export function removeVendor(list: VendorList, id: string): VendorList {
  const r = removeRow(list.vendors, id, VENDOR_ROWS);
  return r.ok ? { vendors: r.rows } : list;
}

/** Moves a vendor up (-1) or down (+1) in the list (the same list when it cannot move). */
export function moveVendor(list: VendorList, id: string, by: -1 | 1): VendorList {
  const vendors = moveRow(list.vendors, id, by);
  return vendors.every((v, i) => v === list.vendors[i]) ? list : { vendors };
}

/** The name to show: the vendor's name, or "Vendor N" while it has none. */
export function vendorLabel(list: VendorList, id: string): string {
  const i = list.vendors.findIndex((v) => v.id === id);
  const name = list.vendors[i]?.name.trim();
  return name || `Vendor ${i + 1}`;
}

/** The vendor shown: the chosen one if it still exists, else the first. */
export function resolveVendor(list: VendorList, chosen: string | null): string | null {
  return list.vendors.find((v) => v.id === chosen)?.id ?? list.vendors[0]?.id ?? null;
}

/** The engagement's vendor list, as a per-vendor tool's hooks receive it among their companions. */
export const vendorsOf = (ctx: ToolContext): VendorList =>
  (ctx.companions.vendors as VendorList | undefined) ?? { vendors: [] };
