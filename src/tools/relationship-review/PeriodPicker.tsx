/** Chooses the review period shown, and adds a new one ("2026 Q3"). */
import { useState } from 'preact/hooks';
import { AddField } from '../ui/AddField';
import { reviewFor } from './store';
import { useTool } from '../ui/hooks';
import { periodLabel, sortPeriods } from './model';

interface Props {
  periods: string[];
  current: string | null;
  error?: string;
}

export function PeriodPicker({ periods, current, error }: Props) {
  const rr = useTool(reviewFor);
  const [text, setText] = useState('');
  const add = () => {
    if (rr.addPeriod(text)) setText('');
  };
  return (
    <fieldset class="vendor-switcher">
      <legend>Review period</legend>
      {periods.length > 0 && (
        <div class="field">
          <label for="rr-period">Show review for</label>
          <select id="rr-period" value={current ?? ''} onChange={(e) => rr.choosePeriod(e.currentTarget.value)}>
            {sortPeriods(periods).map((p) => (
              <option key={p} value={p}>
                {periodLabel(p)}
              </option>
            ))}
          </select>
        </div>
      )}
      <AddField
        id="rr-new-period"
        label="New review period"
        hint="A year and quarter, like 2026 Q3."
        error={error}
        maxLength={20}
        value={text}
        onInput={setText}
        onAdd={add}
        button="Add period"
      />
    </fieldset>
  );
}
