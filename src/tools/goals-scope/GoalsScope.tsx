/**
 * The goals and scope canvas: the brief's parts as a form (the work, why, outcomes and
 * measures, scope, constraints and owner), then the brief and the request for proposal they
 * make. Nothing is required: what is still empty is pointed out next to the brief.
 */
import { ToolShell } from '../ui/ToolShell';
import { EditableTable } from '../ui/EditableTable';
import { ErrorSummary } from '../ui/ErrorSummary';
import { Field } from '../ui/Field';
import { NumberField } from '../ui/NumberField';
import { SettingsControls } from '../ui/SettingsControls';
import { useHydratedStore, useSettings, useStoreNow, useTool } from '../ui/hooks';
import { measureLabel, OBJECTIVE_IDS, OBJECTIVES, SENSITIVITIES, SENSITIVITY, type SecurityItem } from './model';
import { initialGoals, MAX_HOW, MAX_LINE, MAX_MEASURES, MAX_NAME, MAX_TEXT, type StoredMeasure } from './state';
import { goalsFor, type TextField } from './store';
import { schemasReady } from '../framework/boot';
import { deferred } from '../ui/deferred';

// The documents' code loads when they are needed (deferred.tsx); a returning visitor's data is
// read with its schema: the island waits for both before it renders.
const documents = deferred(() => import('./GoalsDocuments').then((m) => m.GoalsDocuments));
await schemasReady();
const GoalsDocuments = await documents;

interface Props {
  /** The due-diligence checklist's security and continuity items (read at build time). */
  security: SecurityItem[];
}

const initial = initialGoals();

