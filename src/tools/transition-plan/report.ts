/**
 * The transition planner's part of the plan report (/plan/report/): the phases week by week,
 * the length with its buffer, and what is still open (gaps, overlaps, missing documents).
 * Apart from tool.ts so that the tool's own page does not load it.
 */
import type { ReportSection } from '../framework/define';
import { bufferWeeks, docCounts, PHASE_STATUS_LABELS, phaseName, seamText, timeline, weeksText } from './model';
import type { TransitionState } from './state';

export default function report(state: TransitionState): ReportSection {
  if (state.phases.length === 0)
    return {
      rows: [],
      actions: ['Lay out the handover in phases, with a start week, a length and an owner for each.'],
    };
  const t = timeline(state.phases);
  const rows: [string, string][] = state.phases.map((p, k) => {
    const placed = t.phases.find((x) => x.id === p.id);
    const when = placed ? weeksText(placed.start, placed.end) : 'not scheduled';
    const owner = p.owner.trim() ? `, owner ${p.owner.trim()}` : '';
    return [phaseName(p.name, k + 1), `${when} (${PHASE_STATUS_LABELS[p.status].toLowerCase()})${owner}`];
  });
  if (t.endWeek !== null)
    rows.push([
      'Total',
      `${t.totalWeeks} weeks, ending in week ${t.endWeek}; buffer ${bufferWeeks(t.totalWeeks)} weeks`,
    ]);
  const d = docCounts(state.docs);
  if (state.docs.length) rows.push(['Documentation', `${d.reviewed} reviewed, ${d.draft} draft, ${d.missing} missing`]);
  if (state.training.length) rows.push(['Training sessions', String(state.training.length)]);
  const actions = [
    ...t.seams.map(seamText),
    ...t.unplaced.map((n) => `Give ${n} a start week and a duration.`),
    ...state.docs
      .filter((x) => x.status === 'missing')
      .map((x, k) => `Write “${x.name.trim() || `Document ${k + 1}`}” before knowledge transfer starts.`),
  ];
  return {
    rows,
    actions: actions.length ? actions : ['Hold the handover check-ins and sign off each phase before the next starts.'],
  };
}
