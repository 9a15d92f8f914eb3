/** Chooses the review period shown, and adds a new one ("2026 Q3"). */
import { useState } from 'preact/hooks';
import { addPeriod, choosePeriod } from './store';
import { periodLabel, sortPeriods } from './model';

interface Props {
  periods: string[];
  current: string | null;
  error?: string;
}

export function PeriodPicker({ periods, current, error }: Props) {
  const [text, setText] = useState('');
  const add = () => {
    if (addPeriod(text)) setText('');
  };
  return (
    <fieldset class="vendor-switcher">
      <legend>Review period</legend>
      {periods.length > 0 && (
        <div class="field">
          <label for="rr-period">Show review for</label>
          <select id="rr-period" value={current ?? ''} onChange={(e) => choosePeriod(e.currentTarget.value)}>
            {sortPeriods(periods).map((p) => (
              <option key={p} value={p}>
                {periodLabel(p)}
              </option>
            ))}
          </select>
        </div>
      )}
      <div class={`field${error ? ' field-error' : ''}`}>
        <label for="rr-new-period">New review period</label>
        <p id="rr-new-period-hint" class="hint">
          A year and quarter, like 2026 Q3.
        </p>
        {error && (
          <p id="rr-new-period-error" class="error-message">
            <span class="visually-hidden">Error:</span> {error}
          </p>
        )}
        <div class="inline-add">
          <input
            id="rr-new-period"
            type="text"
            autoComplete="off"
            maxLength={20}
            value={text}
            aria-invalid={error ? 'true' : undefined}
            aria-describedby={`rr-new-period-hint${error ? ' rr-new-period-error' : ''}`}
            onInput={(e) => setText(e.currentTarget.value)}
            onKeyDown={(e) => {
              if (e.key === 'Enter') {
                e.preventDefault();
                add();
              }
            }}
          />
          <button type="button" class="secondary" onClick={add}>
            Add period
          </button>
        </div>
      </div>
    </fieldset>
  );
}
