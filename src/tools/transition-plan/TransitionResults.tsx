/**
 * The plan at a glance: length and end week, gaps and overlaps named by their weeks, the
 * suggested buffer, the timeline (with its data table) and the printable plan, list by list.
 */
import { ChartFigure } from '../ui/ChartFigure';
import type { TimelineSpec } from '../ui/chart-core';
import {
  bufferWeeks,
  CADENCE_LABELS,
  checkInCount,
  DOC_LABELS,
  docCounts,
  PHASE_STATUS_LABELS,
  phaseName,
  seamText,
  timeline,
  weeksText,
} from './model';
import type { TransitionState } from './state';

interface Props {
  state: TransitionState;
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
const named = (name: string, noun: string, n: number) => name.trim() || `${noun} ${n}`;
const week = (w: number | null) => (w === null ? '—' : String(w));

export function TransitionResults({ state }: Props) {
  const t = timeline(state.phases);
  const buffer = bufferWeeks(t.totalWeeks);
  const docs = docCounts(state.docs);
  const missing = state.docs.flatMap((d, k) => (d.status === 'missing' ? [named(d.name, 'Document', k + 1)] : []));
  const warnings = [
    ...t.seams.map(seamText),
    ...t.unplaced.map((n) => `${n} has no start week or no duration, so it is not on the timeline.`),
    ...(missing.length ? [`Still missing: ${missing.join(', ')}. Write these before knowledge transfer starts.`] : []),
  ];
  const spec: TimelineSpec = {
    type: 'timeline',
    bars: t.phases.map((p) => ({ label: p.name, start: p.start, end: p.end })),
    color: 'stage-5',
    xTitle: 'Week',
    format: String,
  };
  const summary = t.phases.length
    ? `Timeline of ${plural(t.phases.length, 'phase')} from week ${t.startWeek} to week ${t.endWeek}: ${t.phases
        .map((p) => `${p.name} ${weeksText(p.start, p.end)}`)
        .join('; ')}.`
    : 'No phases on the timeline yet.';

  return (
    <section class="tp-results" id="results" aria-labelledby="tp-results-title">
      <h2 id="tp-results-title">Your transition plan</h2>
      <div class="verdict" role="status" aria-live="polite">
        {t.endWeek === null ? (
          <p class="banner">No phases with a start week and a duration yet. Add phases, or the usual five.</p>
        ) : (
          <dl class="key-figures">
            <div>
              <dt>Total length</dt>
              <dd>{plural(t.totalWeeks, 'week')}</dd>
            </div>
            <div>
              <dt>End week</dt>
              <dd>Week {t.endWeek}</dd>
            </div>
            <div>
              <dt>Suggested buffer</dt>
              <dd>{plural(buffer, 'week')}</dd>
            </div>
          </dl>
        )}
        {warnings.length > 0 && (
          <ul class="banner warn tp-warnings">
            {warnings.map((w) => (
              <li key={w}>{w}</li>
            ))}
          </ul>
        )}
        {t.endWeek !== null && (
          <p class="hint">
            Handovers often take longer than planned: the first month-end, a missing process note or a sick trainer can
            each cost a week. Keep about a fifth of the plan spare ({plural(buffer, 'week')}, so the plan could run to
            week {t.endWeek + buffer}) before you end the old arrangement. The fifth is an assumption, not a measured
            figure.
          </p>
        )}
      </div>
      {t.phases.length > 0 && (
        <ChartFigure
          id="tp-timeline"
          title="Timeline by week"
          summary={summary}
          spec={spec}
          columns={['Phase', 'Start week', 'End week', 'Weeks']}
        />
      )}
      {state.phases.length > 0 && (
        <table class="tp-table">
          <caption>Phases</caption>
          <thead>
            <tr>
              <th scope="col">Phase</th>
              <th scope="col">Weeks</th>
              <th scope="col">Owner</th>
              <th scope="col">Status</th>
            </tr>
          </thead>
          <tbody>
            {state.phases.map((p, k) => {
              const placed = t.phases.find((x) => x.id === p.id);
              return (
                <tr key={p.id}>
                  <th scope="row">{phaseName(p.name, k + 1)}</th>
                  <td data-label="Weeks">{placed ? weeksText(placed.start, placed.end) : 'not scheduled'}</td>
                  <td data-label="Owner">{p.owner || '—'}</td>
                  <td data-label="Status">{PHASE_STATUS_LABELS[p.status]}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      {state.training.length > 0 && (
        <table class="tp-table">
          <caption>Training sessions</caption>
          <thead>
            <tr>
              <th scope="col">Topic</th>
              <th scope="col">Week</th>
              <th scope="col">Led by</th>
              <th scope="col">For</th>
            </tr>
          </thead>
          <tbody>
            {state.training.map((r, k) => (
              <tr key={r.id}>
                <th scope="row">{named(r.topic, 'Training session', k + 1)}</th>
                <td data-label="Week">{week(r.week)}</td>
                <td data-label="Led by">{r.trainer || '—'}</td>
                <td data-label="For">{r.audience || '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {state.checkIns.length > 0 && (
        <table class="tp-table">
          <caption>Check-ins</caption>
          <thead>
            <tr>
              <th scope="col">Check-in</th>
              <th scope="col">How often</th>
              <th scope="col">Weeks</th>
              <th scope="col">Meetings</th>
            </tr>
          </thead>
          <tbody>
            {state.checkIns.map((c, k) => {
              const n = checkInCount(c);
              return (
                <tr key={c.id}>
                  <th scope="row">{named(c.name, 'Check-in', k + 1)}</th>
                  <td data-label="How often">{CADENCE_LABELS[c.cadence]}</td>
                  <td data-label="Weeks">
                    {c.fromWeek !== null && c.toWeek !== null ? weeksText(c.fromWeek, c.toWeek) : '—'}
                  </td>
                  <td data-label="Meetings">{n === null ? '—' : n}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      {state.docs.length > 0 && (
        <table class="tp-table">
          <caption>
            Documentation: {docs.reviewed} reviewed, {docs.draft} draft, {docs.missing} missing
          </caption>
          <thead>
            <tr>
              <th scope="col">Document</th>
              <th scope="col">Owner</th>
              <th scope="col">Status</th>
            </tr>
          </thead>
          <tbody>
            {state.docs.map((d, k) => (
              <tr key={d.id}>
                <th scope="row">{named(d.name, 'Document', k + 1)}</th>
                <td data-label="Owner">{d.owner || '—'}</td>
                <td data-label="Status">{DOC_LABELS[d.status]}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <section class="recommendation" aria-labelledby="tp-next">
        <h3 id="tp-next">What to do next</h3>
        <p>
          Read <a href="/guides/managing-the-handover/">how to manage the handover in phases</a> for what each phase
          holds and how to test that it is done. The parallel-run weeks are offered to the{' '}
          <a href="/tools/total-cost/">total cost calculator</a> as its parallel running; book the check-ins in your{' '}
          <a href="/tools/communication-plan/">communication plan</a>, and once the vendor has taken over, track the
          results as set out in <a href="/guides/monitoring-performance/">monitoring performance</a>.
        </p>
      </section>
    </section>
  );
}
