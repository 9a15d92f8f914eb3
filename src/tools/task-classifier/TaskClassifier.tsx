/** The task classifier: the tasks and their questions on the left, the 2×2 and what to do on the right. */
import { ToolShell } from '../ui/ToolShell';
import { focusLater } from '../ui/RowButtons';
import { useHydratedStore, useStoreNow, useTool } from '../ui/hooks';
import { examplesToAdd } from './model';
import { initialClassifier, MAX_TASKS } from './state';
import { classifierFor } from './store';
import { TaskCard, taskNameId } from './TaskCard';
import { ClassifierResults } from './ClassifierResults';
import { schemasReady } from '../framework/boot';

// A returning visitor's data is read with its schema: the island waits for it before it renders.
await schemasReady();

const initial = initialClassifier();

export default function TaskClassifier() {
  const tc = useTool(classifierFor);
  const state = useHydratedStore(tc.store.$state, initial);
  const limit = useStoreNow(tc.$limit);
  const examples = examplesToAdd(state.tasks.map((t) => t.name));
  const added = (id: string | undefined) => id && focusLater(taskNameId(id));

  return (
    <ToolShell tool={tc}>
      <div class="tool-layout">
        <form class="tool-inputs" onSubmit={(e) => e.preventDefault()} aria-label="Inputs" noValidate>
          <fieldset class="tc-tasks">
            <legend>Your tasks</legend>
            <p class="hint">
              List up to {MAX_TASKS} tasks or functions, then score each one from 1 to 5 on the six questions. The first
              three measure how important the task is to your strategy, the last three how much it weighs on your
              day-to-day work.
            </p>
            {state.tasks.length === 0 && (
              <p class="banner info">No tasks yet. Add your own, or start from common examples and score those.</p>
            )}
            {state.tasks.map((task, k) => (
              <TaskCard key={task.id} task={task} k={k} count={state.tasks.length} next={state.tasks[k + 1]?.id} />
            ))}
            <div role="status" class="row-limit">
              {limit?.scope === 'tasks' && <p class="banner warn">{limit.text}</p>}
            </div>
            <div class="button-row">
              <button type="button" id="tc-add-task" class="secondary" onClick={() => added(tc.addTask())}>
                Add task
              </button>
              {examples.length > 0 && (
                <button type="button" class="secondary" onClick={() => added(tc.addExamples())}>
                  Add common examples
                </button>
              )}
            </div>
          </fieldset>
        </form>
        <ClassifierResults />
      </div>
    </ToolShell>
  );
}
