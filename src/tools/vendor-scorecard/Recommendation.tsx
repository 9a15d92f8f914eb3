/** Plain-language next step, linking the guides that explain what to do about the result. */
import type { ScorecardAnalysis } from './model';

interface Props {
  analysis: ScorecardAnalysis;
}

/** Closest flip within 10 points of the current weight: the lead is then fragile. */
function fragile(a: ScorecardAnalysis): boolean {
  return a.sensitivity.some((s) => 'flipAt' in s && Math.abs(s.flipAt - s.current) <= 0.1);
}

export function Recommendation({ analysis: a }: Props) {
  const close = !!a.tieBreak || fragile(a);
  return (
    <section class="recommendation" aria-labelledby="vs-next">
      <h3 id="vs-next">What to do next</h3>
      {!a.leader && (
        <p>
          Finish scoring every vendor on every criterion, against the same brief and questions. The{' '}
          <a href="/guides/evaluating-vendors/">vendor evaluation guide</a> says what to check for each criterion.
        </p>
      )}
      {a.leader && close && (
        <p>
          The lead of {a.leader.label} is narrow: a small change of weight or a tie-break decides it. Before you choose,
          run a short <a href="/guides/trial-period/">trial period</a> with the top two and score the results.
        </p>
      )}
      {a.leader && !close && (
        <p>
          {a.leader.label} is the clear choice on these weights. Confirm it with a{' '}
          <a href="/guides/trial-period/">trial period</a> before committing to a long contract.
        </p>
      )}
      <p>
        Then write down what you agreed in a contract with measurable service levels:{' '}
        <a href="/guides/contracts-and-slas/">contracts and SLAs</a>. How to weigh and score each criterion is covered
        in <a href="/guides/evaluating-vendors/">evaluating vendors</a>.
      </p>
    </section>
  );
}
