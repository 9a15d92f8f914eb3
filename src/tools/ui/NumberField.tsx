/**
 * A numeric text field (GOV.UK pattern): visible label, hint, inline error linked with
 * aria-describedby, `inputmode` for the right phone keyboard, locale-aware formatting.
 * The text being typed stays local; the store gets each valid value as it is typed.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { formatForInput, parseLocaleNumber, type NumberKind } from '../framework/number-format';

interface Props {
  id: string;
  label: string;
  hint?: string;
  /** Extra note under the hint, e.g. where a default comes from. */
  source?: string;
  kind: NumberKind;
  value: number | null;
  error?: string;
  locale: string;
  /** Called on each keystroke (commit false) and when leaving the field (commit true). */
  onEdit: (text: string, commit: boolean) => void;
}

const SUFFIX: Partial<Record<NumberKind, string>> = { percent: '%' };

export function NumberField({ id, label, hint, source, kind, value, error, locale, onEdit }: Props) {
  const [text, setText] = useState(() => formatForInput(value, locale));
  const focused = useRef(false);

  // Values changed elsewhere (reset, import, another tab, locale) replace the text unless typing.
  useEffect(() => {
    if (!focused.current) setText(formatForInput(value, locale));
  }, [value, locale]);

  const describedBy = [hint && `${id}-hint`, source && `${id}-source`, error && `${id}-error`]
    .filter(Boolean)
    .join(' ');
  return (
    <div class={`field${error ? ' field-error' : ''}`}>
      <label for={id}>{label}</label>
      {hint && (
        <p id={`${id}-hint`} class="hint">
          {hint}
        </p>
      )}
      {source && (
        <p id={`${id}-source`} class="hint source">
          Source: {source}
        </p>
      )}
      {error && (
        <p id={`${id}-error`} class="error-message">
          <span class="visually-hidden">Error:</span> {error}
        </p>
      )}
      <div class="input-wrap">
        <input
          id={id}
          name={id}
          type="text"
          inputMode={kind === 'integer' ? 'numeric' : 'decimal'}
          autoComplete="off"
          spellcheck={false}
          value={text}
          aria-invalid={error ? 'true' : undefined}
          aria-describedby={describedBy || undefined}
          onFocus={() => (focused.current = true)}
          onInput={(e) => {
            const t = e.currentTarget.value;
            setText(t);
            onEdit(t, false);
          }}
          onBlur={() => {
            focused.current = false;
            onEdit(text, true);
            const parsed = parseLocaleNumber(text, locale, kind);
            if (parsed.ok && parsed.value !== null) setText(formatForInput(parsed.value, locale));
          }}
        />
        {SUFFIX[kind] && (
          <span class="suffix" aria-hidden="true">
            {SUFFIX[kind]}
          </span>
        )}
      </div>
    </div>
  );
}
