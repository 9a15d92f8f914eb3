/**
 * The total-cost tool's instance per engagement: derived analysis and the actions views call
 * (`useTool(totalCostFor)`). Field errors live in the instance, so the framework clears them
 * on reset, import and share link.
 */
import { computed } from 'nanostores';
import { toolFactory } from '../framework/instance';
import { checkNumber } from '../framework/field-validation';
import type { PricingModel } from './model';
import { FIELDS, type FieldDef } from './fields';
import { resultFor } from './results';
import totalCostTool from './tool';

export { visibleFields, resultFor, type TotalCostResult } from './results';

/** The tool in an engagement, with its results and actions. */
export const totalCostFor = toolFactory(totalCostTool, (t) => ({
  /** Derived results; recomputed when inputs or errors change. */
  $result: computed([t.store.$state, t.$errors], resultFor),

  /** Handles typing in a field: valid text updates the value; invalid text is reported on `commit`. */
  editField(key: FieldDef['key'], text: string, locale: string, commit: boolean): void {
    const field = FIELDS.find((f) => f.key === key);
    if (!field) return;
    const check = checkNumber({ ...field, example: field.initial }, text, locale);
    if (check.ok) {
      t.$errors.setKey(key, undefined);
      if (t.store.$state.get().values[key] !== check.value)
        t.store.update((s) => ({ ...s, values: { ...s.values, [key]: check.value } }));
    } else if (commit) {
      t.$errors.setKey(key, check.message);
    }
  },

  /** Switches the pricing model. */
  setPricing(pricing: PricingModel): void {
    t.store.update((s) => ({ ...s, pricing }));
  },
}));
