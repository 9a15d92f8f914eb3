/** Results of the scorecard: the leader, ranking table, knock-outs, chart, sensitivity, next steps. */
import { CorrectFields } from '../ui/ErrorSummary';
import { useMemo } from 'preact/hooks';
import { useHydratedStore, useSettings, useTool } from '../ui/hooks';
import { ChartFigure } from '../ui/ChartFigure';
import { formatNumber } from '../framework/number-format';
import { formatScore, formatShare } from './format';
import type { ScorecardAnalysis, Sensitivity, VendorResult } from './model';
import { resultFor, scorecardFor, type ScorecardResult } from './store';
import { FIRST_USE_VENDORS, initialScorecard } from './state';
import { Recommendation } from './Recommendation';

/** What the server renders: the results of first use (the example criteria, two unnamed vendors). */
const BEFORE_MOUNT: ScorecardResult = resultFor(initialScorecard(), FIRST_USE_VENDORS, {});

type Fmt = (n: number) => string;

/** Why a vendor is not ranked, or its place. */
export function statusText(v: VendorResult, fmt2: Fmt): string {
  if (v.status === 'disqualified')
    return `Disqualified: ${v.failed.map((f) => `${f.label} scored ${fmt2(f.score)}, below the minimum of ${fmt2(f.min)}`).join('; ')}`;
  if (v.status === 'incomplete')
    return v.missing.length
      ? `Not scored yet: ${v.missing.length === 1 ? '1 score' : `${v.missing.length} scores`} missing (${v.missing.join(', ')})`
      : 'No total: no criterion has a weight';
  return v.rank === 1 ? 'Leader' : `Ranked ${v.rank}`;
}

function verdict(a: ScorecardAnalysis, fmt2: Fmt, pct: Fmt): string {
  if (!a.shares) return 'Give at least one criterion a weight above 0 to see totals.';
  const L = a.leader;
  if (!L) return 'No vendor can be ranked yet: a vendor needs every score and must meet every minimum.';
  const lead = `${L.label} leads with ${fmt2(L.total!)} out of 5 (${pct(L.pctOfMax!)} of the maximum).`;
  if (!a.runnerUp) return `${lead} It is the only vendor that can be ranked.`;
  return `${lead} Runner-up: ${a.runnerUp.label} with ${fmt2(a.runnerUp.total!)}.`;
}

function tieText(a: ScorecardAnalysis): string | null {
  if (!a.tieBreak || !a.leader || !a.runnerUp) return null;
  const both = `${a.leader.label} and ${a.runnerUp.label} have the same total.`;
  if (a.tieBreak === 'unbroken')
    return `${both} Nothing separates them (same score on the highest-weighted criterion and no lower bid): a trial with both can decide.`;
  if (a.tieBreak === 'price') return `${both} ${a.leader.label} is placed first for its lower price bid.`;
  return `${both} ${a.leader.label} is placed first for its higher score on the highest-weighted criterion.`;
}

function flipText(s: Sensitivity, a: ScorecardAnalysis, pct: Fmt): string {
  const now = `now ${pct(s.current * 100)}`;
  if ('flipAt' in s)
    return `${a.runnerUp!.label} would overtake ${a.leader!.label} if the weight of ${s.label} ${s.direction === 'up' ? 'rose above' : 'fell below'} ${pct(s.flipAt * 100)} (${now}).`;
  const why = {
    'equal-scores': 'both score the same on it',
    'no-effect': 'changing its weight does not change the gap between them',
    negative: 'it would need a negative weight',
    'over-100': 'it would need a weight of 100 % or more',
  }[s.reason];
  return `${s.label} cannot change the ranking: ${why} (${now}).`;
}

