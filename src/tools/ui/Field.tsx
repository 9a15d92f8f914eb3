/**
 * The one field frame (GOV.UK pattern) used by every field kind: a visible label, an optional
 * hint and source line, an inline error, and the `aria-describedby` / `aria-invalid` that tie
 * them to the control. The control itself is rendered by the caller from the props given.
 */
import type { ComponentChildren, JSX } from 'preact';

/** What the control inside the frame must carry. */
export interface ControlProps {
  id: string;
  'aria-describedby'?: string;
  'aria-invalid'?: 'true';
}

interface Props {
  id: string;
  label: ComponentChildren;
  hint?: ComponentChildren;
  /** Where a default comes from ("Source: …"). */
  source?: string;
  error?: string;
  /** Extra class on the wrapper (e.g. "table-field"). */
  class?: string;
  /** The label is read by assistive technology but shown only where the layout needs it. */
  labelClass?: string;
  children: (control: ControlProps) => JSX.Element;
}

/** The ids a field's hint, source and error get (for callers that must point at them). */
export const fieldPart = (id: string, part: 'hint' | 'source' | 'error') => `${id}-${part}`;

export function Field({ id, label, hint, source, error, class: extra, labelClass, children }: Props) {
  const describedBy = [
    hint && fieldPart(id, 'hint'),
    source && fieldPart(id, 'source'),
    error && fieldPart(id, 'error'),
  ]
    .filter(Boolean)
    .join(' ');
  return (
    <div class={['field', error && 'field-error', extra].filter(Boolean).join(' ')}>
      <label for={id} class={labelClass}>
        {label}
      </label>
      {hint && (
        <p id={fieldPart(id, 'hint')} class="hint">
          {hint}
        </p>
      )}
      {source && (
        <p id={fieldPart(id, 'source')} class="hint source">
          Source: {source}
        </p>
      )}
      {error && (
        <p id={fieldPart(id, 'error')} class="error-message">
          <span class="visually-hidden">Error:</span> {error}
        </p>
      )}
      {children({
        id,
        'aria-describedby': describedBy || undefined,
        'aria-invalid': error ? 'true' : undefined,
      })}
    </div>
  );
}
