/** The KPIs as a table (cards on narrow screens): name, unit, target, minimum, direction. */
import { EditableTable } from '../ui/EditableTable';
import { useSettings, useTool } from '../ui/hooks';
import { kpiLabel, setupProblem } from './model';
import { MAX_NAME, MAX_UNIT, type TrackedKpi } from './state';
import { kpiTrackerFor } from './store';

interface Props {
  kpis: TrackedKpi[];
  errors: Record<string, string | undefined>;
  limit: string | null;
}

export function KpisEditor({ kpis, errors, limit }: Props) {
  const t = useTool(kpiTrackerFor);
  const { locale } = useSettings();
  const name = (k: TrackedKpi, n: number) => kpiLabel(k.name, n - 1);
  const number = (key: 'target' | 'minimum', header: string) => ({
    key,
    header,
    kind: 'number' as const,
    number: 'number' as const,
    label: (k: TrackedKpi, n: number) => `${header} for ${name(k, n)}`,
    value: (k: TrackedKpi) => k[key],
    error: (k: TrackedKpi) => errors[`${k.id}:${key}`],
    onEdit: (k: TrackedKpi, v: string, commit: boolean) =>
      t.editKpiNumber(k.id, key, `${header} for ${name(k, kpis.indexOf(k) + 1)}`, v, locale, commit),
  });
  const problems = kpis.flatMap((k, i) => {
    const p = setupProblem(k);
    return p ? [`${kpiLabel(k.name, i)} ${p}.`] : [];
  });

  return (
    <form class="tool-inputs no-print" onSubmit={(e) => e.preventDefault()} aria-label="KPIs" noValidate>
      <fieldset>
        <legend>KPIs</legend>
        <p class="hint">
          Give each KPI a target and a minimum: at or better than the target is green, at or better than the minimum
          amber, worse red.
        </p>
        <div class="wide-rows">
          <EditableTable<TrackedKpi>
            id="kpi"
            caption="KPIs"
            noun="KPI"
            rows={kpis}
            locale={locale}
            columns={[
              {
                key: 'name',
                header: 'Name',
                kind: 'text',
                label: (_, n) => `KPI ${n} name`,
                value: (k) => k.name,
                maxLength: MAX_NAME,
                onInput: (k, v) => t.editKpiText(k.id, 'name', v),
              },
              {
                key: 'unit',
                header: 'Unit',
                kind: 'text',
                label: (k, n) => `Unit of ${name(k, n)}`,
                value: (k) => k.unit,
                maxLength: MAX_UNIT,
                onInput: (k, v) => t.editKpiText(k.id, 'unit', v),
              },
              number('target', 'Target'),
              number('minimum', 'Minimum'),
              {
                key: 'lower',
                header: 'Direction',
                kind: 'checkbox',
                label: (k, n) => `Lower is better: ${name(k, n)}`,
                checked: (k) => k.lowerIsBetter,
                onToggle: (k, on) => t.setLowerIsBetter(k.id, on),
              },
            ]}
            onMove={t.moveKpi}
            onRemove={t.removeKpi}
            add={{ label: 'Add KPI', onAdd: t.addKpi }}
            limit={limit}
            empty="No KPIs yet. Add your own, or take them from your SLA builder (it offers them here once it has some)."
          />
        </div>
        <div role="status">
          {problems.length > 0 && (
            <ul class="banner warn kpi-warnings">
              {problems.map((w) => (
                <li key={w}>{w}</li>
              ))}
            </ul>
          )}
        </div>
      </fieldset>
    </form>
  );
}
