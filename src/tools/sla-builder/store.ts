/**
 * The SLA builder's instance per engagement, with the actions its view calls
 * (`useTool(slaFor)`). KPIs and tiers go through the table engine. Field errors are keyed by
 * field id (`target`, `fee`, `<row id>:below`…); an invalid text empties the stored value, so
 * nothing is computed from a number the visitor no longer sees.
 */
import { toolFactory } from '../framework/instance';
import { checkNumber, type NumericRule } from '../framework/field-validation';
import { addRow, moveRow, newRowId, removeRow, updateRow, type RowRules } from '../framework/rows';
import {
  KPI_PRESETS,
  MAX_DOWNTIME,
  MAX_FEE,
  MAX_KPI_VALUE,
  MAX_KPIS,
  MAX_TIERS,
  MEETINGS,
  REPORTS,
  type CreditTier,
  type Kpi,
  type SlaState,
} from './state';
import slaTool from './tool';

export const KPI_ROWS: RowRules = { min: 0, max: MAX_KPIS, noun: 'KPIs' };
export const TIER_ROWS: RowRules = { min: 0, max: MAX_TIERS, noun: 'tiers' };

type Availability = SlaState['availability'];
type KpiText = 'name' | 'definition' | 'unit' | 'source' | 'owner';

/** Rules of the single fields (labels as shown on the page). */
export const FIELD_RULES = {
  target: { label: 'Availability target (%)', kind: 'percent', min: 0, max: 100, example: 99.5 },
  daysPerWeek: { label: 'Days a week', kind: 'integer', min: 1, max: 7, example: 5 },
  hoursPerDay: { label: 'Hours a day', kind: 'number', min: 0.5, max: 24, example: 8 },
  downtime: { label: 'Downtime in the month (minutes)', kind: 'number', min: 0, max: MAX_DOWNTIME, example: 240 },
  fee: { label: 'Monthly service fee', kind: 'money', min: 0, max: MAX_FEE, example: 2000 },
  capPct: { label: 'Credit cap (% of fee)', kind: 'percent', min: 0, max: 100, example: 20 },
} satisfies Record<string, NumericRule>;

/** Fields that may be left empty (the rest must hold a number). */
const OPTIONAL = new Set(['downtime', 'fee', 'capPct']);

