/**
 * The stored state of the total-cost tool: its version-1 type and defaults (the shape itself,
 * Zod, is in schema.ts, loaded only when there is data to read). The declaration (tool.ts)
 * builds on it; kept apart so tests can use it without a browser.
 */
import { FIELDS } from './fields';
import type { TotalCostState } from './schema';

/** The tool's state (its shape is in schema.ts). */
export type { TotalCostState };

/** Defaults for a small business (sources in fields.ts). */
export function initialTotalCost(): TotalCostState {
  return {
    pricing: 'monthly',
    values: Object.fromEntries(FIELDS.map((f) => [f.key, f.initial])) as TotalCostState['values'],
  };
}