export function ScorecardResults() {
  const live = useHydratedStore(useTool(scorecardFor).$result, BEFORE_MOUNT);
  // Until first use has seeded two vendors (the task after mount), what the server showed.
  const result = live.status === 'few-vendors' ? BEFORE_MOUNT : live;
  const { locale } = useSettings();
  const fmt2 = (n: number) => formatScore(n, locale);
  const pct = (n: number) => formatShare(n, locale);
  const num = (n: number) => formatNumber(n, locale, 2);
  const a = result.status === 'ok' ? result.analysis : null;

  const order = a ? [...a.ranking, ...a.vendors.filter((v) => v.status !== 'ranked')] : [];
  // Bars in rank order; a knocked-out vendor last, labelled and drawn hollow.
  const chartSpec = useMemo(() => {
    const scored = order.filter((v) => v.total !== null);
    if (scored.length === 0) return null;
    const out = (v: (typeof scored)[number]) => v.status === 'disqualified';
    return {
      type: 'bar' as const,
      labels: scored.map((v) => (out(v) ? `${v.label} (disqualified)` : v.label)),
      series: [
        {
          label: 'Weighted total (out of 5)',
          values: scored.map((v) => v.total!),
          color: 'accent' as const,
          hollow: scored.map(out),
        },
      ],
      xTitle: 'Vendor',
      yTitle: 'Weighted total (out of 5)',
      format: fmt2,
    };
  }, [a, locale]);

  const tie = a && tieText(a);
  return (
    <section class="tool-results" id="results" aria-labelledby="vs-results-title">
      <h2 id="vs-results-title">Results</h2>
      <div class="verdict" aria-live="polite" aria-atomic="true">
        {result.status === 'errors' && <CorrectFields count={result.count} />}
        {result.status === 'few-vendors' && <p class="banner info">Add at least two vendors to compare them.</p>}
        {a && (
          <p class={`banner ${a.leader ? 'ok' : 'info'}`}>
            <strong>{verdict(a, fmt2, pct)}</strong>
          </p>
        )}
        {tie && <p class="banner info">{tie}</p>}
      </div>
      {a && (
        <>
          {a.vendors.some((v) => v.status === 'disqualified') && (
            <ul class="vs-knockouts">
              {a.vendors
                .filter((v) => v.status === 'disqualified')
                .map((v) => (
                  <li key={v.id}>
                    <strong>{v.label}</strong> is out whatever its total.{' '}
                    {v.failed
                      .map(
                        (f) => `It failed the must-have on ${f.label}: scored ${num(f.score)}, minimum ${num(f.min)}.`,
                      )
                      .join(' ')}
                  </li>
                ))}
            </ul>
          )}
          <div class="table-scroll">
            <table class="vs-ranking">
              <caption>Ranking</caption>
              <thead>
                <tr>
                  <th scope="col">Vendor</th>
                  <th scope="col" class="num">
                    Weighted total (out of 5)
                  </th>
                  <th scope="col" class="num">
                    % of maximum
                  </th>
                  <th scope="col">Status</th>
                </tr>
              </thead>
              <tbody>
                {order.map((v) => (
                  <tr key={v.id}>
                    <th scope="row">{v.label}</th>
                    <td class="num">{v.total === null ? '—' : fmt2(v.total)}</td>
                    <td class="num">{v.pctOfMax === null ? '—' : pct(v.pctOfMax)}</td>
                    <td>{statusText(v, num)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {chartSpec && (
            <ChartFigure
              id="vs-chart"
              title="Weighted total by vendor"
              summary={`Bar chart of weighted totals out of 5: ${chartSpec.labels.map((l, i) => `${l} ${fmt2(chartSpec.series[0]!.values[i]!)}`).join(', ')}.`}
              spec={chartSpec}
              columns={['Vendor', 'Weighted total (out of 5)']}
            />
          )}
          <h3>How robust is the lead?</h3>
          {a.sensitivity.length === 0 ? (
            <p>The sensitivity check needs two ranked vendors: a leader and a runner-up.</p>
          ) : (
            <>
              <p>
                For each criterion, the weight at which {a.runnerUp!.label} would overtake {a.leader!.label}, with the
                other weights scaled to fill the rest.
              </p>
              <ul class="vs-sensitivity">
                {a.sensitivity.map((s) => (
                  <li key={s.criterionId}>{flipText(s, a, pct)}</li>
                ))}
              </ul>
            </>
          )}
          <Recommendation analysis={a} />
        </>
      )}
    </section>
  );
}