export const slaFor = toolFactory(slaTool, (t) => {
  const state = () => t.store.$state.get();
  const refused = (scope: string, message: string) => (t.$limit.set({ scope, text: message }), undefined);

  /** Checks a text; stores the value (or null when invalid) with `write`; reports on commit. */
  const edit = (
    errorKey: string,
    rule: NumericRule,
    text: string,
    locale: string,
    commit: boolean,
    required: boolean,
    write: (s: SlaState, v: number | null) => SlaState,
  ) => {
    const r = checkNumber(rule, text, locale, required);
    if (r.ok) t.$errors.setKey(errorKey, undefined);
    else if (commit) t.$errors.setKey(errorKey, r.message);
    // Required fields keep their last good value (the schema needs one); results show the error.
    if (r.ok || !required) t.store.update((s) => write(s, r.ok ? r.value : null));
  };

  const addKpiRow = (row: Omit<Kpi, 'id'>) => {
    const id = newRowId(state().kpis, 'kpi-');
    const r = addRow(state().kpis, { id, ...row }, KPI_ROWS);
    if (!r.ok) return refused('kpis', r.message);
    t.$limit.set(null);
    t.store.update((s) => ({ ...s, kpis: r.rows }));
    return id;
  };

  return {
    /** A single field of the availability helper or the credits. */
    editField(key: keyof typeof FIELD_RULES, text: string, locale: string, commit: boolean): void {
      const required = !OPTIONAL.has(key);
      edit(key, FIELD_RULES[key], text, locale, commit, required, (s, v) => {
        if (key === 'fee' || key === 'capPct') return { ...s, credits: { ...s.credits, [key]: v } };
        return {
          ...s,
          availability: { ...s.availability, [key]: key === 'target' || key === 'downtime' ? v : (v ?? 1) },
        };
      });
    },

    setService(service: Availability['service']): void {
      t.store.update((s) => ({ ...s, availability: { ...s.availability, service } }));
    },

    setMonthDays(days: number): void {
      if (days !== 28 && days !== 29 && days !== 30 && days !== 31) return;
      t.store.update((s) => ({ ...s, availability: { ...s.availability, monthDays: days } }));
    },

    addTier(): string | undefined {
      const id = newRowId(state().credits.tiers, 'tier-');
      const r = addRow<CreditTier>(state().credits.tiers, { id, below: null, credit: null }, TIER_ROWS);
      if (!r.ok) return refused('tiers', r.message);
      t.$limit.set(null);
      t.store.update((s) => ({ ...s, credits: { ...s.credits, tiers: r.rows } }));
      return id;
    },

    removeTier(id: string): boolean {
      const r = removeRow(state().credits.tiers, id, TIER_ROWS);
      if (!r.ok) return (refused('tiers', r.message), false);
      t.$errors.setKey(`${id}:below`, undefined);
      t.$errors.setKey(`${id}:credit`, undefined);
      t.store.update((s) => ({ ...s, credits: { ...s.credits, tiers: r.rows } }));
      return true;
    },

    moveTier(id: string, by: -1 | 1): void {
      t.store.update((s) => ({ ...s, credits: { ...s.credits, tiers: moveRow(s.credits.tiers, id, by) } }));
    },

    editTier(id: string, key: 'below' | 'credit', label: string, text: string, locale: string, commit: boolean) {
      const rule: NumericRule = { label, kind: 'percent', min: 0, max: 100, example: key === 'below' ? 99.5 : 5 };
      edit(`${id}:${key}`, rule, text, locale, commit, false, (s, v) => ({
        ...s,
        credits: { ...s.credits, tiers: updateRow(s.credits.tiers, id, { [key]: v }) },
      }));
    },

    addKpi: () =>
      addKpiRow({
        name: '',
        definition: '',
        unit: '',
        lowerIsBetter: false,
        target: null,
        minimum: null,
        period: 'monthly',
        source: '',
        owner: '',
      }),

    addPresetKpi: (key: string) => (Object.hasOwn(KPI_PRESETS, key) ? addKpiRow({ ...KPI_PRESETS[key]! }) : undefined),

    removeKpi(id: string): boolean {
      const r = removeRow(state().kpis, id, KPI_ROWS);
      if (!r.ok) return (refused('kpis', r.message), false);
      t.$errors.setKey(`${id}:target`, undefined);
      t.$errors.setKey(`${id}:minimum`, undefined);
      t.store.update((s) => ({ ...s, kpis: r.rows }));
      return true;
    },

    moveKpi(id: string, by: -1 | 1): void {
      t.store.update((s) => ({ ...s, kpis: moveRow(s.kpis, id, by) }));
    },

    editKpiText(id: string, key: KpiText, text: string): void {
      t.store.update((s) => ({ ...s, kpis: updateRow(s.kpis, id, { [key]: text }) }));
    },

    setKpiDirection(id: string, lowerIsBetter: boolean): void {
      t.store.update((s) => ({ ...s, kpis: updateRow(s.kpis, id, { lowerIsBetter }) }));
    },

    setKpiPeriod(id: string, period: string): void {
      t.store.update((s) => ({ ...s, kpis: updateRow(s.kpis, id, { period: period as Kpi['period'] }) }));
    },

    editKpiNumber(id: string, key: 'target' | 'minimum', label: string, text: string, locale: string, commit: boolean) {
      const rule: NumericRule = { label, kind: 'number', min: 0, max: MAX_KPI_VALUE, example: 90 };
      edit(`${id}:${key}`, rule, text, locale, commit, false, (s, v) => ({
        ...s,
        kpis: updateRow(s.kpis, id, { [key]: v }),
      }));
    },

    setReview(key: 'report' | 'meeting', value: string): void {
      const allowed: readonly string[] = key === 'report' ? REPORTS : MEETINGS;
      if (!allowed.includes(value)) return;
      t.store.update((s) => ({ ...s, review: { ...s.review, [key]: value } }) as SlaState);
    },

    editBreach(text: string): void {
      t.store.update((s) => ({ ...s, review: { ...s.review, breach: text } }));
    },
  };
});
