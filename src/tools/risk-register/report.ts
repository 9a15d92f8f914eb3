/**
 * The risk register's part of the plan report (/plan/report/): each risk's inherent and
 * residual score with its band, and the contingency plans still to write. Apart from tool.ts
 * so that the tool's own page does not load it.
 */
import type { ReportSection } from '../framework/define';
import { assess, BAND_NAMES, expectedTotal, type Assessed } from './model';
import type { RegisterState } from './state';

const scoreText = (score: number | null, band: Assessed['inherentBand']) =>
  score === null ? 'not scored' : `${score} ${BAND_NAMES[band!]}`;

export default function report(state: RegisterState): ReportSection {
  if (state.risks.length === 0)
    return { rows: [], actions: ['List what could go wrong with the engagement and score each risk from 1 to 5.'] };
  const assessed = state.risks.map((r, k) => assess(r, k + 1));
  const rows: [string, string][] = assessed.map((a, k) => {
    const owner = state.risks[k]!.owner.trim();
    const cut = a.reductionPct === null ? '' : ` (${Math.round(a.reductionPct)} % lower)`;
    return [
      a.name,
      `inherent ${scoreText(a.inherent, a.inherentBand)}, residual ${scoreText(a.residual, a.residualBand)}${cut}${owner ? `; owner ${owner}` : ''}`,
    ];
  });
  const e = expectedTotal(state.risks);
  if (e.counted) rows.push(['Expected cost', `${Math.round(e.total)} (from ${e.counted} risks)`]);
  const actions = assessed.flatMap((a, k) => {
    const r = state.risks[k]!;
    const score = a.residual ?? a.inherent;
    const out: string[] = [];
    if (a.inherent === null) out.push(`Score the likelihood and impact of ${a.name}.`);
    if (score !== null && score >= 8 && !r.contingency.trim()) out.push(`Write a contingency plan for ${a.name}.`);
    if (!r.owner.trim()) out.push(`Name an owner for ${a.name}.`);
    return out;
  });
  return { rows, actions: actions.length ? actions : ['Review the register when anything changes, and once a year.'] };
}
