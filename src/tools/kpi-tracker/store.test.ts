import { beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_ENGAGEMENT } from '../framework/tool-store';
import { exportText, readTransfer } from '../framework/transfer';
import { kpiTrackerFor } from './store';
import { MAX_KPIS } from './state';

const t = kpiTrackerFor(DEFAULT_ENGAGEMENT);
const state = () => t.store.$state.get();

beforeEach(() => {
  t.store.reset();
  t.$errors.set({});
  t.$limit.set(null);
});

describe('KPI tracker store', () => {
  it('names periods month after month and keeps actuals per KPI', () => {
    const k = t.addKpi()!;
    const p1 = t.addPeriod(new Date(2027, 0, 15))!;
    const p2 = t.addPeriod()!;
    expect(state().periods.map((p) => p.name)).toEqual(['January 2027', 'February 2027']);
    t.editActual(p1, k, 'Actual for KPI 1 in period 1', '99.5', 'en-US', true);
    t.editActual(p2, k, 'Actual for KPI 1 in period 2', '1.234,5', 'de-DE', true);
    expect(state().periods.map((p) => p.actuals[k])).toEqual([99.5, 1234.5]);
    // An actual for a KPI that does not exist is not stored.
    t.editActual(p1, 'kpi-gone', 'x', '5', 'en-US', true);
    expect(Object.keys(state().periods[0]!.actuals)).toEqual([k]);
  });

  it('an invalid actual is named on leaving the field and empties the stored figure', () => {
    const k = t.addKpi()!;
    const p = t.addPeriod()!;
    t.editActual(p, k, 'Actual for Accuracy in period 1', '97', 'en-US', true);
    t.editActual(p, k, 'Actual for Accuracy in period 1', '97x', 'en-US', false);
    expect(t.$errors.get()[`${p}:${k}`]).toBeUndefined(); // not while typing
    expect(state().periods[0]!.actuals).toEqual({});
    t.editActual(p, k, 'Actual for Accuracy in period 1', '-1', 'en-US', true);
    expect(t.$errors.get()[`${p}:${k}`]).toBe('Actual for Accuracy in period 1 cannot be negative');
    t.editActual(p, k, 'Actual for Accuracy in period 1', '', 'en-US', true);
    expect(t.$errors.get()[`${p}:${k}`]).toBeUndefined();
  });

  it('removing a KPI removes its actuals, its errors and the credits’ link to it', () => {
    const a = t.addKpi()!;
    const b = t.addKpi()!;
    const p = t.addPeriod()!;
    t.editActual(p, a, 'A', '1', 'en-US', true);
    t.editActual(p, b, 'B', 'x', 'en-US', true);
    t.setCreditKpi(b);
    expect(state().credits.kpi).toBe(b);
    t.setCreditKpi('kpi-unknown');
    expect(state().credits.kpi).toBe(b);
    expect(t.removeKpi(b)).toBe(true);
    expect(state().credits.kpi).toBeNull();
    expect(state().periods[0]!.actuals).toEqual({ [a]: 1 });
    expect(t.$errors.get()[`${p}:${b}`]).toBeUndefined();
  });

  it('refuses a KPI beyond the limit with a message', () => {
    for (let n = 0; n < MAX_KPIS; n++) expect(t.addKpi()).toBeDefined();
    expect(t.addKpi()).toBeUndefined();
    expect(t.$limit.get()).toEqual({
      scope: 'kpis',
      text: 'You can have at most 20 KPIs. Remove one before adding another.',
    });
  });

  it('export then import round-trips; a malformed file is refused', () => {
    const k = t.addKpi()!;
    t.editKpiText(k, 'name', 'Accuracy');
    const p = t.addPeriod()!;
    t.editActual(p, k, 'A', '3', 'en-US', true);
    t.editFeedback(p, 'agreed', 'Spot check weekly');
    const read = readTransfer(t.store, exportText(t.store));
    expect(read.ok && read.incoming.state).toEqual(state());
    const bad = JSON.parse(exportText(t.store));
    bad.data.periods[0].actuals[k] = 'three';
    const refused = readTransfer(t.store, JSON.stringify(bad));
    expect(refused.ok).toBe(false);
    expect(!refused.ok && refused.message).toMatch(/“Actual in period 1” must be a number between 0 and 1000000000/);
  });
});
