/**
 * Store of the vendor scorecard: persisted criteria, scores and bids (vendors come from the
 * engagement's shared vendor list, a companion, so exports and share links carry them), field
 * errors, limit messages and the derived analysis. Views call these actions; only this module
 * changes state.
 */
import { atom, computed, map } from 'nanostores';
import { createToolStore } from '../framework/tool-store';
import { checkNumber, type NumericRule } from '../framework/field-validation';
import {
  addVendorAction,
  moveVendorAction,
  removeVendorAction,
  renameVendorAction,
  vendorStore,
} from '../framework/vendor-store';
import { MAX_VENDORS, vendorLabel, type VendorList } from '../framework/vendors';
import { analyse, type ScorecardAnalysis, type ScorecardInputs } from './model';
import { libraryCriterion } from './library';
import {
  MAX_BID,
  MAX_CRITERIA,
  MAX_CRITERION_NAME,
  MAX_WEIGHT,
  MIN_CRITERIA,
  MIN_VENDORS,
  scorecardDef,
  type ScorecardState,
  type StoredCriterion,
} from './state';

/** The persisted state; the vendor list travels with it. */
export const scorecard = createToolStore(scorecardDef, { companions: [vendorStore as never] });

/** Messages for fields whose text is invalid, by field id (the stored value is the last good one). */
export const $fieldErrors = map<Record<string, string | undefined>>({});

/** A refused add or remove, shown next to the list it concerns. */
export const $limit = atom<{ scope: 'vendors' | 'criteria'; text: string } | null>(null);

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

/** The results for a state, vendor list and field errors (pure). */
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

/** Derived results; recomputed when criteria, scores, vendors or errors change. */
export const $result = computed([scorecard.$state, vendorStore.$state, $fieldErrors], resultFor);

const update = (change: (s: ScorecardState) => ScorecardState) => scorecard.update(change);
const setCriterion = (id: string, change: Partial<StoredCriterion>) =>
  update((s) => ({ ...s, criteria: s.criteria.map((c) => (c.id === id ? { ...c, ...change } : c)) }));

/** Seeds empty vendors ("Vendor 1", "Vendor 2") until there are two. */
export function ensureVendors(): void {
  while (vendorStore.$state.get().vendors.length < MIN_VENDORS) if (!addVendorAction('')) return;
}

/** Adds an empty vendor; returns its id, or undefined (with a message) at the limit. */
export function addVendor(): string | undefined {
  if (vendorStore.$state.get().vendors.length >= MAX_VENDORS) {
    $limit.set({
      scope: 'vendors',
      text: `You can compare at most ${MAX_VENDORS} vendors. Remove one before adding another.`,
    });
    return undefined;
  }
  $limit.set(null);
  return addVendorAction('');
}

/** Removes a vendor and its scores and bid; refused (with a message) below two vendors. */
export function removeVendor(id: string): boolean {
  if (vendorStore.$state.get().vendors.length <= MIN_VENDORS) {
    $limit.set({ scope: 'vendors', text: `A comparison needs at least ${MIN_VENDORS} vendors, so this one stays.` });
    return false;
  }
  $limit.set(null);
  removeVendorAction(id);
  update((s) => {
    const { [id]: _scores, ...scores } = s.scores;
    const { [id]: _bid, ...bids } = s.bids;
    return { ...s, scores, bids };
  });
  return true;
}

/** Renames a vendor (in the shared list). */
export const renameVendor = (id: string, name: string) => renameVendorAction(id, name);
/** Moves a vendor up (-1) or down (+1). */
export const moveVendor = (id: string, by: -1 | 1) => moveVendorAction(id, by);

function newCriterionId(s: ScorecardState): string {
  for (;;) {
    const id = `c${Math.floor(Math.random() * 36 ** 6).toString(36)}`;
    if (!s.criteria.some((c) => c.id === id)) return id;
  }
}

/** Adds a criterion (from the library, or custom when `lib` is null); returns its id. */
export function addCriterion(lib: string | null = null): string | undefined {
  const s = scorecard.$state.get();
  if (s.criteria.length >= MAX_CRITERIA) {
    $limit.set({
      scope: 'criteria',
      text: `You can use at most ${MAX_CRITERIA} criteria. Remove one before adding another.`,
    });
    return undefined;
  }
  $limit.set(null);
  const id = newCriterionId(s);
  const name = libraryCriterion(lib)?.name ?? '';
  update((st) => ({
    ...st,
    criteria: [
      ...st.criteria,
      { id, lib: libraryCriterion(lib) ? lib : null, name, weight: 10, min: null, fromBids: false },
    ],
  }));
  return id;
}

/** Removes a criterion and its scores; refused (with a message) for the last one. */
export function removeCriterion(id: string): boolean {
  if (scorecard.$state.get().criteria.length <= MIN_CRITERIA) {
    $limit.set({ scope: 'criteria', text: 'A scorecard needs at least one criterion, so this one stays.' });
    return false;
  }
  $limit.set(null);
  update((s) => ({
    ...s,
    criteria: s.criteria.filter((c) => c.id !== id),
    scores: Object.fromEntries(
      Object.entries(s.scores).map(([v, row]) => {
        const { [id]: _gone, ...rest } = row;
        return [v, rest];
      }),
    ),
  }));
  return true;
}

