/**
 * The communication plan's instance per engagement, with the actions its view calls
 * (`useTool(planFor)`). Touchpoints and levels go through the table engine; field errors are
 * keyed `<row id>:minutes` and `<row id>:internal`, and cleared by the framework on replace.
 */
import { toolFactory } from '../framework/instance';
import { checkNumber } from '../framework/field-validation';
import { addRow, moveRow, newRowId, removeRow, updateRow, type RowRules } from '../framework/rows';
import {
  MAX_LEVELS,
  MAX_MINUTES,
  MAX_PEOPLE,
  MAX_TOUCHPOINTS,
  PRESETS,
  type Level,
  type PlanState,
  type Touchpoint,
} from './state';
import planTool from './tool';

/** Limits of the two lists. */
export const TOUCHPOINT_ROWS: RowRules = { min: 0, max: MAX_TOUCHPOINTS, noun: 'touchpoints' };
export const LEVEL_ROWS: RowRules = { min: 0, max: MAX_LEVELS, noun: 'escalation levels' };

type TextKey = 'purpose' | 'channel' | 'owner' | 'vendorPeople' | 'agenda';

/** The plan in an engagement, with its actions. */
export const planFor = toolFactory(planTool, (t) => {
  const state = () => t.store.$state.get();
  const refused = (scope: string, message: string) => (t.$limit.set({ scope, text: message }), undefined);

  const add = (row: Omit<Touchpoint, 'id'>): string | undefined => {
    const id = newRowId(state().touchpoints, 'tp-');
    const r = addRow(state().touchpoints, { id, ...row }, TOUCHPOINT_ROWS);
    if (!r.ok) return refused('touchpoints', r.message);
    t.$limit.set(null);
    t.store.update((s) => ({ ...s, touchpoints: r.rows }));
    return id;
  };

  const numbers = {
    minutes: { label: 'Duration in minutes', kind: 'number' as const, min: 0, max: MAX_MINUTES, example: 30 },
    internal: { label: 'Internal people', kind: 'integer' as const, min: 0, max: MAX_PEOPLE, example: 1 },
  };

  return {
    /** Adds an empty weekly touchpoint; returns its id, or undefined when the list is full. */
    addTouchpoint: () =>
      add({
        purpose: '',
        frequency: 'weekly',
        minutes: 30,
        internal: 1,
        channel: '',
        owner: '',
        vendorPeople: '',
        agenda: '',
      }),

    /** Adds one of the guide's touchpoints. */
    addPreset: (key: string) => (Object.hasOwn(PRESETS, key) ? add({ ...PRESETS[key]! }) : undefined),

    removeTouchpoint(id: string): boolean {
      const r = removeRow(state().touchpoints, id, TOUCHPOINT_ROWS);
      if (!r.ok) return (refused('touchpoints', r.message), false);
      t.$errors.setKey(`${id}:minutes`, undefined);
      t.$errors.setKey(`${id}:internal`, undefined);
      t.store.update((s) => ({ ...s, touchpoints: r.rows }));
      return true;
    },

    moveTouchpoint(id: string, by: -1 | 1): void {
      t.store.update((s) => ({ ...s, touchpoints: moveRow(s.touchpoints, id, by) }));
    },

    /** Changes a text of a touchpoint. */
    editText(id: string, key: TextKey, text: string): void {
      t.store.update((s) => ({ ...s, touchpoints: updateRow(s.touchpoints, id, { [key]: text }) }));
    },

    setFrequency(id: string, value: string): void {
      const frequency = value as Touchpoint['frequency'];
      t.store.update((s) => ({ ...s, touchpoints: updateRow(s.touchpoints, id, { frequency }) }));
    },

    /** Typing in the minutes or people of a touchpoint: valid text is stored, invalid reported on commit. */
    editNumber(
      id: string,
      key: 'minutes' | 'internal',
      purpose: string,
      text: string,
      locale: string,
      commit: boolean,
    ) {
      const rule = numbers[key];
      const label = key === 'minutes' ? `Duration in minutes for ${purpose}` : `Internal people at ${purpose}`;
      const r = checkNumber({ ...rule, label }, text, locale);
      const errorKey = `${id}:${key}`;
      if (r.ok) {
        t.$errors.setKey(errorKey, undefined);
        t.store.update((s) => ({ ...s, touchpoints: updateRow(s.touchpoints, id, { [key]: r.value }) }));
      } else {
        // The stored value must not count while the text says otherwise: it becomes empty.
        t.store.update((s) => ({ ...s, touchpoints: updateRow(s.touchpoints, id, { [key]: null }) }));
        if (commit) t.$errors.setKey(errorKey, r.message);
      }
    },

    addLevel(): string | undefined {
      const id = newRowId(state().levels, 'lv-');
      const r = addRow<Level>(state().levels, { id, ours: '', vendor: '', contact: '', response: '' }, LEVEL_ROWS);
      if (!r.ok) return refused('levels', r.message);
      t.$limit.set(null);
      t.store.update((s) => ({ ...s, levels: r.rows }));
      return id;
    },

    removeLevel(id: string): boolean {
      const r = removeRow(state().levels, id, LEVEL_ROWS);
      if (!r.ok) return (refused('levels', r.message), false);
      t.store.update((s) => ({ ...s, levels: r.rows }));
      return true;
    },

    moveLevel(id: string, by: -1 | 1): void {
      t.store.update((s) => ({ ...s, levels: moveRow(s.levels, id, by) }));
    },

    editLevel(id: string, key: Exclude<keyof Level, 'id'>, text: string): void {
      t.store.update((s) => ({ ...s, levels: updateRow(s.levels, id, { [key]: text }) }));
    },

    editReporting(key: keyof PlanState['reporting'], text: string): void {
      t.store.update((s) => ({ ...s, reporting: { ...s.reporting, [key]: text } }));
    },
  };
});
