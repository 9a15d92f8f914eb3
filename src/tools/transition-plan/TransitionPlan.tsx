/** The transition planner: results and timeline first, then the phases, training, check-ins and documents. */
import { ToolShell } from '../ui/ToolShell';
import { EditableTable, cellId, type TableColumn } from '../ui/EditableTable';
import { ErrorSummary } from '../ui/ErrorSummary';
import { focusLater } from '../ui/focus';
import { useHydratedStore, useSettings, useStoreNow, useTool } from '../ui/hooks';
import type { Row } from '../framework/rows';
import {
  CADENCE_LABELS,
  CADENCES,
  DOC_LABELS,
  DOC_STATUSES,
  PHASE_STATUS_LABELS,
  PHASE_STATUSES,
  phaseName,
} from './model';
import { initialTransition, MAX_TEXT, type CheckIn, type Doc, type Phase, type Training } from './state';
import { transitionFor, type ListKey } from './store';
import { TransitionResults } from './TransitionResults';
import { schemasReady } from '../framework/boot';

// A returning visitor's data is read with its schema: the island waits for it before it renders.
await schemasReady();

const WEEK_FIELDS = ['start', 'duration', 'week', 'fromWeek', 'toWeek'];
const options = (list: readonly string[], labels: Record<string, string>) =>
  list.map((value) => ({ value, label: labels[value]! }));

