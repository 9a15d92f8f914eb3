/** The register as CSV, loaded only when the visitor asks for the file. */
import { toCsv } from '../framework/csv';
import { assess, BAND_NAMES, type Band, type RiskInput } from './model';

const bandText = (b: Band | null) => (b ? BAND_NAMES[b] : '');

/** The register as CSV (formula-like cells made inert by toCsv). */
export function registerCsv(
  risks: readonly (RiskInput & { owner: string; mitigation: string; contingency: string })[],
): string {
  const head = [
    'Risk',
    'Likelihood',
    'Impact',
    'Score',
    'Band',
    'Residual likelihood',
    'Residual impact',
    'Residual score',
    'Residual band',
    'Reduction %',
    'Owner',
    'Mitigation',
    'Contingency plan',
    'Probability %',
    'Cost if it happens',
    'Expected cost',
  ];
  const rows = risks.map((r, k) => {
    const a = assess(r, k + 1);
    const pct = a.reductionPct === null ? null : Math.round(a.reductionPct);
    return [
      a.name,
      r.likelihood,
      r.impact,
      a.inherent,
      bandText(a.inherentBand),
      r.residualLikelihood,
      r.residualImpact,
      a.residual,
      bandText(a.residualBand),
      pct,
      r.owner,
      r.mitigation,
      r.contingency,
      r.probability,
      r.cost,
      a.expectedCost === null ? null : Math.round(a.expectedCost * 100) / 100,
    ];
  });
  return toCsv([head, ...rows]);
}
