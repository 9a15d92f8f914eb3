/**
 * The pilot planner: the trial and its pass marks (criteria in the table engine), then the
 * decision by the rule agreed in advance, then the one-page agreement to send the vendor.
 */
import { ToolShell } from '../ui/ToolShell';
import { EditableTable } from '../ui/EditableTable';
import { ErrorSummary } from '../ui/ErrorSummary';
import { Field } from '../ui/Field';
import { NumberField } from '../ui/NumberField';
import { SettingsControls } from '../ui/SettingsControls';
import { useHydratedStore, useSettings, useStoreNow, useTool } from '../ui/hooks';
import { criterionLabel, endDate } from './model';
import { initialPilot, MAX_CRITERIA, MAX_HOW, MAX_NAME, MAX_SCOPE, MAX_SHORT, type StoredCriterion } from './state';
import { CRITERIA_TABLE, figureId, pilotFor, type FigureKey } from './store';
import { dateFormat } from './format';
import { schemasReady } from '../framework/boot';
import { deferred } from '../ui/deferred';

// The results' and the agreement's code loads when they are needed (deferred.tsx); a returning
// visitor's data is read with its schema: the island waits for all three before it renders.
const parts = Promise.all([
  deferred(() => import('./PilotResults').then((m) => m.PilotResults)),
  deferred(() => import('./PilotAgreement').then((m) => m.PilotAgreement)),
]);
await schemasReady();
const [PilotResults, PilotAgreement] = await parts;

const initial = initialPilot();

