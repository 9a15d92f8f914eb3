/**
 * The result of a questionnaire: score and band (in a polite live region), unanswered
 * questions, and one recommendation per weak answer with its guide and tool.
 */
import type { ComponentChildren } from 'preact';
import { formatNumber, formatPercent } from '../framework/number-format';
import { downloadText, fileName } from '../framework/download';
import {
  provisionalText,
  recommendations,
  score,
  toMarkdown,
  unansweredText,
  type Answers,
  type QuestionnaireData,
} from './model';

interface Props {
  data: QuestionnaireData;
  answers: Answers;
  locale: string;
  subject?: string;
  /** Guide slug → title. */
  guides: Record<string, string>;
  /** Built tools only: tool id → title (unbuilt tools are not linked). */
  tools: Record<string, string>;
  /** Extra actions under the score (e.g. "use as cultural-fit score"). */
  children?: ComponentChildren;
  /** The page's results anchor ("Jump to results"); a second result on the page passes none. */
  resultsId?: string;
}

export function QuestionnaireResult({
  data,
  answers,
  locale,
  subject,
  guides,
  tools,
  children,
  resultsId = 'results',
}: Props) {
  const r = score(data, answers);
  const recs = recommendations(data, answers);
  const shown =
    r.score === null
      ? null
      : data.scoring === 'percent-yes'
        ? formatPercent(r.score, locale)
        : `${formatNumber(r.score, locale, 1)} out of 5`;
  const unanswered = unansweredText(r);
  const provisional = provisionalText(r);
  const guideLink = (slug: string) =>
    guides[slug] ? (
      <a href={`/guides/${slug}/`} key={slug}>
        {guides[slug]}
      </a>
    ) : null;

  return (
    <section class="tool-results questionnaire-result" id={resultsId} aria-labelledby={`${data.id}-result`}>
      <h2 id={`${data.id}-result`}>Result{subject && ` — ${subject}`}</h2>
      <div aria-live="polite" aria-atomic="true">
        {shown === null || !r.band ? (
          <p class="banner info">Answer at least one question to see your score.</p>
        ) : (
          <div class={`banner ${r.band.id === data.bands[0]!.id ? 'ok' : 'warn'}`}>
            <p class="score">
              Score: <strong>{shown}</strong> — <strong>{r.band.label}</strong>
            </p>
            <p>{r.band.text}</p>
            {provisional && (
              <p>
                <strong>{provisional}</strong>
              </p>
            )}
          </div>
        )}
        {unanswered && (
          <p>
            <strong>{unanswered}</strong>. Unanswered questions are not counted in the score.
          </p>
        )}
      </div>
      {r.band && r.band.guides.length > 0 && (
        <p>
          Read next:{' '}
          {r.band.guides.map((g, i) => (
            <span key={g}>
              {i > 0 && ', '}
              {guideLink(g)}
            </span>
          ))}
        </p>
      )}
      {children}
      <p class="no-print">
        <button
          type="button"
          class="secondary"
          aria-label={subject ? `Download report (Markdown) — ${subject}` : undefined}
          onClick={() =>
            downloadText(
              `${fileName(data.tool, subject)}.md`,
              toMarkdown(data, answers, { shownScore: shown, subject, guides, origin: location.origin }),
              'text/markdown',
            )
          }
        >
          Download report (Markdown)
        </button>
      </p>
      {recs.length > 0 && (
        <section class="recommendation" aria-labelledby={`${data.id}-recs`}>
          <h3 id={`${data.id}-recs`}>What to do next ({recs.length})</h3>
          <ul class="recommendations">
            {recs.map(({ question: q, answer }) => (
              <li key={q.id}>
                <strong>{q.text}</strong> You answered {typeof answer === 'number' ? answer : '“No”'}.{' '}
                {q.advice ?? q.why}
                {(q.guide && guides[q.guide]) || (q.tool && tools[q.tool]) ? (
                  <>
                    {' '}
                    {q.guide && guides[q.guide] && <>Read {guideLink(q.guide)}.</>}{' '}
                    {q.tool && tools[q.tool] && (
                      <>
                        Use the <a href={`/tools/${q.tool}/`}>{tools[q.tool]}</a>.
                      </>
                    )}
                  </>
                ) : null}
              </li>
            ))}
          </ul>
        </section>
      )}
    </section>
  );
}
