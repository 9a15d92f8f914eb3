/** Results of the total-cost tool: verdict, key figures, chart and table, breakdown, what-ifs. */
import { CorrectFields } from '../ui/ErrorSummary';
import { useMemo } from 'preact/hooks';
import { useHydratedStore, useSettings, useTool } from '../ui/hooks';
import { ChartFigure } from '../ui/ChartFigure';
import { formatMoney, formatNumber, formatPercent } from '../framework/number-format';
import { resultFor, totalCostFor } from './store';
import { initialTotalCost } from './state';
import { baseFee, type CostAnalysis, type CostInputs } from './model';
import { CostBreakdown } from './CostBreakdown';
import { Recommendation } from './Recommendation';

const initialResult = resultFor(initialTotalCost(), {});

function verdict(a: CostAnalysis, H: number, money: (n: number) => string, pct: (n: number) => string): string {
  const share = a.savingPct === null ? '' : ` (${pct(Math.abs(a.savingPct))})`;
  const over = `over ${H} month${H === 1 ? '' : 's'}`;
  if (a.saving > 0) {
    const be = a.breakEvenMonth === 1 ? 'from the first month' : `from month ${a.breakEvenMonth}`;
    return `Outsourcing saves ${money(a.saving)}${share} ${over}; it is cheaper ${be}.`;
  }
  if (a.saving === 0) return `Both options cost the same ${over}.`;
  const be = a.breakEvenMonth ? ` It is cheaper for a while (from month ${a.breakEvenMonth}) but not by the end.` : '';
  return `Keeping the work in-house is cheaper by ${money(-a.saving)}${share} ${over}.${be}`;
}

function feeLimitText(
  i: CostInputs,
  limit: number | null,
  money: (n: number) => string,
  cents: (n: number) => string,
): string {
  if (limit === null)
    return 'No vendor fee gives a break-even: the other outsourcing costs alone exceed the in-house cost.';
  const fee = baseFee(i);
  const ratio = fee > 0 ? limit / fee : null;
  const as =
    i.pricing === 'hourly' && ratio !== null
      ? ` (an hourly rate of ${cents(i.hourlyRate * ratio)} at ${i.hoursPerMonth} hours)`
      : i.pricing === 'unit' && ratio !== null
        ? ` (a price per unit of ${cents(i.unitPrice * ratio)} at ${i.unitsPerMonth} units)`
        : '';
  return `Break-even disappears if the vendor fee is above ${money(limit)} a month${as} in year-1 prices.`;
}

export function TotalCostResults() {
  const result = useHydratedStore(useTool(totalCostFor).$result, initialResult);
  const { locale, currency } = useSettings();
  const money = (n: number) => formatMoney(n, locale, currency);
  const cents = (n: number) => formatMoney(n, locale, currency, true);
  const pct = (n: number) => formatPercent(n, locale);

  const chartSpec = useMemo(() => {
    if (result.status !== 'ok') return null;
    const m = result.analysis.months;
    return {
      type: 'line' as const,
      labels: m.map((r) => String(r.month)),
      series: [
        { label: 'In-house (cumulative)', values: m.map((r) => r.cumInHouse), color: 'stage-1' as const },
        {
          label: 'Outsourced (cumulative)',
          values: m.map((r) => r.cumOutsourced),
          color: 'stage-2' as const,
          dashed: true,
        },
      ],
      xTitle: 'Month',
      yTitle: `Cumulative cost (${currency})`,
      format: money,
    };
  }, [result, locale, currency]);

  return (
    <section class="tool-results" id="results" aria-labelledby="tc-results-title">
      <h2 id="tc-results-title">Results</h2>
      <div class="verdict" aria-live="polite" aria-atomic="true">
        {result.status === 'errors' ? (
          <CorrectFields count={result.count} />
        ) : (
          <p class={`banner ${result.analysis.saving > 0 ? 'ok' : 'info'}`}>
            <strong>{verdict(result.analysis, result.inputs.horizonMonths, money, pct)}</strong>
          </p>
        )}
      </div>
      {result.status === 'ok' && (
        <>
          <dl class="key-figures">
            <div>
              <dt>In-house per month</dt>
              <dd>{money(result.analysis.inHouseMonthly)}</dd>
            </div>
            <div>
              <dt>Outsourced per month</dt>
              <dd>{money(result.analysis.outsourcedMonthly)}</dd>
            </div>
            <div>
              <dt>Break-even month</dt>
              <dd>
                {result.analysis.breakEvenMonth === null ? 'No break-even' : `Month ${result.analysis.breakEvenMonth}`}
              </dd>
            </div>
            <div>
              <dt>Total saving</dt>
              <dd>{money(result.analysis.saving)}</dd>
            </div>
            <div>
              <dt>Saving %</dt>
              <dd>{result.analysis.savingPct === null ? '—' : pct(result.analysis.savingPct)}</dd>
            </div>
          </dl>
          <p class="hint">
            Outsourced per month is the year-1 run-rate (fee, contingency, oversight and tools) without the one-off
            costs of month 1 and the exit.
          </p>
          {chartSpec && (
            <ChartFigure
              id="tc-chart"
              title="Cumulative cost by month"
              summary={`Line chart of cumulative cost over ${result.inputs.horizonMonths} months: in-house reaches ${money(result.analysis.totalInHouse)}, outsourced reaches ${money(result.analysis.totalOutsourced)}.`}
              spec={chartSpec}
              columns={['Month', 'In-house (cumulative)', 'Outsourced (cumulative)']}
              printRow={(i, n) => (i + 1) % 12 === 0 || i === n - 1}
              printNote="Printed by year: the last month of each year. Tick “Print the full table” on the page for every month."
            />
          )}
          <CostBreakdown analysis={result.analysis} money={(n) => formatNumber(n, locale, 0)} currency={currency} />
          <h3>What would change the answer</h3>
          {result.flips.length === 0 ? (
            <p>No single input moved by 20 % up or down changes whether outsourcing saves money.</p>
          ) : (
            <ul class="flips">
              {result.flips.map((f) => (
                <li key={f.key}>
                  A {f.change > 0 ? '20 % higher' : '20 % lower'} <strong>{f.label.toLowerCase()}</strong> would make{' '}
                  {result.analysis.saving > 0 ? 'keeping it in-house cheaper' : 'outsourcing cheaper'}.
                </li>
              ))}
            </ul>
          )}
          <p>{feeLimitText(result.inputs, result.analysis.breakEvenFeeLimit, money, cents)}</p>
          <Recommendation analysis={result.analysis} inputs={result.inputs} />
        </>
      )}
    </section>
  );
}
