/**
 * The KPI tracker: KPIs (from the SLA builder's offer or by hand), periods with each KPI's
 * actual and its status, live results (red and amber KPIs, status by period, credits due),
 * a trend chart per KPI, and the feedback log.
 */
import { ToolShell } from '../ui/ToolShell';
import { cellId } from '../ui/EditableTable';
import { ErrorSummary } from '../ui/ErrorSummary';
import { SettingsControls } from '../ui/SettingsControls';
import { useHydratedStore, useSettings, useStoreNow, useTool } from '../ui/hooks';
import { initialKpiTracker } from './state';
import { kpiTrackerFor } from './store';
import { KpisEditor } from './KpisEditor';
import { PeriodsEditor, PERIODS_TABLE } from './PeriodsEditor';
import { CreditsPanel } from './CreditsPanel';
import { FeedbackLog } from './FeedbackLog';
import { schemasReady } from '../framework/boot';
import { deferred } from '../ui/deferred';

// The results' and the trend charts' code loads when they are needed (deferred.tsx); a returning
// visitor's data is read with its schema: the island waits for all three before it renders.
const parts = Promise.all([
  deferred(() => import('./KpiResults').then((m) => m.KpiResults)),
  deferred(() => import('./KpiTrends').then((m) => m.KpiTrends), { chart: true }),
]);
await schemasReady();
const [KpiResults, KpiTrends] = await parts;

/** The element id of the field an error key belongs to. */
function fieldOf(key: string): string {
  const [row, col] = key.split(':');
  if (!col) return `kpi-${key}`;
  return col === 'target' || col === 'minimum' ? cellId('kpi', row!, col) : cellId(PERIODS_TABLE, row!, col);
}

export default function KpiTracker() {
  const t = useTool(kpiTrackerFor);
  const state = useHydratedStore(t.store.$state, initialKpiTracker());
  const errors = useStoreNow(t.$errors);
  const limit = useStoreNow(t.$limit);
  const { locale } = useSettings();
  const errorList = Object.entries(errors).flatMap(([k, m]) => (m ? [{ id: fieldOf(k), message: m }] : []));
  return (
    <ToolShell tool={t}>
      <div class="kpi">
        <div class="no-print">
          <SettingsControls />
          <ErrorSummary errors={errorList} />
        </div>
        <KpisEditor kpis={state.kpis} errors={errors} limit={limit?.scope === 'kpis' ? limit.text : null} />
        <div class="tool-layout">
          <div class="kpi-inputs">
            <PeriodsEditor
              kpis={state.kpis}
              periods={state.periods}
              errors={errors}
              limit={limit?.scope === 'periods' ? limit.text : null}
            />
            <CreditsPanel state={state} error={errors.fee} />
          </div>
          <KpiResults state={state} />
        </div>
        <KpiTrends state={state} locale={locale} />
        <FeedbackLog periods={state.periods} />
      </div>
    </ToolShell>
  );
}
