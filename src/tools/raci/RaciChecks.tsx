/** The checks, live: the verdict, every problem named with its task, links to the roles guide, and the exports. */
import { DocumentActions } from '../ui/DocumentActions';
import { checkMessages, GUIDE, GUIDE_LINKS, raciCsvRows, raciMarkdown, verdict } from './model';
import type { RaciState } from './state';

interface Props {
  state: RaciState;
}

export function RaciChecks({ state }: Props) {
  const messages = checkMessages(state);
  const rules = messages.filter((m) => m.rule);
  const warnings = messages.filter((m) => !m.rule);
  const ok = state.tasks.length > 0 && rules.length === 0;
  const item = (m: (typeof messages)[number]) => (
    <li key={m.key}>
      {m.text} <a href={GUIDE_LINKS[m.kind].href}>{GUIDE_LINKS[m.kind].text}</a>
    </li>
  );
  return (
    <section class="raci-checks" id="results" aria-labelledby="raci-checks-title">
      <h2 id="raci-checks-title">Checks</h2>
      <div class="verdict" role="status" aria-live="polite">
        <p class={state.tasks.length === 0 ? 'banner' : ok ? 'banner ok' : 'banner warn'}>{verdict(state)}</p>
        {rules.length > 0 && (
          <>
            <h3>To fix</h3>
            <ul class="raci-messages">{rules.map(item)}</ul>
          </>
        )}
        {warnings.length > 0 && (
          <>
            <h3>Warnings</h3>
            <ul class="raci-messages">{warnings.map(item)}</ul>
          </>
        )}
        <p>
          How to read and build the chart: <a href={GUIDE}>roles and responsibilities</a>.
        </p>
      </div>
      <section class="recommendation" aria-labelledby="raci-next">
        <h3 id="raci-next">What to do next</h3>
        <p>
          Go through the chart with the vendor at the kick-off meeting and attach it to the statement of work or the{' '}
          <a href="/guides/managing-the-handover/">handover plan</a>. Put the people who hold the As into your{' '}
          <a href="/tools/communication-plan/">communication plan</a>, and review the chart at the end of each handover
          phase and at every relationship review.
        </p>
      </section>
      <DocumentActions
        id="raci-doc"
        markdown={() => raciMarkdown(state)}
        csv={async () => (await import('../framework/csv')).toCsv(raciCsvRows(state))}
        file={['raci']}
      />
    </section>
  );
}
