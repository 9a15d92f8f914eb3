/** The one-page communication charter, printed and exported as Markdown. */
import { DocumentActions } from '../ui/DocumentActions';
import { useSettings } from '../ui/hooks';
import { formatNumber } from '../framework/number-format';
import { charterMarkdown, FREQUENCY_LABELS, planHours, purposeOf, round2 } from './model';
import type { PlanState } from './state';

interface Props {
  state: PlanState;
}

const dash = (s: string) => s.trim() || '—';

export function Charter({ state }: Props) {
  const { locale } = useSettings();
  const h = planHours(state.touchpoints);
  const r = state.reporting;
  return (
    <section class="cp-charter" aria-labelledby="cp-charter-title">
      <h2 id="cp-charter-title">Communication charter</h2>
      <h3>Cadence and channels</h3>
      {state.touchpoints.length === 0 ? (
        <p>No touchpoints agreed yet.</p>
      ) : (
        <ul>
          {state.touchpoints.map((tp, k) => (
            <li key={tp.id}>
              <strong>{purposeOf(tp.purpose, k + 1)}</strong>: {FREQUENCY_LABELS[tp.frequency].toLowerCase()},{' '}
              {tp.minutes ?? '—'} minutes, {dash(tp.channel)}; owner {dash(tp.owner)}; our people {tp.internal ?? '—'},
              vendor {dash(tp.vendorPeople)}. Agenda: {dash(tp.agenda)}
            </li>
          ))}
        </ul>
      )}
      <p>Our time: {formatNumber(round2(h.total), locale, 2)} internal hours a month.</p>
      <h3>Escalation</h3>
      {state.levels.length === 0 ? (
        <p>No escalation path agreed yet.</p>
      ) : (
        <ol>
          {state.levels.map((l) => (
            <li key={l.id}>
              {dash(l.ours)} and {dash(l.vendor)}, by {dash(l.contact)}; reply within {dash(l.response)}.
            </li>
          ))}
        </ol>
      )}
      <h3>Reporting</h3>
      <ul>
        <li>Progress updates: {r.updates.trim() || 'not agreed yet'}</li>
        <li>Milestone reports: {r.milestones.trim() || 'not agreed yet'}</li>
        <li>Resolving disagreements: {r.conflict.trim() || 'not agreed yet'}</li>
      </ul>
      <DocumentActions id="cp-doc" markdown={() => charterMarkdown(state)} file={['communication-charter']} />
    </section>
  );
}
