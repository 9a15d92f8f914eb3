/**
 * The engagement a page shows: a select "Engagement" and a "New engagement" button that reveals
 * "Engagement name" (Enter or "Create engagement" creates it and makes it current). Switching
 * re-binds every island on the page, with no reload.
 */
import { useState } from 'preact/hooks';
import { $engagement, switchEngagement, workspace } from '../framework/engagement';
import type { NewEngagement as NewEngagementView } from './NewEngagement';
import { focusLater } from './focus';
import { useHydratedStore } from './hooks';

export function EngagementPicker() {
  const w = useHydratedStore(workspace.$state, workspace.def.initial());
  const current = useHydratedStore($engagement, 'default');
  const [form, setForm] = useState<typeof NewEngagementView | null>(null);
  const [adding, setAdding] = useState(false);

  const toggle = () => {
    if (adding) return setAdding(false);
    setAdding(true);
    if (!form) void import('./NewEngagement').then((m) => setForm(() => m.NewEngagement));
    focusLater('engagement-name');
  };
  const Form = adding ? form : null;

  return (
    <div class="engagement-picker no-print">
      <div class="field">
        <label for="engagement-select">Engagement</label>
        <div class="inline-add">
          <select id="engagement-select" value={current} onChange={(e) => switchEngagement(e.currentTarget.value)}>
            {w.engagements.map((e) => (
              <option key={e.id} value={e.id}>
                {e.name}
              </option>
            ))}
          </select>
          <button type="button" class="secondary" aria-expanded={adding} onClick={toggle}>
            New engagement
          </button>
        </div>
      </div>
      {Form && (
        <Form
          onCreated={() => {
            setAdding(false);
            focusLater('engagement-select');
          }}
        />
      )}
    </div>
  );
}
