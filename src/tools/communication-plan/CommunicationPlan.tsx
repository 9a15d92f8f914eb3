/** The communication plan: hours first, then touchpoints, escalation, reporting and the charter. */
import { useState } from 'preact/hooks';
import { ToolShell } from '../ui/ToolShell';
import { EditableTable } from '../ui/EditableTable';
import { ErrorSummary } from '../ui/ErrorSummary';
import { Field } from '../ui/Field';
import { focusLater } from '../ui/focus';
import { useHydratedStore, useSettings, useStoreNow, useTool } from '../ui/hooks';
import { cellId } from '../ui/EditableTable';
import { FREQUENCIES, FREQUENCY_LABELS, purposeOf } from './model';
import { initialPlan, MAX_LONG, MAX_TEXT, PRESET_KEYS, PRESETS, type Level, type Touchpoint } from './state';
import { planFor } from './store';
import { PlanResults } from './PlanResults';
import { Charter } from './Charter';
import { schemasReady } from '../framework/boot';

// A returning visitor's data is read with its schema: the island waits for it before it renders.
await schemasReady();

const REPORTING: { key: 'updates' | 'milestones' | 'conflict'; label: string; hint: string }[] = [
  {
    key: 'updates',
    label: 'Progress updates',
    hint: 'When and how does the vendor report progress? A short written note on a fixed day each week works well: done, planned, blocked, figures.',
  },
  {
    key: 'milestones',
    label: 'Milestone reports',
    hint: 'Which milestones will you agree at the start, and what will the vendor show at each: a demo, a file, a test result?',
  },
  {
    key: 'conflict',
    label: 'Resolving disagreements',
    hint: 'How is a disagreement raised and settled before the contract’s dispute steps apply? Start from the figures, look at the process before the people, and write down what was agreed.',
  },
];

