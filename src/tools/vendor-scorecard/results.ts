/**
 * What the scorecard shows for a state, a vendor list and field errors (pure): the model's
 * inputs and analysis, or why there is none yet. Used by the store and the declaration.
 */
import { vendorLabel, type VendorList } from '../framework/vendors';
import { analyse, type ScorecardAnalysis, type ScorecardInputs } from './model';
import { MIN_VENDORS, type ScorecardState, type StoredCriterion } from './state';

/** Field ids, shared by the view (element ids) and the error map. */
export const fieldId = {
  weight: (c: string) => `vs-w-${c}`,
  min: (c: string) => `vs-m-${c}`,
  score: (v: string, c: string) => `vs-s-${v}-${c}`,
  bid: (v: string) => `vs-b-${v}`,
};

/** The name to show for the criterion at index k: its name, or "Criterion N". */
export function criterionLabel(c: StoredCriterion, k: number): string {
  return c.name.trim() || `Criterion ${k + 1}`;
}

/** True when some criterion is scored from bids (then bids are asked for and used). */
export const usesBids = (s: ScorecardState) => s.criteria.some((c) => c.fromBids);

/** Ids of the fields on screen for this state and vendor list. */
export function visibleFieldIds(s: ScorecardState, list: VendorList): string[] {
  const ids = s.criteria.flatMap((c) => [
    fieldId.weight(c.id),
    fieldId.min(c.id),
    ...(c.fromBids ? [] : list.vendors.map((v) => fieldId.score(v.id, c.id))),
  ]);
  return usesBids(s) ? [...ids, ...list.vendors.map((v) => fieldId.bid(v.id))] : ids;
}

/** What the results panel shows. */
export type ScorecardResult =
  | { status: 'errors'; count: number }
  | { status: 'few-vendors' }
  | { status: 'ok'; inputs: ScorecardInputs; analysis: ScorecardAnalysis };

/** The model's inputs for a state and vendor list. */
export function inputsFor(s: ScorecardState, list: VendorList): ScorecardInputs {
  return {
    vendors: list.vendors.map((v) => ({ id: v.id, label: vendorLabel(list, v.id) })),
    criteria: s.criteria.map((c, k) => ({
      id: c.id,
      label: criterionLabel(c, k),
      weight: c.weight,
      min: c.min,
      fromBids: c.fromBids,
    })),
    scores: s.scores,
    bids: usesBids(s) ? s.bids : {},
  };
}

/** The results for a state, vendor list and field errors. */
export function resultFor(
  s: ScorecardState,
  list: VendorList,
  errors: Record<string, string | undefined>,
): ScorecardResult {
  const count = visibleFieldIds(s, list).filter((id) => errors[id]).length;
  if (count > 0) return { status: 'errors', count };
  if (list.vendors.length < MIN_VENDORS) return { status: 'few-vendors' };
  const inputs = inputsFor(s, list);
  return { status: 'ok', inputs, analysis: analyse(inputs) };
}
