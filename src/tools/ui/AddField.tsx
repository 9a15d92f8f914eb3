/**
 * A text field with an "Add …" button beside it (Enter adds too), for adding a named thing:
 * a vendor, a review period. Hint and error are linked to the input with aria-describedby.
 */
interface Props {
  id: string;
  label: string;
  hint?: string;
  error?: string;
  maxLength: number;
  value: string;
  onInput: (text: string) => void;
  onAdd: () => void;
  /** The button's text, e.g. "Add vendor". */
  button: string;
}

export function AddField({ id, label, hint, error, maxLength, value, onInput, onAdd, button }: Props) {
  const describedBy = [hint && `${id}-hint`, error && `${id}-error`].filter(Boolean).join(' ');
  return (
    <div class={`field${error ? ' field-error' : ''}`}>
      <label for={id}>{label}</label>
      {hint && (
        <p id={`${id}-hint`} class="hint">
          {hint}
        </p>
      )}
      {error && (
        <p id={`${id}-error`} class="error-message">
          <span class="visually-hidden">Error:</span> {error}
        </p>
      )}
      <div class="inline-add">
        <input
          id={id}
          type="text"
          autoComplete="off"
          maxLength={maxLength}
          value={value}
          aria-invalid={error ? 'true' : undefined}
          aria-describedby={describedBy || undefined}
          onInput={(e) => onInput(e.currentTarget.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter') {
              e.preventDefault();
              onAdd();
            }
          }}
        />
        <button type="button" class="secondary" onClick={onAdd}>
          {button}
        </button>
      </div>
    </div>
  );
}
