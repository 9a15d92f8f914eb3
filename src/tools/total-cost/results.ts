/**
 * What the total-cost tool shows for a state and its field errors (pure): the analysis, or how
 * many fields need correcting first. Used by the store (live results) and the declaration
 * (the dashboard's one-line summary).
 */
import { analyse, sensitivity, type CostAnalysis, type CostInputs, type Flip, type PricingModel } from './model';
import { FIELDS, type FieldDef } from './fields';
import type { TotalCostState } from './state';

/** Fields shown for the current pricing model. */
export function visibleFields(pricing: PricingModel): FieldDef[] {
  return FIELDS.filter((f) => !f.pricing || f.pricing === pricing);
}

/** What the results panel shows. */
export type TotalCostResult =
  { status: 'errors'; count: number } | { status: 'ok'; inputs: CostInputs; analysis: CostAnalysis; flips: Flip[] };

/** The model's inputs, or null while a visible field is empty. */
export function inputsOf(state: TotalCostState): CostInputs | null {
  if (visibleFields(state.pricing).some((f) => state.values[f.key] === null)) return null;
  const values = Object.fromEntries(FIELDS.map((f) => [f.key, state.values[f.key] ?? 0]));
  return { ...values, pricing: state.pricing } as CostInputs;
}

/** The results for a state and its field errors. */
export function resultFor(state: TotalCostState, errors: Partial<Record<string, string>>): TotalCostResult {
  const fields = visibleFields(state.pricing);
  const bad = fields.filter((f) => errors[f.key] || state.values[f.key] === null).length;
  const inputs = inputsOf(state);
  if (bad > 0 || !inputs) return { status: 'errors', count: bad };
  return { status: 'ok', inputs, analysis: analyse(inputs), flips: sensitivity(inputs) };
}
