/** Plain-language next step, linking the guide that explains what to do about the result. */
import type { CostAnalysis, CostInputs } from './model';

interface Props {
  analysis: CostAnalysis;
  inputs: CostInputs;
}

export function Recommendation({ analysis: a, inputs: i }: Props) {
  const thin = a.savingPct !== null && a.savingPct > 0 && a.savingPct < 10;
  const lateBreakEven = a.breakEvenMonth !== null && a.breakEvenMonth > i.horizonMonths / 2;
  return (
    <section class="recommendation" aria-labelledby="tc-next">
      <h3 id="tc-next">What to do next</h3>
      {a.saving > 0 && !thin && !lateBreakEven && (
        <p>
          The numbers favour outsourcing. Before you commit, make sure cost is not the only reason: check the work is
          not part of <a href="/guides/keep-your-core/">what makes your business different</a>, then compare vendors on
          more than price with the <a href="/guides/evaluating-vendors/">vendor evaluation guide</a> and start with a{' '}
          <a href="/guides/trial-period/">trial period</a>.
        </p>
      )}
      {a.saving > 0 && (thin || lateBreakEven) && (
        <p>
          Outsourcing saves money, but {thin ? 'only by a thin margin' : 'only late in the period'}: a small overrun
          would wipe it out. Read{' '}
          <a href="/guides/cheapest-vendor-costs-more/">why the cheapest option often costs more</a>, test the inputs
          that change the answer above, and negotiate the terms that drive them.
        </p>
      )}
      {a.saving <= 0 && (
        <p>
          On these numbers, keeping the work in-house is cheaper. Outsourcing may still be right for expertise, speed or
          focus — <a href="/guides/why-outsource/">weigh those benefits</a> — but go in knowing the price, and look at
          the inputs above that would change the answer.
        </p>
      )}
      <p>
        Every line of this calculation is explained in the guide{' '}
        <a href="/guides/total-cost-of-engagement/">Work out the total cost of engagement</a>.
      </p>
    </section>
  );
}