/** Renames a criterion. */
export const renameCriterion = (id: string, name: string) =>
  setCriterion(id, { name: name.slice(0, MAX_CRITERION_NAME) });

/** Moves a criterion up (-1) or down (+1). */
export function moveCriterion(id: string, by: -1 | 1): void {
  update((s) => {
    const i = s.criteria.findIndex((c) => c.id === id);
    const j = i + by;
    if (i < 0 || j < 0 || j >= s.criteria.length) return s;
    const criteria = [...s.criteria];
    [criteria[i], criteria[j]] = [criteria[j]!, criteria[i]!];
    return { ...s, criteria };
  });
}

/** Turns scoring from bids on or off for a criterion. */
export const setFromBids = (id: string, on: boolean) => setCriterion(id, { fromBids: on });

/**
 * Checks typed text against `rule`; valid text is stored through `apply`, invalid text is
 * reported on `commit`. Blank is allowed when `optional`.
 */
function edit(
  key: string,
  rule: NumericRule,
  text: string,
  locale: string,
  commit: boolean,
  optional: boolean,
  apply: (v: number | null) => void,
) {
  const check = checkNumber(rule, text, locale, !optional);
  const message = !check.ok
    ? check.message
    : rule.kind === 'money' && check.value === 0
      ? `${rule.label} must be more than 0`
      : null;
  if (message === null && check.ok) {
    $fieldErrors.setKey(key, undefined);
    apply(check.value);
  } else if (commit) {
    $fieldErrors.setKey(key, message!);
  }
}

/** Typing in "Weight for …": any non-negative points. */
export function editWeight(id: string, label: string, text: string, locale: string, commit: boolean): void {
  const rule = { label, kind: 'number' as const, min: 0, max: MAX_WEIGHT, example: 20 };
  edit(fieldId.weight(id), rule, text, locale, commit, false, (v) => {
    const c = scorecard.$state.get().criteria.find((x) => x.id === id);
    if (c && v !== null && c.weight !== v) setCriterion(id, { weight: v });
  });
}

/** Typing in "Minimum score for …": 1–5, blank = no minimum. */
export function editMin(id: string, label: string, text: string, locale: string, commit: boolean): void {
  const rule = { label, kind: 'number' as const, min: 1, max: 5, example: 3 };
  edit(fieldId.min(id), rule, text, locale, commit, true, (v) => {
    const c = scorecard.$state.get().criteria.find((x) => x.id === id);
    if (c && c.min !== v) setCriterion(id, { min: v });
  });
}

/** Sets one score (1–5 whole, or null to clear it). */
export function setScore(vendorId: string, criterionId: string, value: number | null): void {
  update((s) => {
    const { [criterionId]: _old, ...row } = s.scores[vendorId] ?? {};
    if ((s.scores[vendorId]?.[criterionId] ?? null) === value) return s;
    return { ...s, scores: { ...s.scores, [vendorId]: value === null ? row : { ...row, [criterionId]: value } } };
  });
}

/** Typing in "Score for … on …": a whole number 1–5, blank = not scored yet. */
export function editScore(
  vendorId: string,
  criterionId: string,
  label: string,
  text: string,
  locale: string,
  commit: boolean,
): void {
  const rule = { label, kind: 'integer' as const, min: 1, max: 5, example: 3 };
  edit(fieldId.score(vendorId, criterionId), rule, text, locale, commit, true, (v) =>
    setScore(vendorId, criterionId, v),
  );
}

/** Typing in "Bid price for …": money above 0, blank = no bid yet. */
export function editBid(vendorId: string, label: string, text: string, locale: string, commit: boolean): void {
  const rule = { label, kind: 'money' as const, min: 0, max: MAX_BID, example: 2500 };
  edit(fieldId.bid(vendorId), rule, text, locale, commit, true, (v) =>
    update((s) => {
      if ((s.bids[vendorId] ?? null) === v) return s;
      const { [vendorId]: _old, ...bids } = s.bids;
      return { ...s, bids: v === null ? bids : { ...bids, [vendorId]: v } };
    }),
  );
}

/**
 * For the cultural-fit tool: offers its score (1–5) for this vendor to the criterion whose
 * library id is 'cultural-fit'. Returns false when there is no such criterion or vendor.
 */
export function suggestCulturalFit(vendorId: string, score: number): boolean {
  const c = scorecard.$state.get().criteria.find((x) => x.lib === 'cultural-fit');
  const known = vendorStore.$state.get().vendors.some((v) => v.id === vendorId);
  if (!c || !known || !Number.isFinite(score)) return false;
  setScore(vendorId, c.id, Math.min(5, Math.max(1, Math.round(score))));
  return true;
}

/** After the whole state was replaced (reset, import, share link): clear messages, keep two vendors. */
export function afterReplace(): void {
  $fieldErrors.set({});
  $limit.set(null);
  ensureVendors();
}
