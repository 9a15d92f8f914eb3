/**
 * The pilot planner's instance per engagement: the trial's details, its criteria (rows of the
 * table engine) and the actions views call (`useTool(pilotFor)`). Numbers are checked as typed;
 * a bad one stays on screen with its message (in `t.$errors`, by field id) and never reaches
 * the model, which keeps the last good value.
 */
import { computed } from 'nanostores';
import { toolFactory } from '../framework/instance';
import { checkNumber, type NumericRule } from '../framework/field-validation';
import { addRow, moveRow, newRowId, removeRow, updateRow, type RowRules } from '../framework/rows';
import { decide } from './model';
import {
  MAX_CRITERIA,
  MAX_FIGURE,
  MAX_HOW,
  MAX_NAME,
  MAX_SCOPE,
  MAX_SHORT,
  MAX_WEEKS,
  MAX_WEIGHT,
  type PilotState,
  type StoredCriterion,
} from './state';
import pilotTool from './tool';

/** The criteria list's limits. */
export const CRITERIA_ROWS: RowRules = { min: 0, max: MAX_CRITERIA, noun: 'criteria' };

/** Id of the criteria table (cells are `pp-c-<row id>-<column>`). */
export const CRITERIA_TABLE = 'pp-c';

/** The numeric columns of a criterion. */
export type FigureKey = 'weight' | 'target' | 'minimum' | 'actual';

/** Field id of a criterion's figure: the table engine's cell id (`<table>-<row>-<column>`). */
export const figureId = (id: string, key: FigureKey) => `${CRITERIA_TABLE}-${id}-${key}`;

/** The text fields of the trial, with their lengths. */
const TEXT_LIMITS = { vendor: MAX_SHORT, scope: MAX_SCOPE, price: MAX_SHORT } as const;

export const pilotFor = toolFactory(pilotTool, (t) => {
  const update = (change: (s: PilotState) => PilotState) => t.store.update(change);
  const setCriterion = (id: string, change: Partial<StoredCriterion>) =>
    update((s) => ({ ...s, criteria: updateRow(s.criteria, id, change) }));

  /** Checks typed text; a valid value is stored through `apply`, a bad one reported on `commit`. */
  const edit = (
    key: string,
    rule: NumericRule,
    text: string,
    locale: string,
    commit: boolean,
    required: boolean,
    apply: (v: number | null) => void,
  ) => {
    const r = checkNumber(rule, text, locale, required);
    if (r.ok) {
      t.$errors.setKey(key, undefined);
      apply(r.value);
    } else if (commit) t.$errors.setKey(key, r.message);
  };

  return {
    /** The decision (or what is missing), recomputed when the criteria change. */
    $result: computed(t.store.$state, (s) => decide(s.criteria)),

    /** Sets the vendor, the scope or the price. */
    setText: (field: keyof typeof TEXT_LIMITS, text: string) =>
      update((s) => ({ ...s, [field]: text.slice(0, TEXT_LIMITS[field]) })),

    /** Sets the start or review date (YYYY-MM-DD, or '' to clear). */
    setDate: (field: 'start' | 'review', iso: string) =>
      update((s) => ({ ...s, [field]: /^\d{4}-\d{2}-\d{2}$/.test(iso) ? iso : '' })),

    /** Typing in "Duration in weeks": a whole number 1–52, blank allowed. */
    editWeeks(text: string, locale: string, commit: boolean): void {
      const rule = { label: 'Duration in weeks', kind: 'integer' as const, min: 1, max: MAX_WEEKS, example: 6 };
      edit('pp-weeks', rule, text, locale, commit, false, (v) => update((s) => ({ ...s, weeks: v })));
    },

    /** Adds an empty criterion (10 points); returns its id, or undefined (with a message) at the limit. */
    addCriterion(): string | undefined {
      const s = t.store.$state.get();
      const row: StoredCriterion = {
        id: newRowId(s.criteria, 'c'),
        name: '',
        weight: 10,
        target: null,
        minimum: null,
        actual: null,
        mustHave: false,
        lowerIsBetter: false,
        how: '',
      };
      const r = addRow(s.criteria, row, CRITERIA_ROWS);
      if (!r.ok) return (t.$limit.set({ scope: 'criteria', text: r.message }), undefined);
      t.$limit.set(null);
      update((st) => ({ ...st, criteria: r.rows }));
      return row.id;
    },

    /** Removes a criterion. */
    removeCriterion(id: string): boolean {
      const r = removeRow(t.store.$state.get().criteria, id, CRITERIA_ROWS);
      if (!r.ok) return (t.$limit.set({ scope: 'criteria', text: r.message }), false);
      t.$limit.set(null);
      update((s) => ({ ...s, criteria: r.rows }));
      return true;
    },

    /** Moves a criterion up (-1) or down (+1). */
    moveCriterion: (id: string, by: -1 | 1) => update((s) => ({ ...s, criteria: moveRow(s.criteria, id, by) })),

    /** Renames a criterion. */
    renameCriterion: (id: string, name: string) => setCriterion(id, { name: name.slice(0, MAX_NAME) }),

    /** Says how a criterion is measured. */
    setHow: (id: string, how: string) => setCriterion(id, { how: how.slice(0, MAX_HOW) }),

    /** Ticks or clears "Must-have" or "Lower is better". */
    setFlag: (id: string, flag: 'mustHave' | 'lowerIsBetter', on: boolean) => setCriterion(id, { [flag]: on }),

    /** Typing in a criterion's weight (points ≥ 0, required) or target, minimum or actual (blank allowed). */
    editFigure(id: string, key: FigureKey, label: string, text: string, locale: string, commit: boolean): void {
      const rule: NumericRule =
        key === 'weight'
          ? { label, kind: 'number', min: 0, max: MAX_WEIGHT, example: 20 }
          : { label, kind: 'number', min: -MAX_FIGURE, max: MAX_FIGURE, example: 95 };
      edit(figureId(id, key), rule, text, locale, commit, key === 'weight', (v) => {
        const c = t.store.$state.get().criteria.find((x) => x.id === id);
        if (c && c[key] !== v) setCriterion(id, { [key]: key === 'weight' ? v! : v });
      });
    },
  };
});

/** A pilot planner instance with its actions. */
export type PilotPlanner = ReturnType<typeof pilotFor>;