export default function CommunicationPlan() {
  const t = useTool(planFor);
  const state = useHydratedStore(t.store.$state, initialPlan());
  const errors = useStoreNow(t.$errors);
  const limit = useStoreNow(t.$limit);
  const { locale } = useSettings();
  const [preset, setPreset] = useState(PRESET_KEYS[0]!);
  const name = (tp: Touchpoint, n: number) => purposeOf(tp.purpose, n);
  const nOf = (tp: Touchpoint) => state.touchpoints.indexOf(tp) + 1;

  const errorList = state.touchpoints.flatMap((tp) =>
    (['minutes', 'internal'] as const).flatMap((k) => {
      const m = errors[`${tp.id}:${k}`];
      return m ? [{ id: cellId('cp-tp', tp.id, k), message: m }] : [];
    }),
  );

  const text = (
    key: 'purpose' | 'channel' | 'owner' | 'vendorPeople' | 'agenda',
    header: string,
    label: (p: string) => string,
  ) => ({
    key,
    header,
    kind: 'text' as const,
    label: (tp: Touchpoint, n: number) => label(name(tp, n)),
    value: (tp: Touchpoint) => tp[key],
    maxLength: key === 'agenda' ? MAX_LONG : MAX_TEXT,
    onInput: (tp: Touchpoint, v: string) => t.editText(tp.id, key, v),
  });
  const number = (key: 'minutes' | 'internal', header: string, label: (p: string) => string) => ({
    key,
    header,
    kind: 'number' as const,
    number: key === 'minutes' ? ('number' as const) : ('integer' as const),
    label: (tp: Touchpoint, n: number) => label(name(tp, n)),
    value: (tp: Touchpoint) => tp[key],
    error: (tp: Touchpoint) => errors[`${tp.id}:${key}`],
    onEdit: (tp: Touchpoint, v: string, commit: boolean) =>
      t.editNumber(tp.id, key, name(tp, nOf(tp)), v, locale, commit),
  });
  const level = (key: Exclude<keyof Level, 'id'>, header: string, label: string) => ({
    key,
    header,
    kind: 'text' as const,
    label: (_: Level, n: number) => `Level ${n}: ${label}`,
    value: (l: Level) => l[key],
    maxLength: MAX_TEXT,
    onInput: (l: Level, v: string) => t.editLevel(l.id, key, v),
  });

  return (
    <ToolShell tool={t}>
      <div class="cp">
        <PlanResults state={state} />
        <form
          class="tool-inputs cp-inputs no-print"
          onSubmit={(e) => e.preventDefault()}
          aria-label="Inputs"
          noValidate
        >
          <ErrorSummary errors={errorList} />
          <fieldset>
            <legend>Touchpoints</legend>
            <p class="hint">
              Every recurring meeting, call or written report. The first four rows are the rhythm the communication-plan
              guide suggests; change them to fit your engagement.
            </p>
            <div class="wide-rows">
              <EditableTable<Touchpoint>
                id="cp-tp"
                caption="Touchpoints"
                noun="touchpoint"
                rows={state.touchpoints}
                locale={locale}
                columns={[
                  {
                    key: 'purpose',
                    header: 'Purpose',
                    kind: 'text',
                    label: (_, n) => `Touchpoint ${n} purpose`,
                    value: (tp) => tp.purpose,
                    maxLength: MAX_TEXT,
                    onInput: (tp, v) => t.editText(tp.id, 'purpose', v),
                  },
                  {
                    key: 'frequency',
                    header: 'Frequency',
                    kind: 'select',
                    label: (tp, n) => `Frequency for ${name(tp, n)}`,
                    value: (tp) => tp.frequency,
                    options: FREQUENCIES.map((f) => ({ value: f, label: FREQUENCY_LABELS[f] })),
                    onChange: (tp, v) => t.setFrequency(tp.id, v),
                  },
                  number('minutes', 'Minutes', (p) => `Duration in minutes for ${p}`),
                  number('internal', 'Our people', (p) => `Internal people at ${p}`),
                  text('channel', 'Channel', (p) => `Channel for ${p}`),
                  text('owner', 'Owner', (p) => `Owner of ${p}`),
                  text('vendorPeople', 'Vendor people', (p) => `Vendor participants at ${p}`),
                  text('agenda', 'Agenda', (p) => `Agenda for ${p}`),
                ]}
                onMove={t.moveTouchpoint}
                onRemove={t.removeTouchpoint}
                add={{ label: 'Add touchpoint', onAdd: t.addTouchpoint }}
                limit={limit?.scope === 'touchpoints' ? limit.text : null}
                empty="No touchpoints yet. Add one, or add one from the guide below."
              />
            </div>
            <Field id="cp-preset" label="Touchpoint from the guide">
              {(control) => (
                <div class="inline-add">
                  <select {...control} value={preset} onChange={(e) => setPreset(e.currentTarget.value)}>
                    {PRESET_KEYS.map((k) => (
                      <option key={k} value={k}>
                        {PRESETS[k]!.purpose} ({FREQUENCY_LABELS[PRESETS[k]!.frequency].toLowerCase()},{' '}
                        {PRESETS[k]!.minutes} minutes)
                      </option>
                    ))}
                  </select>
                  <button
                    type="button"
                    class="secondary"
                    onClick={() => {
                      const id = t.addPreset(preset);
                      if (id) focusLater(cellId('cp-tp', id, 'purpose'));
                    }}
                  >
                    Add from the guide
                  </button>
                </div>
              )}
            </Field>
          </fieldset>
          <fieldset>
            <legend>Escalation levels</legend>
            <p class="hint">Who handles a problem a check-in could not solve, on each side, and how fast they reply.</p>
            <div class="wide-rows">
              <EditableTable<Level>
                id="cp-lv"
                caption="Escalation levels"
                noun="level"
                rows={state.levels}
                locale={locale}
                columns={[
                  level('ours', 'Our side', 'who on our side'),
                  level('vendor', 'Vendor side', 'who at the vendor'),
                  level('contact', 'How to reach them', 'how to reach them'),
                  level('response', 'Response time', 'response time'),
                ]}
                onMove={t.moveLevel}
                onRemove={t.removeLevel}
                add={{ label: 'Add level', onAdd: t.addLevel }}
                limit={limit?.scope === 'levels' ? limit.text : null}
                empty="No escalation levels yet."
              />
            </div>
          </fieldset>
          <fieldset>
            <legend>Reporting</legend>
            {REPORTING.map((r) => (
              <Field key={r.key} id={`cp-${r.key}`} label={r.label} hint={r.hint}>
                {(control) => (
                  <textarea
                    {...control}
                    rows={3}
                    maxLength={MAX_LONG}
                    value={state.reporting[r.key]}
                    onInput={(e) => t.editReporting(r.key, e.currentTarget.value)}
                  />
                )}
              </Field>
            ))}
          </fieldset>
        </form>
        <Charter state={state} />
      </div>
    </ToolShell>
  );
}
