/**
 * The stored state of the total-cost tool: its shape (Zod), version and defaults.
 * Kept apart from the store so tests and the workspace export can use it without a browser.
 */
import * as z from 'zod/mini';
import type { ToolStateDef } from '../framework/record';
import { FIELDS, type FieldDef } from './fields';

const valueSchema = (f: FieldDef) =>
  z.nullable((f.kind === 'integer' ? z.int() : z.number()).check(z.gte(f.min), z.lte(f.max)));

/** Builds the schema of stored state, version 1: the pricing model and every numeric value (null = empty). */
const buildSchema = () =>
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
export type TotalCostState = z.output<ReturnType<typeof buildSchema>>;

let schema: ReturnType<typeof buildSchema> | undefined;

/** Defaults for a small business (sources in fields.ts). */
export function initialTotalCost(): TotalCostState {
  return {
    pricing: 'monthly',
    values: Object.fromEntries(FIELDS.map((f) => [f.key, f.initial])) as TotalCostState['values'],
  };
}

/** How the framework stores, exports and shares this tool's state. */
export const totalCostDef: ToolStateDef<TotalCostState> = {
  tool: 'total-cost',
  title: 'Total cost of engagement tool',
  version: 1,
  // Built on first use: constructing it costs page-load time, and a new visitor never needs it.
  get schema() {
    return (schema ??= buildSchema());
  },
  initial: initialTotalCost,
};
