/**
 * The task classifier's instance per engagement: tasks are rows of the table engine (stable
 * ids, so answers survive renames and reordering), with the actions views call
 * (`useTool(classifierFor)`). A refused add is reported in `t.$limit` (scope `tasks`).
 */
import { computed } from 'nanostores';
import { toolFactory } from '../framework/instance';
import { addRow, moveRow, newRowId, removeRow, updateRow, type RowRules } from '../framework/rows';
import { classifyAll, examplesToAdd, type QuestionId } from './model';
import { MAX_TASK_NAME, MAX_TASKS, type ClassifierState, type StoredTask } from './state';
import classifierTool from './tool';

/** The task list's limits. */
export const TASK_ROWS: RowRules = { min: 0, max: MAX_TASKS, noun: 'tasks' };

/** The tool in an engagement, with its results and actions. */
export const classifierFor = toolFactory(classifierTool, (t) => {
  const update = (change: (s: ClassifierState) => ClassifierState) => t.store.update(change);
  const refuse = (text: string) => t.$limit.set({ scope: 'tasks', text });

  /** Adds one task; returns its id, or undefined (with a message) at the limit. */
  const addTask = (name = ''): string | undefined => {
    const tasks = t.store.$state.get().tasks;
    const row: StoredTask = { id: newRowId(tasks, 't'), name: name.slice(0, MAX_TASK_NAME), answers: {} };
    const r = addRow(tasks, row, TASK_ROWS);
    if (!r.ok) return (refuse(r.message), undefined);
    t.$limit.set(null);
    update((s) => ({ ...s, tasks: r.rows }));
    return row.id;
  };

  return {
    /** Every task classified, recomputed when the tasks change. */
    $result: computed(t.store.$state, (s) => classifyAll(s.tasks)),
    addTask,

    /** Adds the common examples not yet listed (as many as fit); returns the first new id. */
    addExamples(): string | undefined {
      const names = examplesToAdd(t.store.$state.get().tasks.map((x) => x.name));
      let first: string | undefined;
      for (const name of names) {
        const id = addTask(name);
        if (!id) break;
        first ??= id;
      }
      return first;
    },

    /** Removes a task and its answers. */
    removeTask(id: string): boolean {
      const r = removeRow(t.store.$state.get().tasks, id, TASK_ROWS);
      if (!r.ok) return (refuse(r.message), false);
      t.$limit.set(null);
      update((s) => ({ ...s, tasks: r.rows }));
      return true;
    },

    /** Moves a task up (-1) or down (+1). */
    moveTask: (id: string, by: -1 | 1) => update((s) => ({ ...s, tasks: moveRow(s.tasks, id, by) })),

    /** Renames a task. */
    renameTask: (id: string, name: string) =>
      update((s) => ({ ...s, tasks: updateRow(s.tasks, id, { name: name.slice(0, MAX_TASK_NAME) }) })),

    /** Answers one question for a task (1–5), or clears it (undefined). */
    answer(id: string, question: QuestionId, value: number | undefined): void {
      update((s) => ({
        ...s,
        tasks: s.tasks.map((task) => {
          if (task.id !== id) return task;
          const { [question]: _old, ...rest } = task.answers;
          return { ...task, answers: value === undefined ? rest : { ...rest, [question]: value } };
        }),
      }));
    },
  };
});

/** A classifier instance with its actions. */
export type Classifier = ReturnType<typeof classifierFor>;
