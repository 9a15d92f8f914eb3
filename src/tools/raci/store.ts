/**
 * The RACI builder's instance per engagement, with the actions its view calls
 * (`useTool(raciFor)`). Tasks and roles go through the table engine; removing one removes its
 * letters, so the cells only ever hold the chart's own tasks and roles.
 */
import { toolFactory } from '../framework/instance';
import { own } from '../framework/own';
import { addRow, moveRow, newRowId, removeRow, updateRow, type RowRules } from '../framework/rows';
import { addPreset, LETTERS, type Letter } from './model';
import { PRESETS } from './presets';
import { MAX_ROLES, MAX_TASKS, type RaciState, type Role, type Task } from './state';
import raciTool from './tool';

/** Limits of the two lists. */
export const TASK_ROWS: RowRules = { min: 0, max: MAX_TASKS, noun: 'tasks' };
export const ROLE_ROWS: RowRules = { min: 0, max: MAX_ROLES, noun: 'roles' };

const isLetter = (v: string): v is Letter => (LETTERS as readonly string[]).includes(v);

/** The cells without one role's letters. */
function withoutRole(cells: RaciState['cells'], roleId: string): RaciState['cells'] {
  return Object.fromEntries(
    Object.entries(cells).map(([task, row]) => [
      task,
      Object.fromEntries(Object.entries(row).filter(([r]) => r !== roleId)),
    ]),
  );
}

export const raciFor = toolFactory(raciTool, (t) => {
  const state = () => t.store.$state.get();
  const refused = (scope: string, message: string) => (t.$limit.set({ scope, text: message }), undefined);

  return {
    /** Adds an empty task; returns its id, or undefined when the list is full. */
    addTask(): string | undefined {
      const id = newRowId(state().tasks, 't-');
      const r = addRow<Task>(state().tasks, { id, name: '', outsourced: false }, TASK_ROWS);
      if (!r.ok) return refused('tasks', r.message);
      t.$limit.set(null);
      t.store.update((s) => ({ ...s, tasks: r.rows }));
      return id;
    },

    removeTask(id: string): boolean {
      const r = removeRow(state().tasks, id, TASK_ROWS);
      if (!r.ok) return (refused('tasks', r.message), false);
      t.$limit.set(null);
      t.store.update((s) => {
        const cells = { ...s.cells };
        delete cells[id];
        return { ...s, tasks: r.rows, cells };
      });
      return true;
    },

    moveTask(id: string, by: -1 | 1): void {
      t.store.update((s) => ({ ...s, tasks: moveRow(s.tasks, id, by) }));
    },

    renameTask(id: string, name: string): void {
      t.store.update((s) => ({ ...s, tasks: updateRow(s.tasks, id, { name }) }));
    },

    setOutsourced(id: string, outsourced: boolean): void {
      t.store.update((s) => ({ ...s, tasks: updateRow(s.tasks, id, { outsourced }) }));
    },

    /** Adds an empty in-house role; returns its id, or undefined when the list is full. */
    addRole(): string | undefined {
      const id = newRowId(state().roles, 'r-');
      const r = addRow<Role>(state().roles, { id, name: '', vendor: false }, ROLE_ROWS);
      if (!r.ok) return refused('roles', r.message);
      t.$limit.set(null);
      t.store.update((s) => ({ ...s, roles: r.rows }));
      return id;
    },

    removeRole(id: string): boolean {
      const r = removeRow(state().roles, id, ROLE_ROWS);
      if (!r.ok) return (refused('roles', r.message), false);
      t.$limit.set(null);
      t.store.update((s) => ({ ...s, roles: r.rows, cells: withoutRole(s.cells, id) }));
      return true;
    },

    moveRole(id: string, by: -1 | 1): void {
      t.store.update((s) => ({ ...s, roles: moveRow(s.roles, id, by) }));
    },

    renameRole(id: string, name: string): void {
      t.store.update((s) => ({ ...s, roles: updateRow(s.roles, id, { name }) }));
    },

    setVendor(id: string, vendor: boolean): void {
      t.store.update((s) => ({ ...s, roles: updateRow(s.roles, id, { vendor }) }));
    },

    /** Sets a cell to R, A, C or I, or blanks it (''); ignores unknown tasks, roles and letters. */
    setLetter(taskId: string, roleId: string, value: string): void {
      const s0 = state();
      if (!s0.tasks.some((x) => x.id === taskId) || !s0.roles.some((x) => x.id === roleId)) return;
      if (value !== '' && !isLetter(value)) return;
      t.store.update((s) => {
        const row = { ...own(s.cells, taskId) };
        if (value === '') delete row[roleId];
        else row[roleId] = value as Letter;
        return { ...s, cells: { ...s.cells, [taskId]: row } };
      });
    },

    setADoesWork(on: boolean): void {
      t.store.update((s) => ({ ...s, aDoesWork: on }));
    },

    /** Adds a preset's tasks, roles and letters; returns the first new task's id, or undefined when refused. */
    addPreset(key: string): string | undefined {
      if (!Object.hasOwn(PRESETS, key)) return undefined;
      const s = state();
      const r = addPreset(s, PRESETS[key]!, { tasks: MAX_TASKS, roles: MAX_ROLES }, (rows, prefix) =>
        newRowId(rows, prefix),
      );
      if (!r.ok) return refused('preset', r.message);
      t.$limit.set(null);
      t.store.update((x) => ({ ...x, ...r.chart }));
      return r.firstTask;
    },
  };
});
