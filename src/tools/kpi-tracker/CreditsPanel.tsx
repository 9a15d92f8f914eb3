/** The service credit scheme: the KPI it applies to, the monthly fee, and the SLA's tiers. */
import { Field } from '../ui/Field';
import { NumberField } from '../ui/NumberField';
import { useSettings, useTool } from '../ui/hooks';
import { formatNumber } from '../framework/number-format';
import { kpiLabel } from './model';
import type { KpiTrackerState } from './state';
import { kpiTrackerFor } from './store';

interface Props {
  state: KpiTrackerState;
  error?: string;
}

export function CreditsPanel({ state, error }: Props) {
  const t = useTool(kpiTrackerFor);
  const { locale } = useSettings();
  const c = state.credits;
  const n = (v: number) => formatNumber(v, locale, 4);
  return (
    <form class="tool-inputs no-print" onSubmit={(e) => e.preventDefault()} aria-label="Service credits" noValidate>
      <fieldset>
        <legend>Service credits</legend>
        {c.tiers.length === 0 ? (
          <p class="hint">
            No credit tiers yet. Set them in the <a href="/tools/sla-builder/">SLA builder</a>; it offers them here with
            its KPIs.
          </p>
        ) : (
          <>
            <p class="hint">
              From your SLA builder (change them there): the tier with the lowest threshold that applies.
            </p>
            <ul class="kpi-tiers">
              {c.tiers.map((tier, i) => (
                <li key={i}>
                  Tier {i + 1}: below {n(tier.below)} % earns {n(tier.credit)} % of the fee
                </li>
              ))}
              {c.capPct !== null && <li>Credits are capped at {n(c.capPct)} % of the fee</li>}
            </ul>
          </>
        )}
        <Field id="kpi-credit-kpi" label="Service credits apply to" hint="The availability KPI, in %.">
          {(control) => (
            <select {...control} value={c.kpi ?? ''} onChange={(e) => t.setCreditKpi(e.currentTarget.value)}>
              <option value="">No KPI</option>
              {state.kpis.map((k, i) => (
                <option key={k.id} value={k.id}>
                  {kpiLabel(k.name, i)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <NumberField
          id="kpi-fee"
          label="Monthly service fee"
          hint="What you pay the vendor in a month, for the credit in money."
          kind="money"
          value={c.fee}
          error={error}
          locale={locale}
          onEdit={(text, commit) => t.editFee(text, locale, commit)}
        />
      </fieldset>
    </form>
  );
}
