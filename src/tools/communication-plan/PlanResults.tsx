/** The plan's internal hours a month, with the breakdown, warnings and what to do next. */
import { useSettings } from '../ui/hooks';
import { formatNumber } from '../framework/number-format';
import { escalationWarnings, planHours, purposeOf, round2 } from './model';
import type { PlanState } from './state';

interface Props {
  state: PlanState;
}

export function PlanResults({ state }: Props) {
  const { locale } = useSettings();
  const h = planHours(state.touchpoints);
  const two = (n: number) => formatNumber(round2(n), locale, 2);
  const warnings = [
    ...state.touchpoints.flatMap((tp, k) =>
      h.incomplete.includes(tp.id)
        ? [`${purposeOf(tp.purpose, k + 1)} has no duration or no number of people, so it is left out of the hours.`]
        : [],
    ),
    ...escalationWarnings(state.levels),
  ];
  return (
    <section class="cp-results" id="results" aria-labelledby="cp-results-title">
      <h2 id="cp-results-title">Your time</h2>
      <div class="verdict" role="status" aria-live="polite">
        <dl class="key-figures">
          <div>
            <dt>Internal hours per month</dt>
            <dd>{two(h.total)}</dd>
          </div>
        </dl>
        {warnings.length > 0 && (
          <ul class="banner warn cp-warnings">
            {warnings.map((w) => (
              <li key={w}>{w}</li>
            ))}
          </ul>
        )}
      </div>
      {h.lines.length > 0 && (
        <table class="cp-breakdown">
          <caption>Hours per touchpoint</caption>
          <thead>
            <tr>
              <th scope="col">Touchpoint</th>
              <th scope="col">Times a month</th>
              <th scope="col">Hours a month</th>
            </tr>
          </thead>
          <tbody>
            {h.lines.map((l, k) => (
              <tr key={l.id}>
                <th scope="row">{purposeOf(l.purpose, k + 1)}</th>
                <td>{two(l.perMonth)}</td>
                <td>{l.hours === null ? '—' : two(l.hours)}</td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">Total</th>
              <td />
              <td>{two(h.total)}</td>
            </tr>
          </tfoot>
        </table>
      )}
      <p class="hint">
        Hours = times a month × minutes ÷ 60 × internal people. Times a month: daily on working days 21.67 (5 × 52 ÷
        12), weekly 4.33, fortnightly 2.17, monthly 1, quarterly 0.33. Preparation time is not included.
      </p>
      <section class="recommendation" aria-labelledby="cp-next">
        <h3 id="cp-next">What to do next</h3>
        <p>
          These hours are a real cost of outsourcing. The <a href="/tools/total-cost/">total cost calculator</a> offers
          to use them as its oversight hours; read{' '}
          <a href="/guides/communication-plan/">how to make a communication plan</a> for the rhythm, channels and
          escalation path behind them.
        </p>
        <p>
          Match each escalation level to the people in your <a href="/guides/roles-and-responsibilities/">RACI chart</a>
          , bring the figures from the <a href="/guides/setting-kpis/">KPIs you agreed</a> to the performance review,
          and write the reporting duties into your <a href="/guides/contracts-and-slas/">contract and SLA</a>.
        </p>
      </section>
    </section>
  );
}
