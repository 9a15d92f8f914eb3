/**
 * The chart: one real table, tasks as rows and roles as columns, each cell a select named
 * "<role> on <task>". On wide screens a compact grid (the column header names the role); on
 * phones the same markup, restyled by raci.css, becomes a list per task with each role's
 * name beside its select — so ids and labels never double.
 */
import { useTool } from '../ui/hooks';
import { Field } from '../ui/Field';
import { checkRaci, letterAt, LETTERS, RULE_KINDS, roleName, taskName } from './model';
import type { RaciState } from './state';
import { raciFor } from './store';

interface Props {
  state: RaciState;
}

/** Element id of a cell's select. */
export const letterId = (taskId: string, roleId: string) => `raci-cell-${taskId}-${roleId}`;

const OPTIONS = [{ value: '', label: '—' }, ...LETTERS.map((l) => ({ value: l, label: l }))];

export function RaciGrid({ state }: Props) {
  const t = useTool(raciFor);
  const check = checkRaci(state);
  const failing = new Set(check.tasks.filter((c) => c.problems.some((p) => RULE_KINDS.has(p.kind))).map((c) => c.task));

  return (
    <section class="raci-chart" aria-labelledby="raci-chart-title">
      <h2 id="raci-chart-title">RACI chart</h2>
      <p class="hint">
        R = responsible (does the work), A = accountable (owns the outcome: exactly one per task), C = consulted before,
        I = informed after.
      </p>
      <div class="field no-print">
        <label class="check" for="raci-a-does-work">
          <input
            id="raci-a-does-work"
            type="checkbox"
            aria-describedby="raci-a-does-work-hint"
            checked={state.aDoesWork}
            onChange={(e) => t.setADoesWork(e.currentTarget.checked)}
          />
          The accountable person may also do the work
        </label>
        <p class="hint" id="raci-a-does-work-hint">
          As in many small businesses, where the A and the R are the same person: a task with one A and no R then
          passes.
        </p>
      </div>
      {state.tasks.length === 0 || state.roles.length === 0 ? (
        <p class="hint">Add at least one task and one role to fill in the chart.</p>
      ) : (
        <div class="raci-scroll">
          <table class="raci-grid">
            <caption class="visually-hidden">RACI chart: tasks down the side, roles across the top</caption>
            <thead>
              <tr>
                <th scope="col">Task</th>
                {state.roles.map((r, j) => (
                  <th scope="col" key={r.id}>
                    {roleName(r, j + 1)}
                    {r.vendor && <span class="raci-tag"> at the vendor</span>}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {state.tasks.map((task, k) => {
                const tn = taskName(task, k + 1);
                return (
                  <tr key={task.id} class={failing.has(task.id) ? 'raci-failing' : undefined}>
                    <th scope="row">
                      {tn}
                      {task.outsourced && <span class="raci-tag"> outsourced</span>}
                      {failing.has(task.id) && <span class="raci-tag raci-tag-fix"> needs a change</span>}
                    </th>
                    {state.roles.map((r, j) => {
                      const rn = roleName(r, j + 1);
                      const letter = letterAt(state.cells, task.id, r.id) ?? '';
                      return (
                        <td key={r.id}>
                          <Field
                            id={letterId(task.id, r.id)}
                            class="raci-cell"
                            labelClass="raci-cell-label"
                            label={
                              <>
                                {rn}
                                <span class="visually-hidden">{` on ${tn}`}</span>
                              </>
                            }
                          >
                            {(control) => (
                              <select
                                {...control}
                                class={letter ? `raci-letter raci-letter-${letter.toLowerCase()}` : 'raci-letter'}
                                value={letter}
                                onChange={(e) => t.setLetter(task.id, r.id, e.currentTarget.value)}
                              >
                                {OPTIONS.map((o) => (
                                  <option key={o.value} value={o.value}>
                                    {o.label}
                                  </option>
                                ))}
                              </select>
                            )}
                          </Field>
                        </td>
                      );
                    })}
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
