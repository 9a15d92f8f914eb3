/** One task: its name, the six 1–5 questions (three per axis) and its row buttons. */
import { Field } from '../ui/Field';
import { focusLater, RowButtons } from '../ui/RowButtons';
import { useTool } from '../ui/hooks';
import { QUESTIONS, taskLabel, type Axis, type Question } from './model';
import { MAX_TASK_NAME, type StoredTask } from './state';
import { classifierFor } from './store';

interface Props {
  task: StoredTask;
  k: number;
  count: number;
  /** The next task's id: focus goes to its name after a removal (else to "Add task"). */
  next?: string;
}

const SCALE = [1, 2, 3, 4, 5] as const;
const AXES: { axis: Axis; title: string }[] = [
  { axis: 'strategic', title: 'Strategic importance' },
  { axis: 'operational', title: 'Operational impact' },
];

/** Element id of a task's name field. */
export const taskNameId = (id: string) => `tc-name-${id}`;

function ScaleGroup({ task, q, label }: { task: StoredTask; q: Question; label: string }) {
  const tc = useTool(classifierFor);
  const base = `tc-${task.id}-${q.id}`;
  return (
    <fieldset class="tc-q" aria-describedby={`${base}-ends`}>
      <legend>
        {q.text} for {label}
      </legend>
      <div class="scale">
        {SCALE.map((n) => (
          <label key={n} class="radio">
            <input
              type="radio"
              name={base}
              value={String(n)}
              checked={task.answers[q.id] === n}
              onChange={() => tc.answer(task.id, q.id, n)}
            />
            {n}
          </label>
        ))}
      </div>
      <p id={`${base}-ends`} class="hint scale-ends">
        <span>1 = {q.low}</span> <span>5 = {q.high}</span>
      </p>
    </fieldset>
  );
}

export function TaskCard({ task, k, count, next }: Props) {
  const tc = useTool(classifierFor);
  const label = taskLabel(task.name, k);
  return (
    <fieldset class="tc-task">
      <legend>
        Task {k + 1}: {label}
      </legend>
      <Field id={taskNameId(task.id)} label={`Task ${k + 1} name`}>
        {(control) => (
          <input
            {...control}
            type="text"
            autoComplete="off"
            maxLength={MAX_TASK_NAME}
            value={task.name}
            onInput={(e) => tc.renameTask(task.id, e.currentTarget.value)}
          />
        )}
      </Field>
      {AXES.map(({ axis, title }) => (
        <div key={axis} class="tc-axis">
          <p class="tc-axis-title">{title}</p>
          {QUESTIONS.filter((q) => q.axis === axis).map((q) => (
            <ScaleGroup key={q.id} task={task} q={q} label={label} />
          ))}
        </div>
      ))}
      <RowButtons
        noun="task"
        n={k + 1}
        count={count}
        idBase={`tc-t-${task.id}`}
        onMove={(by) => tc.moveTask(task.id, by)}
        onRemove={() => tc.removeTask(task.id) && focusLater(next ? taskNameId(next) : 'tc-add-task')}
      />
    </fieldset>
  );
}
