/**
 * The stored state of the total-cost tool: its shape (Zod), version and defaults.
 * The declaration (tool.ts) builds on it; kept apart so tests can use it without a browser.
 */
import * as z from 'zod/mini';
import { FIELDS, type FieldDef } from './fields';

const valueSchema = (f: FieldDef) =>
  z.nullable((f.kind === 'integer' ? z.int() : z.number()).check(z.gte(f.min), z.lte(f.max)));

/** Builds the schema of stored state, version 1: the pricing model and every numeric value (null = empty). */
export const buildTotalCostSchema = () =>
  z.object({
    pricing: z.enum(['monthly', 'hourly', 'unit']),
    values: z.object(
      Object.fromEntries(FIELDS.map((f) => [f.key, valueSchema(f)])) as Record<
        FieldDef['key'],
        ReturnType<typeof valueSchema>
      >,
    ),
  });

/** The tool's state. */
export type TotalCostState = z.output<ReturnType<typeof buildTotalCostSchema>>;

/** Defaults for a small business (sources in fields.ts). */
export function initialTotalCost(): TotalCostState {
  return {
    pricing: 'monthly',
    values: Object.fromEntries(FIELDS.map((f) => [f.key, f.initial])) as TotalCostState['values'],
  };
}
