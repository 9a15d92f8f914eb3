/** The RACI builder: presets, tasks and roles, then the chart of letters, the checks and the exports. */
import { useState } from 'preact/hooks';
import { ToolShell } from '../ui/ToolShell';
import { EditableTable, cellId } from '../ui/EditableTable';
import { Field } from '../ui/Field';
import { focusLater } from '../ui/focus';
import { useHydratedStore, useSettings, useStoreNow, useTool } from '../ui/hooks';
import { roleName, taskName } from './model';
import { PRESET_KEYS, PRESETS } from './presets';
import { initialRaci, MAX_NAME, MAX_ROLES, MAX_TASKS, type Role, type Task } from './state';
import { raciFor } from './store';
import { RaciGrid } from './RaciGrid';
import { RaciChecks } from './RaciChecks';
import { schemasReady } from '../framework/boot';

// A returning visitor's data is read with its schema: the island waits for it before it renders.
await schemasReady();

export default function Raci() {
  const t = useTool(raciFor);
  const state = useHydratedStore(t.store.$state, initialRaci());
  const limit = useStoreNow(t.$limit);
  const { locale } = useSettings();
  const [preset, setPreset] = useState(PRESET_KEYS[0]!);

  return (
    <ToolShell tool={t}>
      <div class="raci">
        <form
          class="tool-inputs raci-inputs no-print"
          onSubmit={(e) => e.preventDefault()}
          aria-label="Tasks and roles"
          noValidate
        >
          <fieldset>
            <legend>Start from a preset</legend>
            <Field
              id="raci-preset"
              label="RACI preset"
              hint="Adds the preset’s tasks and roles with letters that pass every check. Roles you already have (by name) are reused."
            >
              {(control) => (
                <div class="inline-add">
                  <select {...control} value={preset} onChange={(e) => setPreset(e.currentTarget.value)}>
                    {PRESET_KEYS.map((k) => (
                      <option key={k} value={k}>
                        {PRESETS[k]!.label} ({PRESETS[k]!.tasks.length} tasks, {PRESETS[k]!.roles.length} roles)
                      </option>
                    ))}
                  </select>
                  <button
                    type="button"
                    class="secondary"
                    onClick={() => {
                      const id = t.addPreset(preset);
                      if (id) focusLater(cellId('raci-task', id, 'name'));
                    }}
                  >
                    Add preset
                  </button>
                </div>
              )}
            </Field>
            <div role="status" class="row-limit">
              {limit?.scope === 'preset' && <p class="banner warn">{limit.text}</p>}
            </div>
          </fieldset>
          <fieldset>
            <legend>Tasks</legend>
            <p class="hint">
              Activities, decisions and handoffs, down the side of the chart (at most {MAX_TASKS}). Tick “Outsourced”
              where the vendor does the work.
            </p>
            <EditableTable<Task>
              id="raci-task"
              caption="Tasks"
              noun="task"
              rows={state.tasks}
              locale={locale}
              columns={[
                {
                  key: 'name',
                  header: 'Name',
                  kind: 'text',
                  label: (_, n) => `Task ${n} name`,
                  value: (row) => row.name,
                  maxLength: MAX_NAME,
                  onInput: (row, v) => t.renameTask(row.id, v),
                },
                {
                  key: 'outsourced',
                  header: 'Outsourced',
                  kind: 'checkbox',
                  label: (row, n) => `Outsourced: ${taskName(row, n)}`,
                  checked: (row) => row.outsourced,
                  onToggle: (row, on) => t.setOutsourced(row.id, on),
                },
              ]}
              onMove={t.moveTask}
              onRemove={t.removeTask}
              add={{ label: 'Add task', onAdd: t.addTask }}
              limit={limit?.scope === 'tasks' ? limit.text : null}
              empty="No tasks yet. Add one, or add a preset above."
            />
          </fieldset>
          <fieldset>
            <legend>Roles</legend>
            <p class="hint">
              People or teams with a named person behind them, across the top of the chart (at most {MAX_ROLES}). Tick
              “At the vendor” for the vendor’s people.
            </p>
            <EditableTable<Role>
              id="raci-role"
              caption="Roles"
              noun="role"
              rows={state.roles}
              locale={locale}
              columns={[
                {
                  key: 'name',
                  header: 'Name',
                  kind: 'text',
                  label: (_, n) => `Role ${n} name`,
                  value: (row) => row.name,
                  maxLength: MAX_NAME,
                  onInput: (row, v) => t.renameRole(row.id, v),
                },
                {
                  key: 'vendor',
                  header: 'At the vendor',
                  kind: 'checkbox',
                  label: (row, n) => `At the vendor: ${roleName(row, n)}`,
                  checked: (row) => row.vendor,
                  onToggle: (row, on) => t.setVendor(row.id, on),
                },
              ]}
              onMove={t.moveRole}
              onRemove={t.removeRole}
              add={{ label: 'Add role', onAdd: t.addRole }}
              limit={limit?.scope === 'roles' ? limit.text : null}
              empty="No roles yet. Add one, or add a preset above."
            />
          </fieldset>
        </form>
        <RaciGrid state={state} />
        <RaciChecks state={state} />
      </div>
    </ToolShell>
  );
}
