/**
 * Results of the task classifier: where the tasks landed (in a polite live region), the 2×2
 * scatter chart with its data table, the tasks by quadrant with the guide to read for each,
 * and what to do next per quadrant.
 */
import { useMemo } from 'preact/hooks';
import { ChartFigure } from '../ui/ChartFigure';
import type { ScatterSpec } from '../ui/chart-core';
import { formatter } from '../framework/number-format';
import { useHydratedStore, useSettings, useTool } from '../ui/hooks';
import { classifyAll, countsText, HIGH, QUADRANT_ORDER, QUADRANTS, type QuadrantInfo } from './model';
import { classifierFor } from './store';

const initialResult = classifyAll([]);

const guideHref = (q: QuadrantInfo) => `/guides/${q.guide.slug}/${q.guide.anchor ? `#${q.guide.anchor}` : ''}`;

export function ClassifierResults() {
  const result = useHydratedStore(useTool(classifierFor).$result, initialResult);
  const { locale } = useSettings();
  const two = formatter(locale, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  const fmt2 = (n: number) => two.format(n);
  const placed = QUADRANT_ORDER.flatMap((q) => result.tasks.filter((t) => t.quadrant === q));
  const waiting = result.tasks.filter((t) => t.quadrant === null);
  const counts = countsText(result.counts);

  const spec = useMemo<ScatterSpec>(
    () => ({
      type: 'scatter',
      points: placed.map((t) => ({ label: t.label, x: t.operational!, y: t.strategic! })),
      color: 'stage-1',
      xTitle: 'Operational impact (1–5)',
      yTitle: 'Strategic importance (1–5)',
      min: 1,
      max: 5,
      split: HIGH,
      quadrants: [QUADRANTS.partner.name, QUADRANTS.retain.name, QUADRANTS.eliminate.name, QUADRANTS.outsource.name],
      format: fmt2,
    }),
    [result, locale],
  );

  return (
    <section class="tool-results" id="results" aria-labelledby="tc-results-title">
      <h2 id="tc-results-title">Results</h2>
      <div class="verdict" aria-live="polite" aria-atomic="true">
        {counts ? (
          <p class="banner ok">
            <strong>{counts}</strong>
          </p>
        ) : (
          <p class="banner info">Add a task and answer at least one question on each axis to see where it belongs.</p>
        )}
        {waiting.length > 0 && (
          <p>Not placed yet, because an axis has no answer: {waiting.map((t) => t.label).join(', ')}.</p>
        )}
      </div>
      <p class="hint">
        Each axis is the average of its three answers; {fmt2(HIGH)} or more counts as high. Treat the result as a
        starting point for discussion, not a verdict.
      </p>
      {placed.length > 0 && (
        <>
          <ChartFigure
            id="tc-chart"
            title="Tasks on the 2×2"
            summary={`Scatter chart of ${placed.length} task${placed.length === 1 ? '' : 's'}: strategic importance up, operational impact across, both split at ${fmt2(HIGH)}. ${counts}`}
            spec={spec}
            columns={['Task', 'Operational impact', 'Strategic importance']}
          />
          <div class="table-scroll">
            <table class="tc-by-quadrant">
              <caption>Tasks by quadrant</caption>
              <thead>
                <tr>
                  <th scope="col">Task</th>
                  <th scope="col" class="num">
                    Strategic
                  </th>
                  <th scope="col" class="num">
                    Operational
                  </th>
                  <th scope="col">Quadrant</th>
                  <th scope="col">Read next</th>
                </tr>
              </thead>
              <tbody>
                {placed.map((t) => {
                  const q = QUADRANTS[t.quadrant!];
                  return (
                    <tr key={t.id}>
                      <th scope="row">
                        {t.label}
                        {t.answered < 6 && <span class="hint"> ({t.answered} of 6 answered)</span>}
                      </th>
                      <td class="num">{fmt2(t.strategic!)}</td>
                      <td class="num">{fmt2(t.operational!)}</td>
                      <td>
                        {q.name}
                        {q.kind && <span class="tc-kind hint">{q.kind.toLowerCase()}</span>}
                      </td>
                      <td>
                        <a href={guideHref(q)}>{q.guide.short}</a>
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
          <section class="recommendation" aria-labelledby="tc-next">
            <h3 id="tc-next">What to do next</h3>
            {QUADRANT_ORDER.filter((id) => result.counts[id] > 0).map((id) => {
              const q = QUADRANTS[id];
              const names = placed.filter((t) => t.quadrant === id).map((t) => t.label);
              return (
                <div key={id} class={`tc-next tc-next-${id}`}>
                  <h4>
                    {q.name}
                    {q.kind && ` — ${q.kind.toLowerCase()}`}: {names.join(', ')}
                  </h4>
                  <p>
                    {q.advice} Read <a href={guideHref(q)}>{q.guide.title}</a>.
                    {(id === 'outsource' || id === 'partner') && (
                      <>
                        {' '}
                        Then write the brief in the <a href="/tools/goals-scope/">goals and scope canvas</a>, which
                        offers to take the task name from here.
                      </>
                    )}
                  </p>
                </div>
              );
            })}
            <p>
              Not sure which tasks count as core? Read{' '}
              <a href="/guides/keep-your-core/">Keep your core work in-house</a> and{' '}
              <a href="/guides/strategic-vs-tactical/">Strategic and tactical outsourcing</a>.
            </p>
          </section>
        </>
      )}
    </section>
  );
}
