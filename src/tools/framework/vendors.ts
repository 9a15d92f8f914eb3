/**
 * One vendor list per engagement, shared by every per-vendor tool (scorecard, due
 * diligence, cultural fit): a vendor added in one appears in the others. Tools key their
 * own per-vendor data by the vendor's stable id, so renaming or reordering loses nothing.
 */
import * as z from 'zod/mini';
import type { ToolStateDef } from './record';

/** Most vendors an engagement compares (SPEC: 2–10 in the scorecard). */
export const MAX_VENDORS = 10;
/** Longest vendor name. */
export const MAX_NAME = 80;

const vendorSchema = z.object({
  id: z.string().check(z.regex(/^[a-z0-9-]{1,24}$/)),
  name: z.string().check(z.maxLength(MAX_NAME)),
});

/** Stored vendor list, version 1. */
export const vendorListSchema = z.object({ vendors: z.array(vendorSchema).check(z.maxLength(MAX_VENDORS)) });

/** A vendor: stable id and display name. */
export type Vendor = z.output<typeof vendorSchema>;
/** The list as stored. */
export type VendorList = z.output<typeof vendorListSchema>;

/** How the framework stores the list (under the pseudo-tool id `vendors`). */
export const vendorListDef: ToolStateDef<VendorList> = {
  tool: 'vendors',
  title: 'vendor list',
  version: 1,
  schema: vendorListSchema,
  initial: () => ({ vendors: [] }),
};

/** A new id not used in the list. */
export function newVendorId(list: VendorList, random = Math.random): string {
  for (;;) {
    const id = `v${Math.floor(random() * 36 ** 6).toString(36)}`;
    if (!list.vendors.some((v) => v.id === id)) return id;
  }
}

/** Adds a vendor at the end (unchanged when the list is full). */
export function addVendor(list: VendorList, name: string, id = newVendorId(list)): VendorList {
  if (list.vendors.length >= MAX_VENDORS) return list;
  return { vendors: [...list.vendors, { id, name: name.slice(0, MAX_NAME) }] };
}

/** Renames a vendor. */
export function renameVendor(list: VendorList, id: string, name: string): VendorList {
  return { vendors: list.vendors.map((v) => (v.id === id ? { ...v, name: name.slice(0, MAX_NAME) } : v)) };
}

/** Removes a vendor (its data in other tools is ignored from then on). */
export function removeVendor(list: VendorList, id: string): VendorList {
  return { vendors: list.vendors.filter((v) => v.id !== id) };
}

/** Moves a vendor up (-1) or down (+1) in the list. */
export function moveVendor(list: VendorList, id: string, by: -1 | 1): VendorList {
  const i = list.vendors.findIndex((v) => v.id === id);
  const j = i + by;
  if (i < 0 || j < 0 || j >= list.vendors.length) return list;
  const vendors = [...list.vendors];
  [vendors[i], vendors[j]] = [vendors[j]!, vendors[i]!];
  return { vendors };
}

/** The name to show: the vendor's name, or "Vendor N" while it has none. */
export function vendorLabel(list: VendorList, id: string): string {
  const i = list.vendors.findIndex((v) => v.id === id);
  const name = list.vendors[i]?.name.trim();
  return name || `Vendor ${i + 1}`;
}
