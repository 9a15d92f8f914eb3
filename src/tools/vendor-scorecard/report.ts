/**
 * The vendor scorecard part of the plan report (/plan/report/): what was entered and found,
 * and what is left to do. Apart from tool.ts so that the tool's own page does not load it.
 */
import type { ReportSection, ToolContext } from '../framework/define';
import { vendorsOf } from '../framework/vendors';
import { resultFor } from './results';
import type { ScorecardState as S } from './state';

export default function report(state: S, ctx: ToolContext): ReportSection {
  const r = resultFor(state, vendorsOf(ctx), {});
  if (r.status !== 'ok') return { rows: [], actions: ['Add at least two vendors and score them.'] };
  const rows: [string, string][] = r.analysis.vendors.map((v) => [
    v.label,
    v.status === 'ranked'
      ? `rank ${v.rank}: ${v.total!.toFixed(2)} of 5 (${v.pctOfMax!.toFixed(0)} %)`
      : v.status === 'disqualified'
        ? `out: below the minimum on ${v.failed.map((f) => f.label).join(', ')}`
        : `not fully scored (${v.missing.join(', ')})`,
  ]);
  const actions = r.analysis.leader
    ? [`Check ${r.analysis.leader.label}'s references and run a paid trial before signing.`]
    : ['Finish scoring every vendor on every criterion.'];
  return { rows, actions };
}
