/**
 * The risk register's stored shape (Zod), version 1, and the due-diligence items it accepts.
 * Loaded only when there is data to read (framework/lazy-schema.ts); the limits and defaults are
 * in state.ts.
 */
import * as z from 'zod/mini';
import { MAX_COST, MAX_LONG, MAX_RISKS, MAX_TEXT } from './state';

const id = z.string().check(z.regex(/^[a-z0-9-]{1,40}$/));
const rating = z.nullable(z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4), z.literal(5)]));

const riskSchema = z.object({
  id,
  name: z.string().check(z.maxLength(MAX_TEXT)),
  likelihood: rating,
  impact: rating,
  residualLikelihood: rating,
  residualImpact: rating,
  owner: z.string().check(z.maxLength(MAX_TEXT)),
  mitigation: z.string().check(z.maxLength(MAX_LONG)),
  contingency: z.string().check(z.maxLength(MAX_LONG)),
  /** Chance it happens over the engagement, 0–100 %. */
  probability: z.nullable(z.number().check(z.gte(0), z.lte(100))),
  cost: z.nullable(z.number().check(z.gte(0), z.lte(MAX_COST))),
});

/** Stored state, version 1. */
export const schema = z.object({ risks: z.array(riskSchema).check(z.maxLength(MAX_RISKS)) });

/** The tool's state. */
export type RegisterState = z.output<typeof schema>;
export type Risk = RegisterState['risks'][number];

export const itemsOffer = z.object({
  risks: z.array(z.object({ name: z.string(), mitigation: z.string() })).check(z.maxLength(100)),
});
export type ItemsOffer = z.output<typeof itemsOffer>;
