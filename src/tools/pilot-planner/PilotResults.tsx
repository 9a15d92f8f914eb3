/**
 * The decision (in a polite live region): what to complete before the pilot, what is missing
 * before the review, or GO / GO with conditions / NO-GO with the reason; the scores behind it;
 * and the guide that says what to do next.
 */
import { useHydratedStore, useSettings, useTool } from '../ui/hooks';
import { decide, shownTotal } from './model';
import { decisionReason } from './agreement';
import { pilotFormat } from './format';
import { pilotFor } from './store';

const SCORE_TEXT = { 1: 'Target met (1)', 0.5: 'Minimum met (0.5)', 0: 'Worse than minimum (0)' } as const;
const BANNER = { GO: 'ok', 'GO with conditions': 'warn', 'NO-GO': 'bad' } as const;

export function PilotResults() {
  const pp = useTool(pilotFor);
  const result = useHydratedStore(pp.$result, decide([]));
  const state = useHydratedStore(pp.store.$state, pp.def.initial());
  const { locale } = useSettings();
  const f = pilotFormat(locale);

  return (
    <section class="tool-results pp-results" id="results" aria-labelledby="pp-results-title">
      <h2 id="pp-results-title">Decision</h2>
      <div class="verdict" aria-live="polite" aria-atomic="true">
        {result.status === 'empty' && (
          <p class="banner info">
            Add the criteria you will judge the pilot by, each with a target and a minimum, before it starts.
          </p>
        )}
        {result.status === 'setup' && (
          <div class="banner warn">
            <p>Complete the pass marks before the pilot starts:</p>
            <ul>
              {result.problems.map((p) => (
                <li key={p.id}>
                  {p.label} {p.text}.
                </li>
              ))}
              {result.noWeight && <li>Give at least one criterion a weight above 0.</li>}
            </ul>
          </div>
        )}
        {result.status === 'waiting' && (
          <p class="banner info">
            The pass marks are set. Decide on the review date, once every actual is in. Still missing:{' '}
            {result.missing.join(', ')}.
          </p>
        )}
        {result.status === 'decided' && (
          <p class={`banner ${BANNER[result.decision]} pp-decision`}>
            <strong>{result.decision}</strong> — {decisionReason(result, f.percent)}
          </p>
        )}
      </div>
      {result.status === 'decided' && (
        <div class="table-scroll">
          <table class="pp-scores">
            <caption>Scores by criterion</caption>
            <thead>
              <tr>
                <th scope="col">Criterion</th>
                <th scope="col" class="num">
                  Weight
                </th>
                <th scope="col" class="num">
                  Target
                </th>
                <th scope="col" class="num">
                  Minimum
                </th>
                <th scope="col" class="num">
                  Actual
                </th>
                <th scope="col">Score</th>
                <th scope="col" class="num">
                  Points
                </th>
              </tr>
            </thead>
            <tbody>
              {result.rows.map((r, k) => {
                const c = state.criteria[k]!;
                return (
                  <tr key={r.id}>
                    <th scope="row">
                      {r.label}
                      {c.mustHave && <span class="tag">must-have</span>}
                    </th>
                    <td class="num">{f.percent(r.share * 100)}</td>
                    <td class="num">{f.figure(c.target!)}</td>
                    <td class="num">{f.figure(c.minimum!)}</td>
                    <td class="num">{f.figure(c.actual!)}</td>
                    <td>
                      {SCORE_TEXT[r.score]}
                      {c.lowerIsBetter && <span class="hint"> (lower is better)</span>}
                    </td>
                    <td class="num">{f.figure(Math.round(r.points * 10) / 10)}</td>
                  </tr>
                );
              })}
            </tbody>
            <tfoot>
              <tr>
                <th scope="row" colSpan={6}>
                  Weighted total
                </th>
                <td class="num">{f.percent(shownTotal(result.total))}</td>
              </tr>
            </tfoot>
          </table>
        </div>
      )}
      <section class="recommendation" aria-labelledby="pp-next">
        <h3 id="pp-next">What to do next</h3>
        {result.status !== 'decided' && (
          <p>
            Agree the pass marks and the agreement below with the vendor before the pilot starts, check in every week,
            and keep notes. <a href="/guides/trial-period/#run-the-trial">How to run the trial</a> explains what to
            watch.
          </p>
        )}
        {result.status === 'decided' && result.decision === 'GO' && (
          <p>
            Carry what the pilot taught you into the contract and the handover: read{' '}
            <a href="/guides/contracts-and-slas/">Write a clear contract and SLA</a> and{' '}
            <a href="/guides/managing-the-handover/">Manage the handover in phases</a>, and turn these pass marks into
            your first <a href="/guides/setting-kpis/">KPIs</a>. Then scale up one task at a time.
          </p>
        )}
        {result.status === 'decided' && result.decision === 'GO with conditions' && (
          <p>
            Write down, for each criterion short of its target, what must improve, by when and how you will check it,
            and agree it with the vendor before going further.{' '}
            <a href="/guides/trial-period/#make-the-decision">Make the decision</a> explains the three outcomes.
          </p>
        )}
        {result.status === 'decided' && result.decision === 'NO-GO' && (
          <p>
            The pilot has done its job: you have lost a few weeks, not a year. Make sure the vendor returns or deletes
            your data and removes its access, then go back to your shortlist and try the runner-up (
            <a href="/guides/evaluating-vendors/">Evaluate vendors properly before you choose</a>,{' '}
            <a href="/guides/trial-period/#make-the-decision">Make the decision</a>).
          </p>
        )}
      </section>
    </section>
  );
}
