/**
 * Cost breakdown over the horizon, one table per option, plus what the model includes. The
 * currency is named once in the column header ("Over the horizon (USD)"), not in every cell.
 */
import type { CostAnalysis, CostLine } from './model';

interface Props {
  analysis: CostAnalysis;
  /** An amount without the currency sign (the header names the currency). */
  money: (n: number) => string;
  currency: string;
}

function BreakdownTable({
  caption,
  lines,
  total,
  money,
  currency,
}: {
  caption: string;
  lines: CostLine[];
  total: number;
  money: Props['money'];
  currency: string;
}) {
  return (
    <div class="table-scroll">
      <table>
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Cost</th>
            <th scope="col" class="num">
              Over the horizon ({currency})
            </th>
          </tr>
        </thead>
        <tbody>
          {lines.map((l) => (
            <tr key={l.id}>
              <th scope="row">{l.label}</th>
              <td class="num">{money(l.amount)}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">Total</th>
            <td class="num">
              <strong>{money(total)}</strong>
            </td>
          </tr>
        </tfoot>
      </table>
    </div>
  );
}

export function CostBreakdown({ analysis, money, currency }: Props) {
  return (
    <>
      <h3>Cost breakdown</h3>
      <div class="breakdown">
        <BreakdownTable
          caption="In-house"
          lines={analysis.inHouseBreakdown}
          total={analysis.totalInHouse}
          money={money}
          currency={currency}
        />
        <BreakdownTable
          caption="Outsourced"
          lines={analysis.outsourcedBreakdown}
          total={analysis.totalOutsourced}
          money={money}
          currency={currency}
        />
      </div>
      <details class="scope">
        <summary>What is and is not included</summary>
        <div class="scope-lists">
          <div>
            <h4>Included</h4>
            <ul>
              <li>Salary, benefits and payroll tax, overhead and expected staff turnover, month by month</li>
              <li>One-off recruiting and training in month 1</li>
              <li>The vendor’s fee, with the yearly price increase from month 13, 25 and so on</li>
              <li>Your own time managing the vendor, tools and subscriptions, and a risk contingency</li>
              <li>Knowledge transfer, parallel running and legal costs in month 1; the exit cost in the last month</li>
            </ul>
          </div>
          <div>
            <h4>Not included</h4>
            <ul>
              <li>Redundancy or notice pay for staff who do the work today</li>
              <li>Tax effects, exchange-rate changes and the cost of money over time (no discounting)</li>
              <li>Quality, speed or customer-satisfaction differences, good or bad</li>
              <li>Your time choosing a vendor before the contract starts</li>
              <li>Pay rises for in-house staff (the in-house cost stays flat)</li>
            </ul>
          </div>
        </div>
      </details>
    </>
  );
}
