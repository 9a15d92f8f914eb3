/**
 * A numeric text field (GOV.UK pattern): visible label, hint, inline error linked with
 * aria-describedby, `inputmode` for the right phone keyboard, locale-aware formatting.
 * The text being typed stays local; the store gets each valid value as it is typed.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { formatForInput, parseLocaleNumber, type NumberKind } from '../framework/number-format';
import { Field } from './Field';
import { useSettings } from './hooks';

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
  /** Extra class on the field wrapper. */
  fieldClass?: string;
  /** Class of the label (the table engine's `cell-label`: shown only where the layout needs it). */
  labelClass?: string;
}

const SUFFIX: Partial<Record<NumberKind, string>> = { percent: '%' };

export function NumberField(p: Props) {
  const { id, label, hint, source, kind, value, error, locale, onEdit, fieldClass, labelClass } = p;
  const [text, setText] = useState(() => formatForInput(value, locale));
  // Money fields name their currency as % fields show "%" (from the visitor's settings).
  const { currency } = useSettings();
  const focused = useRef(false);

  // Values changed elsewhere (reset, import, another tab, locale) replace the text unless typing.
  useEffect(() => {
    if (!focused.current) setText(formatForInput(value, locale));
  }, [value, locale]);

  return (
    <Field id={id} label={label} hint={hint} source={source} error={error} class={fieldClass} labelClass={labelClass}>
      {(control) => (
        <div class="input-wrap">
          <input
            {...control}
            name={id}
            type="text"
            inputMode={kind === 'integer' ? 'numeric' : 'decimal'}
            autoComplete="off"
            spellcheck={false}
            value={text}
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
          {(kind === 'money' || SUFFIX[kind]) && (
            <span class="suffix" aria-hidden="true">
              {kind === 'money' ? currency : SUFFIX[kind]}
            </span>
          )}
        </div>
      )}
    </Field>
  );
}
