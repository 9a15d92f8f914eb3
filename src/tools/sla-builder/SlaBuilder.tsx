/** The SLA and KPI builder: availability and credits with live results, then KPIs, review and the schedule. */
import { ToolShell } from '../ui/ToolShell';
import { EditableTable, cellId } from '../ui/EditableTable';
import { ErrorSummary } from '../ui/ErrorSummary';
import { NumberField } from '../ui/NumberField';
import { Field } from '../ui/Field';
import { SettingsControls } from '../ui/SettingsControls';
import { useHydratedStore, useSettings, useStoreNow, useTool } from '../ui/hooks';
import { initialSla, MONTH_DAYS, type CreditTier } from './state';
import { FIELD_RULES, slaFor } from './store';
import { KpisEditor } from './KpisEditor';
import { ReviewEditor } from './ReviewEditor';
import { schemasReady } from '../framework/boot';
import { deferred } from '../ui/deferred';

// The results' and the schedule's code loads when they are needed (deferred.tsx); a returning
// visitor's data is read with its schema: the island waits for all three before it renders.
const parts = Promise.all([
  deferred(() => import('./SlaResults').then((m) => m.SlaResults)),
  deferred(() => import('./Schedule').then((m) => m.Schedule)),
]);
await schemasReady();
const [SlaResults, Schedule] = await parts;

const fieldId = (key: string) => `sla-${key}`;

export default function SlaBuilder() {
  const t = useTool(slaFor);
  const state = useHydratedStore(t.store.$state, initialSla());
  const errors = useStoreNow(t.$errors);
  const limit = useStoreNow(t.$limit);
  const { locale } = useSettings();
  const a = state.availability;
  const errorList = Object.entries(errors).flatMap(([k, m]) => {
    if (!m) return [];
    const [row, col] = k.split(':');
    if (!col) return [{ id: fieldId(k), message: m }];
    const table = col === 'below' || col === 'credit' ? 'sla-tier' : 'sla-kpi';
    return [{ id: cellId(table, row!, col), message: m }];
  });

  const field = (key: keyof typeof FIELD_RULES, value: number | null, hint?: string) => (
    <NumberField
      id={fieldId(key)}
      label={FIELD_RULES[key].label}
      hint={hint}
      kind={FIELD_RULES[key].kind}
      value={value}
      error={errors[key]}
      locale={locale}
      onEdit={(text, commit) => t.editField(key, text, locale, commit)}
    />
  );
  const tierLabel = (n: number, what: 'below' | 'credit') =>
    what === 'below' ? `Tier ${n}: availability below (%)` : `Tier ${n}: credit (% of fee)`;
  const tierColumn = (key: 'below' | 'credit', header: string) => ({
    key,
    header,
    kind: 'number' as const,
    number: 'percent' as const,
    label: (_: CreditTier, n: number) => tierLabel(n, key),
    value: (row: CreditTier) => row[key],
    error: (row: CreditTier) => errors[`${row.id}:${key}`],
    onEdit: (row: CreditTier, text: string, commit: boolean) =>
      t.editTier(row.id, key, tierLabel(state.credits.tiers.indexOf(row) + 1, key), text, locale, commit),
  });

  return (
    <ToolShell tool={t}>
      <div class="sla">
        <div class="tool-layout">
          <form
            class="tool-inputs no-print"
            onSubmit={(e) => e.preventDefault()}
            aria-label="Availability and credits"
            noValidate
          >
            <SettingsControls />
            <ErrorSummary errors={errorList} />
            <fieldset>
              <legend>Availability</legend>
              {field('target', a.target, 'The share of service time the service must be usable, e.g. 99.5.')}
              <fieldset class="radios">
                <legend>Service hours</legend>
                <label class="radio">
                  <input
                    type="radio"
                    name="sla-service"
                    checked={a.service === '24x7'}
                    onChange={() => t.setService('24x7')}
                  />
                  24×7 (around the clock)
                </label>
                <label class="radio">
                  <input
                    type="radio"
                    name="sla-service"
                    checked={a.service === 'business'}
                    onChange={() => t.setService('business')}
                  />
                  Business hours
                </label>
              </fieldset>
              {a.service === 'business' && (
                <div class="sla-pair">
                  {field('daysPerWeek', a.daysPerWeek, 'Working days in a week, e.g. 5 for Monday to Friday.')}
                  {field('hoursPerDay', a.hoursPerDay, 'Service hours in each working day.')}
                </div>
              )}
            </fieldset>
            <fieldset>
              <legend>Service credits</legend>
              <p class="hint">
                A tier applies when the month’s availability is below its threshold; the tier with the lowest threshold
                that applies is used (credits are not added up).
              </p>
              <EditableTable<CreditTier>
                id="sla-tier"
                caption="Service credit tiers"
                noun="tier"
                rows={state.credits.tiers}
                locale={locale}
                columns={[tierColumn('below', 'Availability below'), tierColumn('credit', 'Credit (% of fee)')]}
                onMove={t.moveTier}
                onRemove={t.removeTier}
                add={{ label: 'Add tier', onAdd: t.addTier }}
                limit={limit?.scope === 'tiers' ? limit.text : null}
                empty="No credit tiers: the vendor owes no credits."
              />
              {field('capPct', state.credits.capPct, 'Optional: the most credit in any month. Leave empty for no cap.')}
              {field('fee', state.credits.fee, 'What you pay the vendor in a month, for the credit in money.')}
              <Field id="sla-month-days" label="Days in the month">
                {(control) => (
                  <select
                    {...control}
                    value={String(a.monthDays)}
                    onChange={(e) => t.setMonthDays(Number(e.currentTarget.value))}
                  >
                    {MONTH_DAYS.map((d) => (
                      <option key={d} value={String(d)}>
                        {d}
                      </option>
                    ))}
                  </select>
                )}
              </Field>
              {field('downtime', a.downtime, 'Minutes the service was down during service hours this month.')}
            </fieldset>
          </form>
          <SlaResults state={state} errors={errors} />
        </div>
        <KpisEditor kpis={state.kpis} errors={errors} limit={limit?.scope === 'kpis' ? limit.text : null} />
        <ReviewEditor review={state.review} />
        <Schedule state={state} />
      </div>
    </ToolShell>
  );
}
