/** Live results: allowed downtime per period, the month's achieved availability and its credit in money. */
import { CorrectFields } from '../ui/ErrorSummary';
import { useSettings } from '../ui/hooks';
import { formatDuration } from './model';
import { creditText, slaResult } from './results';
import { formatsFor } from './format';
import type { SlaState } from './state';

interface Props {
  state: SlaState;
  errors: Record<string, string | undefined>;
}

export function SlaResults({ state, errors }: Props) {
  const { locale, currency } = useSettings();
  const f = formatsFor(locale, currency);
  const a = state.availability;
  const r = slaResult(state);
  const blocked = ['target', 'daysPerWeek', 'hoursPerDay'].filter((k) => errors[k]).length;
  const tier = r.credit?.tier ?? null;
  return (
    <section class="tool-results" id="results" aria-labelledby="sla-results-title">
      <h2 id="sla-results-title">Results</h2>
      <div class="verdict" role="status" aria-live="polite">
        {blocked > 0 ? (
          <CorrectFields count={blocked} then="to see the allowed downtime" />
        ) : (
          <>
            <dl class="key-figures">
              <div>
                <dt>Achieved availability</dt>
                <dd>{r.achieved === null ? '—' : f.achieved(r.achieved)}</dd>
              </div>
              <div>
                <dt>Tier that applies</dt>
                <dd>{r.credit === null ? '—' : tier === null ? 'None' : `Tier ${tier + 1}`}</dd>
              </div>
              <div>
                <dt>Service credit</dt>
                <dd>{r.money === null ? '—' : f.money(r.money)}</dd>
              </div>
            </dl>
            <p class="sla-verdict">
              {r.achieved === null || r.credit === null
                ? 'Enter the downtime in the month to see the achieved availability and the credit.'
                : `${f.number(a.downtime!)} minutes of downtime in a ${a.monthDays}-day month of ${f.number(Math.round(r.monthMinutes))} service minutes gives ${f.achieved(r.achieved)}. ${creditText(state, r.credit, f)}${r.money === null ? '. Enter the monthly service fee to see it in money.' : `: ${f.money(r.money)}.`}`}
            </p>
          </>
        )}
      </div>
      {blocked === 0 && r.table && (
        <table class="sla-downtime">
          <caption>Allowed downtime at {f.number(a.target!)} %</caption>
          <thead>
            <tr>
              <th scope="col">Period</th>
              <th scope="col">Service minutes</th>
              <th scope="col">Allowed downtime</th>
            </tr>
          </thead>
          <tbody>
            {r.table.map((row) => (
              <tr key={row.key}>
                <th scope="row">{row.key === 'day' && a.service === 'business' ? 'Working day' : row.label}</th>
                <td>{f.number(Math.round(row.minutes))}</td>
                <td>{formatDuration(row.allowed)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <p class="hint">
        Allowed downtime = (1 − target) × minutes of service in the period. A quarter is 365 ÷ 4 = 91.25 days. In
        business hours a month counts days × (days a week ÷ 7) working days.
      </p>
      <section class="recommendation" aria-labelledby="sla-next">
        <h3 id="sla-next">What to do next</h3>
        <p>
          Decide whether you could live with that much downtime, and read the service-credit clause twice: the{' '}
          <a href="/guides/contracts-and-slas/">contract and SLA guide</a> explains caps, “sole remedy” wording and the
          right to end the contract after repeated breaches.
        </p>
        <p>
          Give every KPI a target, a minimum and a direction as in <a href="/guides/setting-kpis/">setting KPIs</a>,
          name who reports it in your <a href="/guides/roles-and-responsibilities/">RACI chart</a>, and go through the
          report at the review in your <a href="/guides/communication-plan/">communication plan</a>.
        </p>
      </section>
    </section>
  );
}