export default function TransitionPlan() {
  const t = useTool(transitionFor);
  const state = useHydratedStore(t.store.$state, initialTransition());
  const errors = useStoreNow(t.$errors);
  const limit = useStoreNow(t.$limit);
  const { locale } = useSettings();

  /** A text column of any list. */
  const text = <R extends Row>(
    list: ListKey,
    key: keyof R & string,
    header: string,
    label: (r: R, n: number) => string,
  ): TableColumn<R> => ({
    key,
    header,
    kind: 'text',
    label,
    value: (r) => String(r[key]),
    maxLength: MAX_TEXT,
    onInput: (r, v) => t.edit(list, r.id, { [key]: v } as never),
  });
  /** A week column of any list. */
  const week = <R extends Row>(
    list: ListKey,
    key: keyof R & string,
    header: string,
    label: (r: R, n: number) => string,
  ): TableColumn<R> => ({
    key,
    header,
    kind: 'number',
    number: 'integer',
    label,
    value: (r) => r[key] as number | null,
    error: (r) => errors[`${r.id}:${key}`],
    onEdit: (r, v, commit) =>
      t.editWeek(list, r.id, key, label(r, state[list].findIndex((x) => x.id === r.id) + 1), v, locale, commit),
  });
  const table = <R extends Row>(
    list: ListKey,
    caption: string,
    noun: string,
    add: string,
    columns: TableColumn<R>[],
  ) => (
    <div class="wide-rows">
      <EditableTable<R>
        id={`tp-${list}`}
        caption={caption}
        noun={noun}
        rows={state[list] as unknown as R[]}
        locale={locale}
        columns={columns}
        onMove={(id, by) => t.move(list, id, by)}
        onRemove={(id) => t.remove(list, id)}
        add={{ label: add, onAdd: () => t.add(list) }}
        limit={limit?.scope === list ? limit.text : null}
        empty={`No ${caption.toLowerCase()} yet.`}
      />
    </div>
  );
  const pn = (p: Phase, n: number) => phaseName(p.name, n);
  const named = (name: string, noun: string, n: number) => name.trim() || `${noun} ${n}`;

  const errorList = (['phases', 'training', 'checkIns', 'docs'] as const).flatMap((list) =>
    (state[list] as Row[]).flatMap((r) =>
      WEEK_FIELDS.flatMap((f) => {
        const m = errors[`${r.id}:${f}`];
        return m ? [{ id: cellId(`tp-${list}`, r.id, f), message: m }] : [];
      }),
    ),
  );

  return (
    <ToolShell tool={t}>
      <div class="tp">
        <TransitionResults state={state} />
        <form
          class="tool-inputs tp-inputs no-print"
          onSubmit={(e) => e.preventDefault()}
          aria-label="Inputs"
          noValidate
        >
          <ErrorSummary errors={errorList} />
          <fieldset>
            <legend>Phases</legend>
            <p class="hint">
              Each phase with its start week (week 1 is the first week of the handover), its length in whole weeks, an
              owner and a status. A phase whose name says “parallel” counts as parallel running for the total-cost tool.
            </p>
            {table<Phase>('phases', 'Phases', 'phase', 'Add phase', [
              text('phases', 'name', 'Name', (_, n) => `Phase ${n} name`),
              week('phases', 'start', 'Start week', (p, n) => `Start week for ${pn(p, n)}`),
              week('phases', 'duration', 'Weeks', (p, n) => `Duration in weeks for ${pn(p, n)}`),
              text('phases', 'owner', 'Owner', (p, n) => `Owner of ${pn(p, n)}`),
              {
                key: 'status',
                header: 'Status',
                kind: 'select',
                label: (p, n) => `Status of ${pn(p, n)}`,
                value: (p) => p.status,
                options: options(PHASE_STATUSES, PHASE_STATUS_LABELS),
                onChange: (p, v) => t.edit('phases', p.id, { status: v as Phase['status'] }),
              },
            ])}
            {state.phases.length === 0 && (
              <button
                type="button"
                onClick={() => {
                  const id = t.addUsualPhases();
                  if (id) focusLater(cellId('tp-phases', id, 'name'));
                }}
              >
                Add the usual phases
              </button>
            )}
          </fieldset>
          <fieldset>
            <legend>Training sessions</legend>
            <p class="hint">Walk-throughs, shadowing, reverse shadowing and question times, each in its week.</p>
            {table<Training>('training', 'Training sessions', 'training session', 'Add training session', [
              text('training', 'topic', 'Topic', (_, n) => `Training session ${n} topic`),
              week('training', 'week', 'Week', (r, n) => `Week of ${named(r.topic, 'training session', n)}`),
              text('training', 'trainer', 'Led by', (r, n) => `Who leads ${named(r.topic, 'training session', n)}`),
              text('training', 'audience', 'For', (r, n) => `Who attends ${named(r.topic, 'training session', n)}`),
            ])}
          </fieldset>
          <fieldset>
            <legend>Check-ins</legend>
            <p class="hint">
              How often you meet during the first weeks: daily during the parallel run, twice a week in the first month
              after the handover is common.
            </p>
            {table<CheckIn>('checkIns', 'Check-ins', 'check-in', 'Add check-in', [
              text('checkIns', 'name', 'Name', (_, n) => `Check-in ${n} name`),
              {
                key: 'cadence',
                header: 'How often',
                kind: 'select',
                label: (r, n) => `How often: ${named(r.name, 'check-in', n)}`,
                value: (r) => r.cadence,
                options: options(CADENCES, CADENCE_LABELS),
                onChange: (r, v) => t.edit('checkIns', r.id, { cadence: v as CheckIn['cadence'] }),
              },
              week('checkIns', 'fromWeek', 'From week', (r, n) => `From week: ${named(r.name, 'check-in', n)}`),
              week('checkIns', 'toWeek', 'To week', (r, n) => `To week: ${named(r.name, 'check-in', n)}`),
            ])}
          </fieldset>
          <fieldset>
            <legend>Documentation</legend>
            <p class="hint">Process notes the vendor will work from: missing, in draft, or reviewed by someone else.</p>
            {table<Doc>('docs', 'Documents', 'document', 'Add document', [
              text('docs', 'name', 'Document', (_, n) => `Document ${n} name`),
              text('docs', 'owner', 'Owner', (r, n) => `Owner of ${named(r.name, 'document', n)}`),
              {
                key: 'status',
                header: 'Status',
                kind: 'select',
                label: (r, n) => `Status of ${named(r.name, 'document', n)}`,
                value: (r) => r.status,
                options: options(DOC_STATUSES, DOC_LABELS),
                onChange: (r, v) => t.edit('docs', r.id, { status: v as Doc['status'] }),
              },
            ])}
          </fieldset>
        </form>
      </div>
    </ToolShell>
  );
}
