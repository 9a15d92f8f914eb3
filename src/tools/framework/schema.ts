/**
 * The framework's own stored shapes (Zod): the vendor list and the list of engagements.
 * Loaded with every other schema, on demand (lazy-schema.ts).
 */
import * as z from 'zod/mini';
import { MAX_ENGAGEMENT_NAME, MAX_ENGAGEMENTS } from './limits';
import { MAX_NAME, MAX_VENDORS } from './vendors';

const vendorSchema = z.object({
  id: z.string().check(z.regex(/^[a-z0-9-]{1,24}$/)),
  name: z.string().check(z.maxLength(MAX_NAME)),
});

/** Stored vendor list, version 1. */
export const vendorList = z.object({ vendors: z.array(vendorSchema).check(z.maxLength(MAX_VENDORS)) });

/** A vendor: stable id and display name. */
export type Vendor = z.output<typeof vendorSchema>;
/** The list as stored. */
export type VendorList = z.output<typeof vendorList>;

/** Engagement ids: safe inside storage keys (no colon). */
const engagementId = z.string().check(z.regex(/^[a-z0-9-]{1,40}$/));

/** The stored list of engagements, version 1. */
export const workspace = z.object({
  current: engagementId,
  engagements: z
    .array(z.object({ id: engagementId, name: z.string().check(z.maxLength(MAX_ENGAGEMENT_NAME)) }))
    .check(z.minLength(1), z.maxLength(MAX_ENGAGEMENTS)),
});

/** The stored list of engagements. */
export type Workspace = z.output<typeof workspace>;
