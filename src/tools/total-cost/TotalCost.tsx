/** The total-cost tool: inputs on the left, results on the right (stacked on phones). */
import { ToolShell } from '../ui/ToolShell';
import { NumberField } from '../ui/NumberField';
import { ErrorSummary } from '../ui/ErrorSummary';
import { SettingsControls } from '../ui/SettingsControls';
import { useHydratedStore, useSettings, useStoreNow, useTool } from '../ui/hooks';
import { totalCostFor, visibleFields } from './store';
import { initialTotalCost } from './state';
import type { FieldDef } from './fields';
import type { PricingModel } from './model';
import { schemasReady } from '../framework/boot';
import { deferred } from '../ui/deferred';

// The results' code loads when they are needed (deferred.tsx); a returning visitor's data is
// read with its schema: the island waits for both before it renders.
const results = deferred(() => import('./TotalCostResults').then((m) => m.TotalCostResults), { chart: true });
await schemasReady();
const TotalCostResults = await results;

const GROUPS: { id: FieldDef['group']; legend: string }[] = [
  { id: 'horizon', legend: 'Period' },
  { id: 'inhouse', legend: 'Keeping the work in-house' },
  { id: 'vendor', legend: 'Outsourcing: the vendor and your oversight' },
  { id: 'transition', legend: 'Switching over, and out again' },
];

const PRICING: { value: PricingModel; label: string }[] = [
  { value: 'monthly', label: 'Monthly fee' },
  { value: 'hourly', label: 'Hourly rate' },
  { value: 'unit', label: 'Per unit' },
];

const fieldId = (key: string) => `tc-${key}`;

export default function TotalCost() {
  const tc = useTool(totalCostFor);
  const state = useHydratedStore(tc.store.$state, initialTotalCost());
  const errors = useStoreNow(tc.$errors);
  const { locale } = useSettings();
  const fields = visibleFields(state.pricing);
  const errorList = fields.flatMap((f) => (errors[f.key] ? [{ id: fieldId(f.key), message: errors[f.key]! }] : []));

  const renderField = (f: FieldDef) => (
    <NumberField
      key={f.key}
      id={fieldId(f.key)}
      label={f.label}
      hint={f.hint}
      source={f.source}
      kind={f.kind}
      value={state.values[f.key]}
      error={errors[f.key]}
      locale={locale}
      onEdit={(text, commit) => tc.editField(f.key, text, locale, commit)}
    />
  );

  return (
    <ToolShell tool={tc}>
      <div class="tool-layout">
        <form class="tool-inputs" onSubmit={(e) => e.preventDefault()} aria-label="Inputs" noValidate>
          <SettingsControls />
          <ErrorSummary errors={errorList} />
          {GROUPS.map((g) => (
            <fieldset key={g.id}>
              <legend>{g.legend}</legend>
              {g.id === 'vendor' && (
                <fieldset class="radios">
                  <legend>Pricing model</legend>
                  {PRICING.map((p) => (
                    <label key={p.value} class="radio">
                      <input
                        type="radio"
                        name="pricing"
                        value={p.value}
                        checked={state.pricing === p.value}
                        onChange={() => tc.setPricing(p.value)}
                      />
                      {p.label}
                    </label>
                  ))}
                </fieldset>
              )}
              {fields.filter((f) => f.group === g.id).map(renderField)}
            </fieldset>
          ))}
        </form>
        <TotalCostResults />
      </div>
    </ToolShell>
  );
}
