/**
 * A text field with an "Add …" button beside it (Enter adds too), for adding a named thing:
 * a vendor, a review period. Hint and error are linked to the input with aria-describedby.
 */
import { Field } from './Field';

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
  return (
    <Field id={id} label={label} hint={hint} error={error}>
      {(control) => (
        <div class="inline-add">
          <input
            {...control}
            type="text"
            autoComplete="off"
            maxLength={maxLength}
            value={value}
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
      )}
    </Field>
  );
}
