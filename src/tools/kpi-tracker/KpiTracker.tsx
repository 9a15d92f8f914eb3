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
import { KpiResults } from './KpiResults';
import { KpiTrends } from './KpiTrends';
import { FeedbackLog } from './FeedbackLog';
import { schemasReady } from '../framework/boot';

// A returning visitor's data is read with its schema: the island waits for it before it renders.
await schemasReady();

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