export default function GoalsScope({ security }: Props) {
  const gs = useTool(goalsFor);
  const state = useHydratedStore(gs.store.$state, initial);
  const errors = useStoreNow(gs.$errors);
  const limit = useStoreNow(gs.$limit);
  const { locale } = useSettings();
  const label = (m: StoredMeasure) => measureLabel(m.name, state.measures.indexOf(m));
  const errorList = errors['gs-budget'] ? [{ id: 'gs-budget', message: errors['gs-budget'] }] : [];

  const text = (field: TextField, id: string, name: string, hint?: string, rows?: number) => (
    <Field id={id} label={name} hint={hint}>
      {(control) =>
        rows ? (
          <textarea
            {...control}
            rows={rows}
            maxLength={MAX_TEXT}
            value={state[field]}
            onInput={(e) => gs.setText(field, e.currentTarget.value)}
          />
        ) : (
          <input
            {...control}
            type="text"
            autoComplete="off"
            maxLength={MAX_LINE}
            value={state[field]}
            onInput={(e) => gs.setText(field, e.currentTarget.value)}
          />
        )
      }
    </Field>
  );

  const measureText = (key: 'baseline' | 'target' | 'how', header: string, name: string) => ({
    key,
    header,
    kind: 'text' as const,
    label: (m: StoredMeasure) => `${name} for ${label(m)}`,
    value: (m: StoredMeasure) => m[key],
    maxLength: key === 'how' ? MAX_HOW : MAX_LINE,
    onInput: (m: StoredMeasure, t: string) => gs.setMeasure(m.id, key, t),
  });

  return (
    <ToolShell tool={gs}>
      <form class="gs-form" onSubmit={(e) => e.preventDefault()} aria-label="Inputs" noValidate>
        <SettingsControls />
        <ErrorSummary errors={errorList} />
        <fieldset>
          <legend>The work</legend>
          <Field
            id="gs-task"
            label="Task or function"
            hint={
              <>
                One task or function per brief, such as bookkeeping or customer email support. Not sure which? Score
                your tasks in <a href="/tools/task-classifier/">What to outsource</a>.
              </>
            }
          >
            {(control) => (
              <input
                {...control}
                type="text"
                autoComplete="off"
                maxLength={MAX_LINE}
                value={state.task}
                onInput={(e) => gs.setText('task', e.currentTarget.value)}
              />
            )}
          </Field>
        </fieldset>
        <fieldset>
          <legend>Why you are outsourcing</legend>
          <fieldset class="checks" aria-describedby="gs-objectives-hint">
            <legend>Objectives</legend>
            <p id="gs-objectives-hint" class="hint">
              Tick every reason that applies. The one that matters most decides what kind of provider you need.
            </p>
            {OBJECTIVE_IDS.map((id) => (
              <label key={id} class="check">
                <input
                  id={`gs-objective-${id}`}
                  type="checkbox"
                  checked={state.objectives.includes(id)}
                  onChange={(e) => gs.setObjective(id, e.currentTarget.checked)}
                />
                {OBJECTIVES[id]}
              </label>
            ))}
          </fieldset>
          {text('otherObjective', 'gs-other', 'Other objective')}
        </fieldset>
        <fieldset>
          <legend>Outcomes and success measures</legend>
          {text(
            'outcomes',
            'gs-outcomes',
            'Expected outcomes',
            'What changes for your business when the work is done well, such as “tax returns are never late”. One per line.',
            3,
          )}
          <p class="hint">
            For each outcome, a measure you can count, with today’s figure (the baseline) and the target, such as “Owner
            hours on bookkeeping”: 25 a month today, 5 a month. Up to {MAX_MEASURES} measures; the pilot planner can
            take them as its criteria.
          </p>
          <EditableTable<StoredMeasure>
            id="gs-m"
            caption="Success measures"
            noun="measure"
            rows={state.measures}
            locale={locale}
            columns={[
              {
                key: 'name',
                header: 'Measure',
                kind: 'text',
                label: (_, n) => `Measure ${n} name`,
                value: (m) => m.name,
                maxLength: MAX_NAME,
                onInput: (m, t) => gs.setMeasure(m.id, 'name', t),
              },
              measureText('baseline', 'Baseline today', 'Baseline'),
              measureText('target', 'Target', 'Target'),
              measureText('how', 'How it is measured', 'How it is measured'),
            ]}
            onMove={gs.moveMeasure}
            onRemove={gs.removeMeasure}
            add={{ label: 'Add measure', onAdd: gs.addMeasure }}
            limit={limit?.scope === 'measures' ? limit.text : null}
            empty="No success measures yet."
          />
        </fieldset>
        <fieldset>
          <legend>Scope</legend>
          <div class="gs-pair">
            {text('inScope', 'gs-in', 'In scope', 'The activities, with how often and how much. One item per line.', 5)}
            {text(
              'outOfScope',
              'gs-out',
              'Out of scope',
              'Related work that stays with you or is not included. One item per line.',
              5,
            )}
          </div>
        </fieldset>
        <fieldset>
          <legend>Constraints and owner</legend>
          <div class="gs-pair">
            <NumberField
              id="gs-budget"
              label="Budget per month"
              hint="The most you can spend a month on the service."
              kind="money"
              value={state.budget}
              error={errors['gs-budget']}
              locale={locale}
              onEdit={(t, commit) => gs.editBudget(t, locale, commit)}
            />
            <Field id="gs-deadline" label="Deadline" hint="When the service must be running.">
              {(control) => (
                <input
                  {...control}
                  type="date"
                  value={state.deadline}
                  onInput={(e) => gs.setDeadline(e.currentTarget.value)}
                />
              )}
            </Field>
          </div>
          <fieldset class="radios" id="gs-sensitivity">
            <legend>Data sensitivity</legend>
            <p class="hint">
              The most sensitive data the vendor will see. It decides the security questions vendors must answer.
            </p>
            {SENSITIVITIES.map((level) => (
              <div key={level} class="gs-radio">
                <label class="radio">
                  <input
                    id={`gs-sensitivity-${level}`}
                    type="radio"
                    name="gs-sensitivity"
                    value={level}
                    checked={state.sensitivity === level}
                    aria-describedby={`gs-sensitivity-${level}-hint`}
                    onChange={() => gs.setSensitivity(level)}
                  />
                  {SENSITIVITY[level].label}
                </label>
                <p id={`gs-sensitivity-${level}-hint`} class="hint">
                  {SENSITIVITY[level].hint}
                </p>
              </div>
            ))}
          </fieldset>
          {text(
            'owner',
            'gs-owner',
            'Internal owner',
            'The person who answers the vendor’s questions, checks the measures and approves changes.',
          )}
        </fieldset>
      </form>
      <GoalsDocuments security={security} />
    </ToolShell>
  );
}
