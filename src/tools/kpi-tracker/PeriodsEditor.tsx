/**
 * The periods (oldest first), one card each: its name and every KPI's actual, with the
 * status beside each figure in words and colour.
 */
import { EditableTable, cellId, type TableColumn } from '../ui/EditableTable';
import { NumberField } from '../ui/NumberField';
import { useSettings, useTool } from '../ui/hooks';
import { kpiLabel, statusOf } from './model';
import { actualOf } from './results';
import { MAX_PERIOD_NAME, type TrackedKpi, type TrackedPeriod } from './state';
import { kpiTrackerFor } from './store';
import { StatusBadge } from './StatusBadge';

interface Props {
  kpis: TrackedKpi[];
  periods: TrackedPeriod[];
  errors: Record<string, string | undefined>;
  limit: string | null;
}

/** Id of a period's name field, an actual's field. */
export const PERIODS_TABLE = 'kpi-period';

export function PeriodsEditor({ kpis, periods, errors, limit }: Props) {
  const t = useTool(kpiTrackerFor);
  const { locale } = useSettings();
  const actualColumn = (k: TrackedKpi, i: number): TableColumn<TrackedPeriod> => {
    const label = (n: number) => `Actual for ${kpiLabel(k.name, i)} in period ${n}`;
    return {
      key: k.id,
      header: kpiLabel(k.name, i),
      kind: 'custom',
      label: (_, n) => label(n),
      render: (p, n, id) => {
        const actual = actualOf(p, k.id);
        return (
          <div class="kpi-actual">
            <NumberField
              id={id}
              label={label(n)}
              hint={k.unit ? `In ${k.unit}.` : undefined}
              kind="number"
              value={actual}
              error={errors[`${p.id}:${k.id}`]}
              locale={locale}
              onEdit={(text, commit) => t.editActual(p.id, k.id, label(n), text, locale, commit)}
              fieldClass="cell-field"
              labelClass="cell-label"
            />
            <StatusBadge status={statusOf(actual, k)} none={k.target === null ? 'No target' : 'No figure'} />
          </div>
        );
      },
    };
  };

  return (
    <form class="tool-inputs no-print" onSubmit={(e) => e.preventDefault()} aria-label="Periods" noValidate>
      <fieldset>
        <legend>Periods and actuals</legend>
        <p class="hint">
          One period per report, oldest first (usually a month). Leave a figure empty if you have none.
        </p>
        <div class="wide-rows">
          <EditableTable<TrackedPeriod>
            id={PERIODS_TABLE}
            caption="Periods and actuals"
            noun="period"
            rows={periods}
            locale={locale}
            columns={[
              {
                key: 'name',
                header: 'Period',
                kind: 'text',
                label: (_, n) => `Period ${n} name`,
                hint: (_, n) => (n === 1 ? 'For example January 2027.' : undefined),
                value: (p) => p.name,
                maxLength: MAX_PERIOD_NAME,
                onInput: (p, v) => t.renamePeriod(p.id, v),
              },
              ...kpis.map(actualColumn),
            ]}
            onMove={t.movePeriod}
            onRemove={t.removePeriod}
            add={{ label: 'Add period', onAdd: () => t.addPeriod() }}
            limit={limit}
            empty={
              kpis.length === 0 ? 'Add a KPI first, then a period for its figures.' : 'No periods yet: add the first.'
            }
          />
        </div>
      </fieldset>
    </form>
  );
}

export { cellId };
