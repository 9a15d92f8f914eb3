/**
 * The feedback log: per period, what was said, what was agreed and by when. Edited in a form
 * (screen only); printed as a table of the periods with an entry.
 */
import { Field } from '../ui/Field';
import { useTool } from '../ui/hooks';
import { periodLabel } from './model';
import { MAX_NOTE, MAX_PERIOD_NAME, type TrackedPeriod } from './state';
import { kpiTrackerFor } from './store';

interface Props {
  periods: TrackedPeriod[];
}

export function FeedbackLog({ periods }: Props) {
  const t = useTool(kpiTrackerFor);
  const logged = periods
    .map((p, i) => ({ p, name: periodLabel(p.name, i) }))
    .filter(({ p }) => p.feedback.said.trim() || p.feedback.agreed.trim() || p.feedback.by.trim());
  return (
    <section aria-labelledby="kpi-feedback">
      <h2 id="kpi-feedback">Feedback log</h2>
      {periods.length === 0 ? (
        <p class="hint no-print">Add a period to note the feedback you gave the vendor and what you agreed.</p>
      ) : (
        <form class="tool-inputs no-print" onSubmit={(e) => e.preventDefault()} aria-label="Feedback log" noValidate>
          {periods.map((p, i) => {
            const name = periodLabel(p.name, i);
            return (
              <fieldset key={p.id} class="kpi-feedback">
                <legend>{name}</legend>
                <Field id={`kpi-fb-${p.id}-said`} label={`What was said in ${name}`}>
                  {(control) => (
                    <textarea
                      {...control}
                      rows={2}
                      maxLength={MAX_NOTE}
                      value={p.feedback.said}
                      onInput={(e) => t.editFeedback(p.id, 'said', e.currentTarget.value)}
                    />
                  )}
                </Field>
                <Field id={`kpi-fb-${p.id}-agreed`} label={`What was agreed in ${name}`}>
                  {(control) => (
                    <textarea
                      {...control}
                      rows={2}
                      maxLength={MAX_NOTE}
                      value={p.feedback.agreed}
                      onInput={(e) => t.editFeedback(p.id, 'agreed', e.currentTarget.value)}
                    />
                  )}
                </Field>
                <Field id={`kpi-fb-${p.id}-by`} label={`By when (${name})`} hint="A date or a period, e.g. 15 March.">
                  {(control) => (
                    <input
                      {...control}
                      type="text"
                      autoComplete="off"
                      maxLength={MAX_PERIOD_NAME}
                      value={p.feedback.by}
                      onInput={(e) => t.editFeedback(p.id, 'by', e.currentTarget.value)}
                    />
                  )}
                </Field>
              </fieldset>
            );
          })}
        </form>
      )}
      {logged.length > 0 && (
        <table class="kpi-log kpi-print-only">
          <caption class="visually-hidden">Feedback log</caption>
          <thead>
            <tr>
              <th scope="col">Period</th>
              <th scope="col">What was said</th>
              <th scope="col">What was agreed</th>
              <th scope="col">By when</th>
            </tr>
          </thead>
          <tbody>
            {logged.map(({ p, name }) => (
              <tr key={p.id}>
                <th scope="row">{name}</th>
                <td>{p.feedback.said}</td>
                <td>{p.feedback.agreed}</td>
                <td>{p.feedback.by}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