export default function PilotPlanner() {
  const pp = useTool(pilotFor);
  const state = useHydratedStore(pp.store.$state, initial);
  const errors = useStoreNow(pp.$errors);
  const limit = useStoreNow(pp.$limit);
  const { locale } = useSettings();
  const label = (c: StoredCriterion) => criterionLabel(c.name, state.criteria.indexOf(c));
  const end = endDate(state.start, state.weeks);

  const visible = new Set([
    'pp-weeks',
    ...state.criteria.flatMap((c) =>
      (['weight', 'target', 'minimum', 'actual'] as const).map((k) => figureId(c.id, k)),
    ),
  ]);
  const errorList = Object.entries(errors).flatMap(([id, message]) =>
    message && visible.has(id) ? [{ id, message }] : [],
  );

  const figure = (key: FigureKey, header: string, name: string, hint?: (c: StoredCriterion) => string) => ({
    key,
    header,
    kind: 'number' as const,
    number: 'number' as const,
    label: (c: StoredCriterion) => `${name} for ${label(c)}`,
    hint: hint && ((c: StoredCriterion) => hint(c)),
    value: (c: StoredCriterion) => c[key],
    error: (c: StoredCriterion) => errors[figureId(c.id, key)],
    onEdit: (c: StoredCriterion, text: string, commit: boolean) =>
      pp.editFigure(c.id, key, `${name} for ${label(c)}`, text, locale, commit),
  });

  return (
    <ToolShell tool={pp}>
      <form class="pp-form" onSubmit={(e) => e.preventDefault()} aria-label="Inputs" noValidate>
        <SettingsControls />
        <ErrorSummary errors={errorList} />
        <fieldset class="pp-trial">
          <legend>The pilot</legend>
          <div class="pp-grid">
            <Field id="pp-vendor" label="Vendor">
              {(control) => (
                <input
                  {...control}
                  type="text"
                  autoComplete="off"
                  maxLength={MAX_SHORT}
                  value={state.vendor}
                  onInput={(e) => pp.setText('vendor', e.currentTarget.value)}
                />
              )}
            </Field>
            <Field id="pp-price" label="Price of the pilot" hint="A fixed fee or a rate. Expect to pay for a pilot.">
              {(control) => (
                <input
                  {...control}
                  type="text"
                  autoComplete="off"
                  maxLength={MAX_SHORT}
                  value={state.price}
                  onInput={(e) => pp.setText('price', e.currentTarget.value)}
                />
              )}
            </Field>
          </div>
          <Field
            id="pp-scope"
            label="Scope"
            hint="The real work the vendor does in the pilot, with volumes and systems. One item per line."
          >
            {(control) => (
              <textarea
                {...control}
                rows={3}
                maxLength={MAX_SCOPE}
                value={state.scope}
                onInput={(e) => pp.setText('scope', e.currentTarget.value)}
              />
            )}
          </Field>
          <div class="pp-grid">
            <Field id="pp-start" label="Start date">
              {(control) => (
                <input
                  {...control}
                  type="date"
                  value={state.start}
                  onInput={(e) => pp.setDate('start', e.currentTarget.value)}
                />
              )}
            </Field>
            <NumberField
              id="pp-weeks"
              label="Duration in weeks"
              hint="Long enough for a full cycle of the work: four to eight weeks for an ongoing service."
              kind="integer"
              value={state.weeks}
              error={errors['pp-weeks']}
              locale={locale}
              onEdit={(text, commit) => pp.editWeeks(text, locale, commit)}
            />
            <Field
              id="pp-review"
              label="Review date"
              hint={end ? `Blank means the day the pilot ends, ${dateFormat(locale)(end)}.` : 'The day you decide.'}
            >
              {(control) => (
                <input
                  {...control}
                  type="date"
                  value={state.review}
                  onInput={(e) => pp.setDate('review', e.currentTarget.value)}
                />
              )}
            </Field>
          </div>
        </fieldset>
        <fieldset class="pp-criteria">
          <legend>Pass marks</legend>
          <p class="hint">
            Three to six criteria, agreed with the vendor before the pilot starts (at most {MAX_CRITERIA}). Weights are
            points of any size, shared out to 100 %. The target is what good looks like, the minimum the least you would
            accept; tick “Lower is better” for times and costs. A must-have worse than its minimum stops the pilot
            whatever the total. Fill in the actuals on the review date.
          </p>
          <div class="wide-rows">
            <EditableTable<StoredCriterion>
              id={CRITERIA_TABLE}
              caption="Pilot criteria"
              noun="criterion"
              rows={state.criteria}
              locale={locale}
              columns={[
                {
                  key: 'name',
                  header: 'Criterion',
                  kind: 'text',
                  label: (_, n) => `Criterion ${n} name`,
                  value: (c) => c.name,
                  maxLength: MAX_NAME,
                  onInput: (c, text) => pp.renameCriterion(c.id, text),
                },
                figure('weight', 'Weight', 'Weight'),
                figure('target', 'Target', 'Target'),
                figure('minimum', 'Minimum', 'Minimum'),
                figure('actual', 'Actual', 'Actual'),
                {
                  key: 'must',
                  header: 'Must-have',
                  kind: 'checkbox',
                  label: (c) => `Must-have: ${label(c)}`,
                  checked: (c) => c.mustHave,
                  onToggle: (c, on) => pp.setFlag(c.id, 'mustHave', on),
                },
                {
                  key: 'lower',
                  header: 'Lower is better',
                  kind: 'checkbox',
                  label: (c) => `Lower is better: ${label(c)}`,
                  checked: (c) => c.lowerIsBetter,
                  onToggle: (c, on) => pp.setFlag(c.id, 'lowerIsBetter', on),
                },
                {
                  key: 'how',
                  header: 'How it is measured',
                  kind: 'text',
                  label: (c) => `How it is measured for ${label(c)}`,
                  value: (c) => c.how,
                  maxLength: MAX_HOW,
                  onInput: (c, text) => pp.setHow(c.id, text),
                },
              ]}
              onMove={pp.moveCriterion}
              onRemove={pp.removeCriterion}
              add={{ label: 'Add criterion', onAdd: pp.addCriterion }}
              limit={limit?.scope === 'criteria' ? limit.text : null}
              empty="No criteria yet. Add one, or accept the success measures from your goals and scope canvas when they are offered above."
            />
          </div>
        </fieldset>
      </form>
      <PilotResults />
      <PilotAgreement />
    </ToolShell>
  );
}
