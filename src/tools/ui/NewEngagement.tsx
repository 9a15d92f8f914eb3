/**
 * The "Engagement name" field with its "Create engagement" button (Enter creates too). Loaded
 * only when the visitor presses "New engagement", so tool pages do not carry it up front.
 */
import { useState } from 'preact/hooks';
import { MAX_ENGAGEMENT_NAME } from '../framework/engagement';
import { createEngagement } from '../framework/engagement-actions';
import { AddField } from './AddField';

interface Props {
  /** Called once the engagement exists and is current. */
  onCreated: () => void;
}

export function NewEngagement({ onCreated }: Props) {
  const [name, setName] = useState('');
  const [error, setError] = useState<string | undefined>();
  const create = () => {
    const r = createEngagement(name);
    if (!r.ok) return setError(r.message);
    onCreated();
  };
  return (
    <AddField
      id="engagement-name"
      label="Engagement name"
      hint="For example “Bookkeeping” or “Customer support”. Each engagement keeps its own values in every tool."
      error={error}
      maxLength={MAX_ENGAGEMENT_NAME}
      value={name}
      onInput={setName}
      onAdd={create}
      button="Create engagement"
    />
  );
}
