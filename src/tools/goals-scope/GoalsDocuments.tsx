/**
 * What the canvas makes: the one-page brief (with what is still empty pointed out, in a polite
 * live region) and the request for proposal, each shown as it reads, with copy, download and
 * print; then what to do next.
 */
import { DocumentView } from '../ui/DocumentView';
import { PrintableDocumentActions } from '../ui/PrintableDocument';
import { toMarkdown } from '../framework/document';
import { formatDate, todayIso } from '../framework/date-format';
import { formatMoney, formatPercent } from '../framework/number-format';
import { useHydratedStore, useSettings, useTool } from '../ui/hooks';
import { briefBlocks, type DocFormat } from './brief';
import { rfpBlocks } from './rfp';
import { missingParts, PARTS, timetable, WEEKS_BEFORE, type SecurityItem } from './model';
import { initialGoals } from './state';
import { goalsFor } from './store';

const initial = initialGoals();

export function GoalsDocuments({ security }: { security: SecurityItem[] }) {
  const gs = useTool(goalsFor);
  const state = useHydratedStore(gs.store.$state, initial);
  const { locale, currency } = useSettings();
  const f: DocFormat = { money: (n) => formatMoney(n, locale, currency), date: (d) => formatDate(d, locale) };
  const today = todayIso();
  const missing = missingParts(state);
  const brief = briefBlocks(state, f);
  const rfp = rfpBlocks(state, { ...f, security, today, percent: (share) => formatPercent(share * 100, locale, 1) });
  const plan = timetable(state.deadline, today);
  const subject = state.task.trim() || undefined;
  const go = (id: string) => (e: Event) => {
    e.preventDefault();
    document.getElementById(id)?.focus();
  };

  return (
    <>
      <section class="gs-brief" id="results" aria-labelledby="gs-brief-title">
        <h2 id="gs-brief-title">Your brief</h2>
        <div class="verdict" aria-live="polite" aria-atomic="true">
          {missing.length === 0 ? (
            <p class="banner ok">
              <strong>The brief is complete.</strong> Send it, or the request for proposal below, to each vendor you are
              considering.
            </p>
          ) : (
            <div class="banner info">
              <p>
                <strong>
                  Still to fill in: {missing.length} of {PARTS.length} parts.
                </strong>{' '}
                The brief works without them, with a [bracket] where each one goes.
              </p>
              <ul class="gs-missing">
                {missing.map((p) => (
                  <li key={p.id}>
                    <a href={`#${p.field}`} onClick={go(p.field)}>
                      {p.label}
                    </a>
                  </li>
                ))}
              </ul>
            </div>
          )}
        </div>
        <PrintableDocumentActions
          id="gs-brief"
          name="brief"
          copyLabel="Copy as Markdown"
          downloadLabel="Download brief (Markdown)"
          printLabel="Print brief"
          file={['outsourcing-brief', subject]}
          printTarget="gs-brief-doc"
          markdown={() => toMarkdown(brief)}
        />
        <div id="gs-brief-doc" class="document-frame">
          <DocumentView blocks={brief} baseLevel={3} />
        </div>
      </section>
      <section class="gs-rfp" aria-labelledby="gs-rfp-title">
        <h2 id="gs-rfp-title">Request for proposal</h2>
        <p class="no-print">
          The brief, plus what every proposal must contain, the security questions your data calls for, how you will
          judge, a timetable and the interview questions. Send the same request to three vendors so their answers can be
          compared point by point.
        </p>
        <div class="no-print">
          {state.judging ? (
            <p>
              Proposals are judged by the criteria and weights you took from your vendor scorecard.{' '}
              <button type="button" class="link" onClick={gs.useDefaultJudging}>
                Use the default criteria instead
              </button>
            </p>
          ) : (
            <p class="hint">
              Proposals are judged by the vendor scorecard’s default criteria and weights. Set your own in the{' '}
              <a href="/tools/vendor-scorecard/">vendor scorecard</a>: it offers them here.
            </p>
          )}
          {!plan && <p class="hint">Set a deadline to get a timetable.</p>}
          {plan?.tight && (
            <p class="banner warn">
              Your deadline is less than {WEEKS_BEFORE.questions} weeks away, so this timetable starts in the past. Move
              the deadline, or shorten each step and tell the vendors.
            </p>
          )}
        </div>
        <PrintableDocumentActions
          id="gs-rfp"
          name="request for proposal"
          copyLabel="Copy request for proposal"
          downloadLabel="Download request for proposal (Markdown)"
          printLabel="Print request for proposal"
          file={['request-for-proposal', subject]}
          printTarget="gs-rfp-doc"
          markdown={() => toMarkdown(rfp)}
        />
        <div id="gs-rfp-doc" class="document-frame">
          <DocumentView blocks={rfp} baseLevel={3} />
        </div>
      </section>
      <section class="recommendation no-print" aria-labelledby="gs-next">
        <h2 id="gs-next">What to do next</h2>
        <ul>
          <li>
            Send the request to three vendors and compare their proposals point by point:{' '}
            <a href="/guides/evaluating-vendors/#proposals-and-interviews">Proposals and interviews</a>.
          </li>
          <li>
            Score the proposals in the <a href="/tools/vendor-scorecard/">vendor scorecard</a>, and check your favourite
            with the <a href="/tools/due-diligence/">due-diligence checklist</a>.
          </li>
          <li>
            Try the best one on a short paid pilot: the <a href="/tools/pilot-planner/">pilot planner</a> offers to take
            your success measures as its pass marks.
          </li>
          <li>
            Keep the brief with the contract and revisit it at each review:{' '}
            <a href="/guides/goals-and-scope/#using-the-brief">Using the brief</a>.
          </li>
        </ul>
      </section>
    </>
  );
}
