/**
 * The task classifier's declaration: stored shape, guides, dashboard summary, and its offers —
 * every named task in "Outsource" or "Partner" is offered to the goals and scope canvas as its
 * "Task or function" (kind `task:outsource`, value `{ name }`).
 */
import { defineTool } from '../framework/define';
import { lazySchema } from '../framework/lazy-schema';
import { classifyAll, countsText, QUADRANTS } from './model';
import { initialClassifier, type ClassifierState } from './state';

export default defineTool<ClassifierState>({
  tool: 'task-classifier',
  title: 'Task classifier',
  version: 1,
  schema: lazySchema((s) => s.taskClassifier.schema),
  initial: initialClassifier,
  describe: (path) =>
    path[0] === 'tasks' && path[2] === 'answers' && path.length === 4
      ? { label: `An answer for task ${Number(path[1]) + 1}`, min: 1, max: 5 }
      : undefined,
  guides: ['which-tasks-to-outsource', 'strategic-vs-tactical', 'keep-your-core'],
  summary: (state) => countsText(classifyAll(state.tasks).counts),
  offers: (state) =>
    classifyAll(state.tasks).tasks.flatMap((t, k) => {
      const name = state.tasks[k]!.name.trim();
      if (!name || (t.quadrant !== 'outsource' && t.quadrant !== 'partner')) return [];
      return [
        {
          id: `task:${t.id}`,
          kind: 'task:outsource',
          label: `your task classifier (“${name}” is in ${QUADRANTS[t.quadrant].name})`,
          value: { name },
        },
      ];
    }),
  merge: () => import('./merge').then((m) => m.classifierMerge),
});
