/** The SLA schedule document: on the page (and in print) and as Markdown. */
import { DocumentActions } from '../ui/DocumentActions';
import { useSettings } from '../ui/hooks';
import { formatDuration, scheduleMarkdown } from './model';
import { scheduleInputOf } from './results';
import { formatsFor } from './format';
import type { SlaState } from './state';

interface Props {
  state: SlaState;
}

const dash = (s: string) => s.trim() || '—';

export function Schedule({ state }: Props) {
  const { locale, currency } = useSettings();
  const f = formatsFor(locale, currency);
  const d = scheduleInputOf(state, f);
  const tiers = d.credits.tiers.flatMap((t) => (t ? [t] : []));
  return (
    <section class="sla-schedule" aria-labelledby="sla-schedule-title">
      <h2 id="sla-schedule-title">SLA schedule</h2>
      <h3>Key performance indicators</h3>
      {d.kpis.length === 0 ? (
        <p>No KPIs agreed yet.</p>
      ) : (
        <ul>
          {d.kpis.map((k, n) => (
            <li key={n}>
              <strong>{dash(k.name)}</strong> ({dash(k.unit)}, {k.lowerIsBetter ? 'lower' : 'higher'} is better): target{' '}
              {k.target === null ? '—' : f.number(k.target)}, minimum {k.minimum === null ? '—' : f.number(k.minimum)},
              measured {d.periodLabel(k.period).toLowerCase()}. {dash(k.definition)}. Source: {dash(k.source)}; owner:{' '}
              {dash(k.owner)}.
            </li>
          ))}
        </ul>
      )}
      <h3>Availability and service hours</h3>
      {d.availability.target === null ? (
        <p>No availability target agreed yet.</p>
      ) : (
        <p>
          Availability target: {f.number(d.availability.target)} % of {d.availability.serviceText}. Allowed downtime:{' '}
          {d.availability.rows.map((r) => `${r.label.toLowerCase()} ${formatDuration(r.allowed)}`).join('; ')}.
        </p>
      )}
      <h3>Service credits</h3>
      {tiers.length === 0 ? (
        <p>No service credits agreed.</p>
      ) : (
        <>
          <ul>
            {tiers.map((t, k) => (
              <li key={k}>
                Availability below {f.number(t.below)} %: credit of {f.number(t.credit)} % of the monthly fee.
              </li>
            ))}
          </ul>
          <p>
            The tier with the lowest threshold that applies is used; credits are not added up.
            {d.credits.capPct !== null && ` Credits are capped at ${f.number(d.credits.capPct)} % of the fee.`}
          </p>
          {d.credits.example && <p>Worked example: {d.credits.example}</p>}
        </>
      )}
      <h3>Reporting and review</h3>
      <ul>
        <li>Performance report: {d.review.report}</li>
        <li>Service review: {d.review.meeting}</li>
        <li>On repeated breach: {d.review.breach.trim() || 'not agreed yet'}</li>
      </ul>
      <DocumentActions id="sla-doc" markdown={() => scheduleMarkdown(d)} file={['sla-schedule']} />
    </section>
  );
}
