/**
 * The risk register's instance per engagement, with the actions its view calls
 * (`useTool(registerFor)`). Risks go through the table engine; the probability and cost are
 * checked like every number, with errors keyed `<risk id>:probability` and `<risk id>:cost`.
 */
import { toolFactory } from '../framework/instance';
import { checkNumber } from '../framework/field-validation';
import { oneLine } from '../framework/text';
import { addRow, moveRow, newRowId, removeRow, updateRow, type RowRules } from '../framework/rows';
import type { Rating } from './model';
import { blankRisk, MAX_COST, MAX_RISKS, PRESET_RISKS, type Risk } from './state';
import registerTool from './tool';

/** Limits of the list. */
export const RISK_ROWS: RowRules = { min: 0, max: MAX_RISKS, noun: 'risks' };

type RatingKey = 'likelihood' | 'impact' | 'residualLikelihood' | 'residualImpact';
type TextKey = 'name' | 'owner' | 'mitigation' | 'contingency';

const NUMBERS = {
  probability: { kind: 'percent' as const, min: 0, max: 100, example: 20 },
  cost: { kind: 'money' as const, min: 0, max: MAX_COST, example: 5000 },
};

/** The register in an engagement, with its actions. */
export const registerFor = toolFactory(registerTool, (t) => {
  const risks = () => t.store.$state.get().risks;
  const refused = (scope: string, message: string) => (t.$limit.set({ scope, text: message }), undefined);
  const set = (next: Risk[]) => t.store.update((s) => ({ ...s, risks: next }));

  return {
    /** Adds an empty risk; returns its id, or undefined when the list is full. */
    addRisk(): string | undefined {
      const r = addRow(risks(), blankRisk(newRowId(risks(), 'rk-')), RISK_ROWS);
      if (!r.ok) return refused('risks', r.message);
      t.$limit.set(null);
      set(r.rows);
      return r.rows.at(-1)!.id;
    },

    /** Adds the preset risks not yet in the register (by name); returns the first new id, or undefined. */
    addPresets(): string | undefined {
      const have = new Set(risks().map((r) => oneLine(r.name).toLowerCase()));
      const fresh = PRESET_RISKS.filter((p) => !have.has(p.name.toLowerCase()));
      if (fresh.length === 0) return refused('presets', 'Every preset risk is in your register already.');
      if (risks().length + fresh.length > MAX_RISKS)
        return refused(
          'presets',
          `The preset risks are ${fresh.length} more, but you can have at most ${MAX_RISKS} risks. Remove some first.`,
        );
      const before = risks().length;
      const next = [...risks()];
      for (const p of fresh) next.push({ ...blankRisk(newRowId(next, 'rk-')), ...p });
      t.$limit.set(null);
      set(next);
      return next[before]!.id;
    },

    removeRisk(id: string): boolean {
      const r = removeRow(risks(), id, RISK_ROWS);
      if (!r.ok) return (refused('risks', r.message), false);
      t.$errors.setKey(`${id}:probability`, undefined);
      t.$errors.setKey(`${id}:cost`, undefined);
      t.$limit.set(null);
      set(r.rows);
      return true;
    },

    moveRisk: (id: string, by: -1 | 1) => set(moveRow(risks(), id, by)),

    editText: (id: string, key: TextKey, text: string) => set(updateRow(risks(), id, { [key]: text })),

    /** A select's value: "1"–"5", or "" for not scored; anything else is ignored. */
    setRating(id: string, key: RatingKey, value: string): void {
      if (!/^[1-5]?$/.test(value)) return;
      set(updateRow(risks(), id, { [key]: value === '' ? null : (Number(value) as Rating) }));
    },

    /** Typing in the probability or cost: valid text is stored, invalid empties it (reported on commit). */
    editNumber(id: string, key: 'probability' | 'cost', label: string, text: string, locale: string, commit: boolean) {
      const r = checkNumber({ ...NUMBERS[key], label }, text, locale, false);
      const errorKey = `${id}:${key}`;
      set(updateRow(risks(), id, { [key]: r.ok ? r.value : null }));
      if (r.ok) t.$errors.setKey(errorKey, undefined);
      else if (commit) t.$errors.setKey(errorKey, r.message);
    },
  };
});
