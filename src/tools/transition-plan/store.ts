/**
 * The transition planner's instance per engagement, with the actions its view calls
 * (`useTool(transitionFor)`). All four lists go through the table engine; week fields are
 * checked as whole numbers 1–104, with errors keyed `<row id>:<field>` (cleared on replace).
 */
import { toolFactory } from '../framework/instance';
import { checkNumber } from '../framework/field-validation';
import { addRow, moveRow, newRowId, removeRow, updateRow, type Row, type RowRules } from '../framework/rows';
import { MAX_ITEMS, MAX_PHASES, MAX_WEEK, USUAL_PHASES, type TransitionState } from './state';
import transitionTool from './tool';

/** The four lists, their row id prefixes and limits. */
export type ListKey = 'phases' | 'training' | 'checkIns' | 'docs';
const RULES: Record<ListKey, RowRules & { prefix: string }> = {
  phases: { min: 0, max: MAX_PHASES, noun: 'phases', prefix: 'ph-' },
  training: { min: 0, max: MAX_ITEMS, noun: 'training sessions', prefix: 'tr-' },
  checkIns: { min: 0, max: MAX_ITEMS, noun: 'check-ins', prefix: 'ci-' },
  docs: { min: 0, max: MAX_ITEMS, noun: 'documents', prefix: 'doc-' },
};

type RowOf<K extends ListKey> = TransitionState[K][number];

const BLANK: { [K in ListKey]: Omit<RowOf<K>, 'id'> } = {
  phases: { name: '', start: null, duration: null, owner: '', status: 'planned' },
  training: { topic: '', week: null, trainer: '', audience: '' },
  checkIns: { name: '', cadence: 'weekly', fromWeek: null, toWeek: null },
  docs: { name: '', owner: '', status: 'missing' },
};

/** The planner in an engagement, with its actions. */
export const transitionFor = toolFactory(transitionTool, (t) => {
  const state = () => t.store.$state.get();
  const refused = (scope: string, message: string) => (t.$limit.set({ scope, text: message }), undefined);
  const setList = <K extends ListKey>(key: K, rows: RowOf<K>[]) =>
    t.store.update((s) => ({ ...s, [key]: rows }) as TransitionState);

  return {
    /** Adds an empty row to a list; returns its id, or undefined when the list is full. */
    add<K extends ListKey>(key: K): string | undefined {
      const rows = state()[key] as RowOf<K>[];
      const id = newRowId(rows, RULES[key].prefix);
      const r = addRow<RowOf<K> & Row>(rows, { id, ...BLANK[key] } as unknown as RowOf<K>, RULES[key]);
      if (!r.ok) return refused(key, r.message);
      t.$limit.set(null);
      setList(key, r.rows);
      return id;
    },

    remove(key: ListKey, id: string): boolean {
      const r = removeRow(state()[key] as Row[], id, RULES[key]);
      if (!r.ok) return (refused(key, r.message), false);
      for (const f of ['start', 'duration', 'week', 'fromWeek', 'toWeek']) t.$errors.setKey(`${id}:${f}`, undefined);
      t.$limit.set(null);
      setList(key, r.rows as never);
      return true;
    },

    move(key: ListKey, id: string, by: -1 | 1): void {
      setList(key, moveRow(state()[key] as Row[], id, by) as never);
    },

    /** Changes a text or choice of a row (the view passes only its own fields). */
    edit<K extends ListKey>(key: K, id: string, change: Partial<Omit<RowOf<K>, 'id'>>): void {
      setList(key, updateRow(state()[key] as (RowOf<K> & Row)[], id, change as never));
    },

    /** Typing in a week field: a valid whole week is stored, anything else empties it (reported on commit). */
    editWeek(key: ListKey, id: string, field: string, label: string, text: string, locale: string, commit: boolean) {
      const r = checkNumber({ label, kind: 'integer', min: 1, max: MAX_WEEK, example: 4 }, text, locale);
      const errorKey = `${id}:${field}`;
      setList(key, updateRow(state()[key] as Row[], id, { [field]: r.ok ? r.value : null }) as never);
      if (r.ok) t.$errors.setKey(errorKey, undefined);
      else if (commit) t.$errors.setKey(errorKey, r.message);
    },

    /** Adds the five usual phases after any there are; returns the first one's id, or undefined when refused. */
    addUsualPhases(): string | undefined {
      const phases = state().phases;
      if (phases.length + USUAL_PHASES.length > MAX_PHASES)
        return refused(
          'phases',
          `The usual phases are ${USUAL_PHASES.length} more, but you can have at most ${MAX_PHASES} phases.`,
        );
      const added = [...phases];
      for (const p of USUAL_PHASES)
        added.push({ id: newRowId(added, 'ph-'), owner: '', status: 'planned' as const, ...p });
      t.$limit.set(null);
      setList('phases', added);
      return added[phases.length]!.id;
    },
  };
});
