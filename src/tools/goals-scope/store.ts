/**
 * The goals and scope canvas's instance per engagement: the canvas's fields, its success
 * measures (rows of the table engine) and the actions views call (`useTool(goalsFor)`). The
 * budget is checked as typed; a bad value keeps its message in `t.$errors` (`gs-budget`).
 */
import { toolFactory } from '../framework/instance';
import { checkNumber } from '../framework/field-validation';
import { addRow, moveRow, newRowId, removeRow, updateRow, type RowRules } from '../framework/rows';
import { OBJECTIVE_IDS, type ObjectiveId, type Sensitivity } from './model';
import {
  MAX_BUDGET,
  MAX_HOW,
  MAX_LINE,
  MAX_MEASURES,
  MAX_NAME,
  MAX_TEXT,
  type GoalsState,
  type StoredMeasure,
} from './state';
import goalsTool from './tool';

/** The measures list's limits. */
export const MEASURE_ROWS: RowRules = { min: 0, max: MAX_MEASURES, noun: 'measures' };

/** The canvas's text fields and their lengths. */
const TEXT_LIMITS = {
  task: MAX_LINE,
  otherObjective: MAX_LINE,
  outcomes: MAX_TEXT,
  inScope: MAX_TEXT,
  outOfScope: MAX_TEXT,
  owner: MAX_LINE,
} as const;
export type TextField = keyof typeof TEXT_LIMITS;

const MEASURE_LIMITS = { name: MAX_NAME, baseline: MAX_LINE, target: MAX_LINE, how: MAX_HOW } as const;
export type MeasureField = keyof typeof MEASURE_LIMITS;

export const goalsFor = toolFactory(goalsTool, (t) => {
  const update = (change: (s: GoalsState) => GoalsState) => t.store.update(change);
  return {
    /** Sets one of the text fields. */
    setText: (field: TextField, text: string) => update((s) => ({ ...s, [field]: text.slice(0, TEXT_LIMITS[field]) })),

    /** Ticks or clears an objective (kept in the order of the list). */
    setObjective: (id: ObjectiveId, on: boolean) =>
      update((s) => ({ ...s, objectives: OBJECTIVE_IDS.filter((o) => (o === id ? on : s.objectives.includes(o))) })),

    /** Chooses the data sensitivity. */
    setSensitivity: (sensitivity: Sensitivity) => update((s) => ({ ...s, sensitivity })),

    /** Sets the deadline (YYYY-MM-DD, or '' to clear). */
    setDeadline: (iso: string) => update((s) => ({ ...s, deadline: /^\d{4}-\d{2}-\d{2}$/.test(iso) ? iso : '' })),

    /** Typing in "Budget per month": money, blank allowed. */
    editBudget(text: string, locale: string, commit: boolean): void {
      const rule = { label: 'Budget per month', kind: 'money' as const, min: 0, max: MAX_BUDGET, example: 900 };
      const r = checkNumber(rule, text, locale, false);
      if (r.ok) {
        t.$errors.setKey('gs-budget', undefined);
        update((s) => (s.budget === r.value ? s : { ...s, budget: r.value }));
      } else if (commit) t.$errors.setKey('gs-budget', r.message);
    },

    /** Goes back to the default judging criteria (drops the scorecard's). */
    useDefaultJudging: () => update((s) => ({ ...s, judging: null })),

    /** Adds an empty measure; returns its id, or undefined (with a message) at the limit. */
    addMeasure(): string | undefined {
      const rows = t.store.$state.get().measures;
      const row: StoredMeasure = { id: newRowId(rows, 'm'), name: '', baseline: '', target: '', how: '' };
      const r = addRow(rows, row, MEASURE_ROWS);
      if (!r.ok) return (t.$limit.set({ scope: 'measures', text: r.message }), undefined);
      t.$limit.set(null);
      update((s) => ({ ...s, measures: r.rows }));
      return row.id;
    },

    /** Removes a measure. */
    removeMeasure(id: string): boolean {
      const r = removeRow(t.store.$state.get().measures, id, MEASURE_ROWS);
      if (!r.ok) return false;
      t.$limit.set(null);
      update((s) => ({ ...s, measures: r.rows }));
      return true;
    },

    /** Moves a measure up (-1) or down (+1). */
    moveMeasure: (id: string, by: -1 | 1) => update((s) => ({ ...s, measures: moveRow(s.measures, id, by) })),

    /** Edits one field of a measure. */
    setMeasure: (id: string, field: MeasureField, text: string) =>
      update((s) => ({ ...s, measures: updateRow(s.measures, id, { [field]: text.slice(0, MEASURE_LIMITS[field]) }) })),
  };
});

/** A canvas instance with its actions. */
export type GoalsCanvas = ReturnType<typeof goalsFor>;
