/** Reporting and review cadence, and what happens on repeated breach. */
import { Field } from '../ui/Field';
import { useTool } from '../ui/hooks';
import { MAX_LONG, type SlaState } from './state';
import { slaFor } from './store';

interface Props {
  review: SlaState['review'];
}

export function ReviewEditor({ review }: Props) {
  const t = useTool(slaFor);
  return (
    <form
      class="tool-inputs no-print"
      onSubmit={(e) => e.preventDefault()}
      aria-label="Reporting and review"
      noValidate
    >
      <fieldset>
        <legend>Reporting and review</legend>
        <div class="sla-pair">
          <Field id="sla-report" label="Performance report">
            {(control) => (
              <select {...control} value={review.report} onChange={(e) => t.setReview('report', e.currentTarget.value)}>
                <option value="weekly">Weekly report</option>
                <option value="monthly">Monthly report</option>
              </select>
            )}
          </Field>
          <Field id="sla-meeting" label="Service review meeting">
            {(control) => (
              <select
                {...control}
                value={review.meeting}
                onChange={(e) => t.setReview('meeting', e.currentTarget.value)}
              >
                <option value="monthly">Monthly review</option>
                <option value="quarterly">Quarterly review</option>
              </select>
            )}
          </Field>
        </div>
        <Field
          id="sla-breach"
          label="On repeated breach"
          hint="For example: the same KPI below its minimum three months in a row gives us the right to end the contract without penalty."
        >
          {(control) => (
            <textarea
              {...control}
              rows={3}
              maxLength={MAX_LONG}
              value={review.breach}
              onInput={(e) => t.editBreach(e.currentTarget.value)}
            />
          )}
        </Field>
      </fieldset>
    </form>
  );
}
