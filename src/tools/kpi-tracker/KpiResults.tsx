/**
 * Live results: the latest period's statuses (counts and the red and amber KPIs, in words),
 * every KPI's status per period, and the service credits due per period in money.
 */
import { useSettings } from '../ui/hooks';
import { attention, kpiLabel, periodLabel, statusCounts, statusOf } from './model';
import { actualOf, creditedKpi, latestPeriod, periodCredits } from './results';
import { formatsFor, type Formats } from './format';
import type { KpiTrackerState, TrackedKpi } from './state';
import { StatusBadge } from './StatusBadge';

interface Props {
  state: KpiTrackerState;
}

const figure = (k: TrackedKpi, v: number, f: Formats) => `${f.number(v)}${k.unit ? ` ${k.unit}` : ''}`;

function Attention({ state, latest, f }: { state: KpiTrackerState; latest: number; f: Formats }) {
  const p = state.periods[latest]!;
  const list = attention(state.kpis, (k) => actualOf(p, k.id));
  const counts = statusCounts(state.kpis.map((k) => statusOf(actualOf(p, k.id), k)));
  const credits = periodCredits(state);
  const due = credits?.rows.find((r) => r.period === latest);
  return (
    <>
      <p>
        Latest period: <strong>{periodLabel(p.name, latest)}</strong>
      </p>
      <dl class="key-figures">
        {(['Green', 'Amber', 'Red'] as const).map((s) => (
          <div key={s}>
            <dt>{s}</dt>
            <dd>{counts[s]}</dd>
          </div>
        ))}
        <div>
          <dt>Service credit due</dt>
          <dd>{due?.money == null ? '—' : f.money(due.money)}</dd>
        </div>
      </dl>
      {list.length === 0 ? (
        <p class="banner ok">No KPI is red or amber in {periodLabel(p.name, latest)}.</p>
      ) : (
        <ul class="kpi-attention">
          {list.map(({ kpi, index, status }) => (
            <li key={kpi.id}>
              <StatusBadge status={status} /> {kpiLabel(kpi.name, index)}: {figure(kpi, actualOf(p, kpi.id)!, f)}{' '}
              against a target of {figure(kpi, kpi.target!, f)}
              {kpi.minimum === null ? '' : ` and a minimum of ${figure(kpi, kpi.minimum, f)}`}
              {kpi.lowerIsBetter ? ' (lower is better)' : ''}.
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

export function KpiResults({ state }: Props) {
  const { locale, currency } = useSettings();
  const f = formatsFor(locale, currency);
  const latest = latestPeriod(state);
  const credited = creditedKpi(state);
  const credits = periodCredits(state);
  return (
    <section class="tool-results kpi-results" id="results" aria-labelledby="kpi-results-title">
      <h2 id="kpi-results-title">Results</h2>
      <div class="verdict" role="status" aria-live="polite">
        {state.kpis.length === 0 ? (
          <p>Add a KPI, or take the KPIs from your SLA builder, to start tracking.</p>
        ) : latest === null ? (
          <p>Add a period and enter its actuals to see each KPI’s status.</p>
        ) : (
          <Attention state={state} latest={latest} f={f} />
        )}
      </div>
      {state.kpis.length > 0 && state.periods.length > 0 && (
        <div class="table-scroll" role="region" aria-label="Status by period" tabIndex={0}>
          <table class="kpi-grid">
            <caption>Status by period</caption>
            <thead>
              <tr>
                <th scope="col">KPI</th>
                {state.periods.map((p, i) => (
                  <th scope="col" key={p.id}>
                    {periodLabel(p.name, i)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {state.kpis.map((k, i) => (
                <tr key={k.id}>
                  <th scope="row">{kpiLabel(k.name, i)}</th>
                  {state.periods.map((p) => {
                    const a = actualOf(p, k.id);
                    return (
                      <td key={p.id}>
                        <StatusBadge status={statusOf(a, k)} none={a === null ? 'No figure' : 'No target'} />
                        {a !== null && <span class="kpi-figure">{f.number(a)}</span>}
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <section aria-labelledby="kpi-credits-title">
        <h3 id="kpi-credits-title">Service credits due</h3>
        {!credited || !credits ? (
          <p class="hint">
            {state.credits.tiers.length === 0
              ? 'No service credit tiers yet: they come from your SLA builder’s credit scheme when you accept its KPIs here.'
              : 'Choose the availability KPI the credits apply to, under “Service credits”.'}
          </p>
        ) : credits.rows.length === 0 ? (
          <p class="hint">
            Enter {kpiLabel(credited.name, state.kpis.indexOf(credited))} for a period to see its credit.
          </p>
        ) : (
          <div class="table-scroll" role="region" aria-label="Service credits due per period" tabIndex={0}>
            <table class="kpi-credits">
              <caption class="visually-hidden">Service credits due per period</caption>
              <thead>
                <tr>
                  <th scope="col">Period</th>
                  <th scope="col">{kpiLabel(credited.name, state.kpis.indexOf(credited))}</th>
                  <th scope="col">Tier</th>
                  <th scope="col">Credit</th>
                  <th scope="col">Due</th>
                </tr>
              </thead>
              <tbody>
                {credits.rows.map((r) => (
                  <tr key={r.period}>
                    <th scope="row">{periodLabel(state.periods[r.period]!.name, r.period)}</th>
                    <td>{figure(credited, r.achieved, f)}</td>
                    <td>{r.tier === null ? 'None' : `Tier ${r.tier + 1}`}</td>
                    <td>
                      {f.number(r.pct)} %{r.capped ? ' (capped)' : ''}
                    </td>
                    <td>{r.money === null ? '—' : f.money(r.money)}</td>
                  </tr>
                ))}
              </tbody>
              <tfoot>
                <tr>
                  <th scope="row" colSpan={4}>
                    Total due
                  </th>
                  <td>{credits.total === null ? '—' : f.money(credits.total)}</td>
                </tr>
              </tfoot>
            </table>
          </div>
        )}
        {credits && credits.total === null && credits.rows.length > 0 && (
          <p class="hint">Enter the monthly service fee to see the credits in money.</p>
        )}
      </section>
      <section class="recommendation" aria-labelledby="kpi-next">
        <h3 id="kpi-next">What to do next</h3>
        <p>
          Raise every red KPI with the vendor now and agree what will change and by when; watch amber ones at the next
          review. <a href="/guides/monitoring-performance/">Monitoring performance</a> explains how to read the trend
          and give feedback that works.
        </p>
        <p>
          Claim the credits the <a href="/guides/contracts-and-slas/">contract and SLA guide</a> describes on the next
          invoice, and record what you agreed in the feedback log below.
        </p>
      </section>
    </section>
  );
}
