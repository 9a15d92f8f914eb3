/** The KPIs as a table (cards on narrower screens), with presets from the KPI guide. */
import { useState } from 'preact/hooks';
import { EditableTable, cellId } from '../ui/EditableTable';
import { Field } from '../ui/Field';
import { focusLater } from '../ui/focus';
import { useSettings, useTool } from '../ui/hooks';
import { oneLine } from '../framework/text';
import { kpiWarnings } from './model';
import { KPI_PERIODS, KPI_PRESET_KEYS, KPI_PRESETS, MAX_LONG, MAX_TEXT, PERIOD_LABELS, type Kpi } from './state';
import { slaFor } from './store';

interface Props {
  kpis: Kpi[];
  errors: Record<string, string | undefined>;
  limit: string | null;
}

type TextKey = 'name' | 'definition' | 'unit' | 'source' | 'owner';

export function KpisEditor({ kpis, errors, limit }: Props) {
  const t = useTool(slaFor);
  const { locale } = useSettings();
  const [preset, setPreset] = useState(KPI_PRESET_KEYS[0]!);
  const name = (k: Kpi, n: number) => oneLine(k.name) || `KPI ${n}`;
  const nOf = (k: Kpi) => kpis.indexOf(k) + 1;
  const text = (key: Exclude<TextKey, 'name'>, header: string, label: (name: string) => string) => ({
    key,
    header,
    kind: 'text' as const,
    label: (k: Kpi, n: number) => label(name(k, n)),
    value: (k: Kpi) => k[key],
    maxLength: key === 'definition' ? MAX_LONG : MAX_TEXT,
    onInput: (k: Kpi, v: string) => t.editKpiText(k.id, key, v),
  });
  const number = (key: 'target' | 'minimum', header: string) => ({
    key,
    header,
    kind: 'number' as const,
    number: 'number' as const,
    label: (k: Kpi, n: number) => `${header} for ${name(k, n)}`,
    value: (k: Kpi) => k[key],
    error: (k: Kpi) => errors[`${k.id}:${key}`],
    onEdit: (k: Kpi, v: string, commit: boolean) =>
      t.editKpiNumber(k.id, key, `${header} for ${name(k, nOf(k))}`, v, locale, commit),
  });
  const warnings = kpis.flatMap((k, i) => kpiWarnings(k, i + 1));

  return (
    <form class="tool-inputs no-print" onSubmit={(e) => e.preventDefault()} aria-label="KPIs" noValidate>
      <fieldset>
        <legend>KPIs</legend>
        <p class="hint">Three to six KPIs are usually enough: speed, quality, your customers’ experience, and cost.</p>
        <div class="wide-rows">
          <EditableTable<Kpi>
            id="sla-kpi"
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
                maxLength: MAX_TEXT,
                onInput: (k, v) => t.editKpiText(k.id, 'name', v),
              },
              text('definition', 'Definition', (n) => `Definition of ${n}`),
              text('unit', 'Unit', (n) => `Unit of ${n}`),
              {
                key: 'direction',
                header: 'Better',
                kind: 'select',
                label: (k, n) => `Direction of ${name(k, n)}`,
                value: (k) => (k.lowerIsBetter ? 'lower' : 'higher'),
                options: [
                  { value: 'higher', label: 'Higher is better' },
                  { value: 'lower', label: 'Lower is better' },
                ],
                onChange: (k, v) => t.setKpiDirection(k.id, v === 'lower'),
              },
              number('target', 'Target'),
              number('minimum', 'Minimum'),
              {
                key: 'period',
                header: 'Measured',
                kind: 'select',
                label: (k, n) => `Measurement period of ${name(k, n)}`,
                value: (k) => k.period,
                options: KPI_PERIODS.map((p) => ({ value: p, label: PERIOD_LABELS[p] })),
                onChange: (k, v) => t.setKpiPeriod(k.id, v),
              },
              text('source', 'Data source', (n) => `Data source of ${n}`),
              text('owner', 'Owner', (n) => `Owner of ${n}`),
            ]}
            onMove={t.moveKpi}
            onRemove={t.removeKpi}
            add={{ label: 'Add KPI', onAdd: t.addKpi }}
            limit={limit}
            empty="No KPIs yet. Add your own, or start from a preset below."
          />
        </div>
        <div role="status">
          {warnings.length > 0 && (
            <ul class="banner warn sla-warnings">
              {warnings.map((w) => (
                <li key={w}>{w}</li>
              ))}
            </ul>
          )}
        </div>
        <Field id="sla-kpi-preset" label="KPI preset">
          {(control) => (
            <div class="inline-add">
              <select {...control} value={preset} onChange={(e) => setPreset(e.currentTarget.value)}>
                {KPI_PRESET_KEYS.map((k) => (
                  <option key={k} value={k}>
                    {KPI_PRESETS[k]!.name}
                  </option>
                ))}
              </select>
              <button
                type="button"
                class="secondary"
                onClick={() => {
                  const id = t.addPresetKpi(preset);
                  if (id) focusLater(cellId('sla-kpi', id, 'name'));
                }}
              >
                Add preset KPI
              </button>
            </div>
          )}
        </Field>
      </fieldset>
    </form>
  );
}
