/**
 * The pilot planner part of the plan report (/plan/report/): the pilot, its pass marks and the
 * decision, and what is left to do. Apart from tool.ts so that the tool's own page does not load it.
 */
import type { ReportSection, ToolContext } from '../framework/define';
import { formatDate } from '../framework/date-format';
import { linesOf } from '../framework/document';
import { decide, endDate, shownTotal } from './model';
import type { PilotState } from './state';

export default function report(s: PilotState, ctx: ToolContext): ReportSection {
  const date = (iso: string) => formatDate(iso, ctx.locale ?? 'en-US');
  const end = endDate(s.start, s.weeks);
  const r = decide(s.criteria);
  const musts = s.criteria.filter((c) => c.mustHave).length;
  const rows: [string, string][] = [
    ['Vendor', s.vendor.trim() || '—'],
    ['Scope', linesOf(s.scope).join('; ') || '—'],
    ['Period', s.start && end ? `${date(s.start)} to ${date(end)} (${s.weeks} weeks)` : '—'],
    ['Review and decision', s.review ? date(s.review) : end ? date(end) : '—'],
    ['Pass marks', `${s.criteria.length} criteria, ${musts} must-have`],
  ];
  if (r.status === 'decided') rows.push(['Decision', `${r.decision} (${shownTotal(r.total).toFixed(1)} %)`]);
  const actions =
    r.status === 'empty'
      ? ['Agree three to six pass marks, each with a target and a minimum, before the pilot starts.']
      : r.status === 'setup'
        ? [
            ...r.problems.map((p) => `Pass mark “${p.label}” ${p.text}.`),
            ...(r.noWeight ? ['Give at least one pass mark a weight above 0.'] : []),
          ]
        : r.status === 'waiting'
          ? [`On the review date, fill in the actuals for: ${r.missing.join(', ')}.`]
          : r.decision === 'GO'
            ? ['Carry what the pilot taught you into the contract and a phased handover.']
            : r.decision === 'NO-GO'
              ? ['Stop the pilot: have your data returned or deleted and access removed, then try the runner-up.']
              : [`Agree how and by when these reach their target: ${r.short.join(', ')}.`];
  return { rows, actions };
}
