/**
 * Store of the total-cost tool: persisted inputs, field errors, and the derived analysis.
 * Views call the actions below; only this module changes state.
 */
import { computed, map } from 'nanostores';
import { createToolStore } from '../framework/tool-store';
import { checkNumber } from '../framework/field-validation';
import { analyse, sensitivity, type CostAnalysis, type CostInputs, type Flip, type PricingModel } from './model';
import { FIELDS, type FieldDef } from './fields';
import { totalCostDef, type TotalCostState } from './state';

/** The persisted state and its notices. */
export const totalCost = createToolStore(totalCostDef);

/** Messages for fields whose text is invalid (not persisted: the stored value is the last good one). */
export const $fieldErrors = map<Partial<Record<FieldDef['key'], string>>>({});

/** Fields shown for the current pricing model. */
export function visibleFields(pricing: PricingModel): FieldDef[] {
  return FIELDS.filter((f) => !f.pricing || f.pricing === pricing);
}

/** What the results panel shows. */
export type TotalCostResult =
  { status: 'errors'; count: number } | { status: 'ok'; inputs: CostInputs; analysis: CostAnalysis; flips: Flip[] };

/** The results for a state and its field errors (pure). */
export function resultFor(state: TotalCostState, errors: Partial<Record<FieldDef['key'], string>>): TotalCostResult {
  const fields = visibleFields(state.pricing);
  const bad = fields.filter((f) => errors[f.key] || state.values[f.key] === null).length;
  if (bad > 0) return { status: 'errors', count: bad };
  const values = Object.fromEntries(FIELDS.map((f) => [f.key, state.values[f.key] ?? 0]));
  const inputs = { ...values, pricing: state.pricing } as CostInputs;
  return { status: 'ok', inputs, analysis: analyse(inputs), flips: sensitivity(inputs) };
}

/** Derived results; recomputed when inputs or errors change. */
export const $result = computed([totalCost.$state, $fieldErrors], resultFor);

/** Handles typing in a field: valid text updates the value; invalid text is reported on `commit`. */
export function editField(key: FieldDef['key'], text: string, locale: string, commit: boolean): void {
  const field = FIELDS.find((f) => f.key === key);
  if (!field) return;
  const check = checkNumber({ ...field, example: field.initial }, text, locale);
  if (check.ok) {
    $fieldErrors.setKey(key, undefined);
    if (totalCost.$state.get().values[key] !== check.value)
      totalCost.update((s) => ({ ...s, values: { ...s.values, [key]: check.value } }));
  } else if (commit) {
    $fieldErrors.setKey(key, check.message);
  }
}

/** Switches the pricing model. */
export function setPricing(pricing: PricingModel): void {
  totalCost.update((s) => ({ ...s, pricing }));
}

/** Clears field errors after the whole state was replaced (reset, import, share link). */
export function clearFieldErrors(): void {
  $fieldErrors.set({});
}
