/**
 * The register at a glance: counts per band, the summed expected cost, the inherent and
 * residual heat maps (choosing a cell filters the list below them), the register itself with
 * inherent and residual scores side by side, and the CSV download.
 */
import { useState } from 'preact/hooks';
import { downloadText, fileName } from '../framework/download';
import { formatMoney } from '../framework/number-format';
import { useSettings } from '../ui/hooks';
import {
  assess,
  BAND_NAMES,
  BANDS,
  cellOf,
  currentScore,
  expectedTotal,
  bandOf,
  type Assessed,
  type Band,
} from './model';
import type { RegisterState } from './state';
import { HeatMap, type CellChoice } from './HeatMap';

interface Props {
  state: RegisterState;
}

const score = (s: number | null, b: Band | null) =>
  s === null ? <span>not scored</span> : <span class={`rr-pill band-${b}`}>{`${s} ${BAND_NAMES[b!]}`}</span>;

export function RiskResults({ state }: Props) {
  const { locale, currency } = useSettings();
  const [chosen, setChosen] = useState<CellChoice | null>(null);
  const assessed = state.risks.map((r, k) => assess(r, k + 1));
  const perBand = Object.fromEntries(BANDS.map((b) => [b, 0])) as Record<Band, number>;
  for (const a of assessed) {
    const s = currentScore(a);
    if (s !== null) perBand[bandOf(s)]++;
  }
  const e = expectedTotal(state.risks);
  const shown: Assessed[] = chosen
    ? assessed.filter((_, k) => {
        const c = cellOf(state.risks[k]!, chosen.view);
        return c?.likelihood === chosen.likelihood && c.impact === chosen.impact;
      })
    : assessed;
  const money = (n: number) => formatMoney(n, locale, currency);

  return (
    <section class="rr-results" id="results" aria-labelledby="rr-results-title">
      <h2 id="rr-results-title">Your risks</h2>
      <div class="verdict" role="status" aria-live="polite">
        {state.risks.length === 0 ? (
          <p class="banner">No risks yet. Add the preset risks or your own.</p>
        ) : (
          <dl class="key-figures">
            {BANDS.slice()
              .reverse()
              .map((b) => (
                <div key={b}>
                  <dt>{BAND_NAMES[b]}</dt>
                  <dd>{perBand[b]}</dd>
                </div>
              ))}
            <div>
              <dt>Expected cost</dt>
              <dd>{e.counted ? money(e.total) : '—'}</dd>
            </div>
          </dl>
        )}
        {state.risks.length > 0 && (
          <p class="hint">
            Bands count each risk’s residual score where it has one, else its inherent score. Score = likelihood ×
            impact: 1–3 Low, 4–6 Moderate, 8–12 High, 15–25 Extreme. Expected cost = probability × cost if it happens
            {e.counted ? `, for the ${e.counted} of ${state.risks.length} risks that have both` : ''}.
          </p>
        )}
      </div>
      <div class="rr-maps">
        <HeatMap
          view="inherent"
          title="Inherent risk: risks per likelihood and impact, before controls"
          risks={state.risks}
          chosen={chosen}
          onChoose={setChosen}
        />
        <HeatMap
          view="residual"
          title="Residual risk: risks per likelihood and impact, with your controls"
          risks={state.risks}
          chosen={chosen}
          onChoose={setChosen}
        />
      </div>
      <div role="status" class="rr-filter">
        {chosen && (
          <p class="banner info">
            Showing {shown.length} of {state.risks.length} risks with {chosen.view} likelihood {chosen.likelihood} and
            impact {chosen.impact}.{' '}
            <button type="button" class="secondary" onClick={() => setChosen(null)}>
              Show all risks
            </button>
          </p>
        )}
      </div>
      {shown.length > 0 && (
        <table class="rr-list">
          <caption>Register: inherent and residual scores</caption>
          <thead>
            <tr>
              <th scope="col">Risk</th>
              <th scope="col">Inherent</th>
              <th scope="col">Residual</th>
              <th scope="col">Reduction</th>
              <th scope="col">Owner</th>
            </tr>
          </thead>
          <tbody>
            {shown.map((a) => (
              <tr key={a.id}>
                <th scope="row">{a.name}</th>
                <td data-label="Inherent">{score(a.inherent, a.inherentBand)}</td>
                <td data-label="Residual">{score(a.residual, a.residualBand)}</td>
                <td data-label="Reduction">{a.reductionPct === null ? '—' : `${Math.round(a.reductionPct)} %`}</td>
                <td data-label="Owner">{state.risks.find((r) => r.id === a.id)!.owner || '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {state.risks.length > 0 && (
        <div class="button-row no-print">
          <button
            type="button"
            class="secondary"
            onClick={() =>
              void import('./export').then(({ registerCsv }) =>
                downloadText(`${fileName('risk-register')}.csv`, registerCsv(state.risks), 'text/csv'),
              )
            }
          >
            Download CSV
          </button>
        </div>
      )}
      <section class="recommendation" aria-labelledby="rr-next">
        <h3 id="rr-next">What to do next</h3>
        <p>
          Write a one-page contingency plan for every risk that is still High or Extreme, and rehearse the worst one
          once a year: <a href="/guides/risk-and-contingency/">managing risk and planning for things going wrong</a>{' '}
          shows how. The expected cost is offered to the <a href="/tools/total-cost/">total cost calculator</a> as its
          risk contingency; open items of the <a href="/tools/due-diligence/">due-diligence checklist</a> arrive here as
          risks.
        </p>
      </section>
    </section>
  );
}
