/**
 * The KPI tracker's instance per engagement, with the actions its views call
 * (`useTool(kpiTrackerFor)`). KPIs and periods go through the table engine. Field errors are
 * keyed by field id (`<kpi id>:target`, `<period id>:<kpi id>`, `fee`); an invalid text empties
 * the stored value, so no status or credit is computed from a number the visitor no longer sees.
 */
import { toolFactory } from '../framework/instance';
import { checkNumber, type NumericRule } from '../framework/field-validation';
import { addRow, moveRow, newRowId, removeRow, updateRow, type RowRules } from '../framework/rows';
import { nextPeriodName } from './model';
import {
  MAX_FEE,
  MAX_KPIS,
  MAX_PERIODS,
  MAX_VALUE,
  type KpiTrackerState,
  type TrackedKpi,
  type TrackedPeriod,
} from './state';
import kpiTool from './tool';

export const KPI_ROWS: RowRules = { min: 0, max: MAX_KPIS, noun: 'KPIs' };
export const PERIOD_ROWS: RowRules = { min: 0, max: MAX_PERIODS, noun: 'periods' };

type Feedback = TrackedPeriod['feedback'];

export const kpiTrackerFor = toolFactory(kpiTool, (t) => {
  const state = () => t.store.$state.get();
  const refused = (scope: string, message: string) => (t.$limit.set({ scope, text: message }), undefined);

  /** Checks a number; stores it (or null when invalid or empty) with `write`; reports on commit. */
  const edit = (
    errorKey: string,
    rule: NumericRule,
    text: string,
    locale: string,
    commit: boolean,
    write: (s: KpiTrackerState, v: number | null) => KpiTrackerState,
  ) => {
    const r = checkNumber(rule, text, locale, false);
    if (r.ok) t.$errors.setKey(errorKey, undefined);
    else if (commit) t.$errors.setKey(errorKey, r.message);
    t.store.update((s) => write(s, r.ok ? r.value : null));
  };
  const clearErrors = (match: (key: string) => boolean) => {
    for (const k of Object.keys(t.$errors.get())) if (match(k)) t.$errors.setKey(k, undefined);
  };

  return {
    addKpi(): string | undefined {
      const id = newRowId(state().kpis, 'kpi-');
      const row: TrackedKpi = { id, name: '', unit: '', lowerIsBetter: false, target: null, minimum: null };
      const r = addRow(state().kpis, row, KPI_ROWS);
      if (!r.ok) return refused('kpis', r.message);
      t.$limit.set(null);
      t.store.update((s) => ({ ...s, kpis: r.rows }));
      return id;
    },

    /** Removes a KPI with its actuals (and the credits' link to it). */
    removeKpi(id: string): boolean {
      const r = removeRow(state().kpis, id, KPI_ROWS);
      if (!r.ok) return (refused('kpis', r.message), false);
      t.$limit.set(null);
      clearErrors((k) => k.startsWith(`${id}:`) || k.endsWith(`:${id}`));
      t.store.update((s) => ({
        ...s,
        kpis: r.rows,
        periods: s.periods.map((p) => {
          const actuals = { ...p.actuals };
          delete actuals[id];
          return { ...p, actuals };
        }),
        credits: s.credits.kpi === id ? { ...s.credits, kpi: null } : s.credits,
      }));
      return true;
    },

    moveKpi(id: string, by: -1 | 1): void {
      t.store.update((s) => ({ ...s, kpis: moveRow(s.kpis, id, by) }));
    },

    editKpiText(id: string, key: 'name' | 'unit', text: string): void {
      t.store.update((s) => ({ ...s, kpis: updateRow(s.kpis, id, { [key]: text }) }));
    },

    setLowerIsBetter(id: string, lowerIsBetter: boolean): void {
      t.store.update((s) => ({ ...s, kpis: updateRow(s.kpis, id, { lowerIsBetter }) }));
    },

    editKpiNumber(id: string, key: 'target' | 'minimum', label: string, text: string, locale: string, commit: boolean) {
      const rule: NumericRule = { label, kind: 'number', min: 0, max: MAX_VALUE, example: 95 };
      edit(`${id}:${key}`, rule, text, locale, commit, (s, v) => ({ ...s, kpis: updateRow(s.kpis, id, { [key]: v }) }));
    },

    /** Adds a period after the last, named after the month that follows it. */
    addPeriod(today = new Date()): string | undefined {
      const periods = state().periods;
      const id = newRowId(periods, 'p-');
      const row: TrackedPeriod = {
        id,
        name: nextPeriodName(periods.at(-1)?.name, today),
        actuals: {},
        feedback: { said: '', agreed: '', by: '' },
      };
      const r = addRow(periods, row, PERIOD_ROWS);
      if (!r.ok) return refused('periods', r.message);
      t.$limit.set(null);
      t.store.update((s) => ({ ...s, periods: r.rows }));
      return id;
    },

    removePeriod(id: string): boolean {
      const r = removeRow(state().periods, id, PERIOD_ROWS);
      if (!r.ok) return (refused('periods', r.message), false);
      t.$limit.set(null);
      clearErrors((k) => k.startsWith(`${id}:`));
      t.store.update((s) => ({ ...s, periods: r.rows }));
      return true;
    },

    movePeriod(id: string, by: -1 | 1): void {
      t.store.update((s) => ({ ...s, periods: moveRow(s.periods, id, by) }));
    },

    renamePeriod(id: string, name: string): void {
      t.store.update((s) => ({ ...s, periods: updateRow(s.periods, id, { name }) }));
    },

    editActual(period: string, kpi: string, label: string, text: string, locale: string, commit: boolean) {
      const rule: NumericRule = { label, kind: 'number', min: 0, max: MAX_VALUE, example: 95 };
      edit(`${period}:${kpi}`, rule, text, locale, commit, (s, v) => ({
        ...s,
        periods: s.periods.map((p) => {
          if (p.id !== period || !s.kpis.some((k) => k.id === kpi)) return p;
          const actuals = { ...p.actuals };
          if (v === null) delete actuals[kpi];
          else actuals[kpi] = v;
          return { ...p, actuals };
        }),
      }));
    },

    editFeedback(period: string, key: keyof Feedback, text: string): void {
      t.store.update((s) => ({
        ...s,
        periods: s.periods.map((p) => (p.id === period ? { ...p, feedback: { ...p.feedback, [key]: text } } : p)),
      }));
    },

    /** Chooses the KPI the credits apply to ("" for none). */
    setCreditKpi(id: string): void {
      t.store.update((s) =>
        id === '' || s.kpis.some((k) => k.id === id) ? { ...s, credits: { ...s.credits, kpi: id || null } } : s,
      );
    },

    editFee(text: string, locale: string, commit: boolean): void {
      const rule: NumericRule = { label: 'Monthly service fee', kind: 'money', min: 0, max: MAX_FEE, example: 2000 };
      edit('fee', rule, text, locale, commit, (s, v) => ({ ...s, credits: { ...s.credits, fee: v } }));
    },
  };
});
