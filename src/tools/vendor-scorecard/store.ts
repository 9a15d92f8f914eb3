/**
 * The vendor scorecard's instance per engagement: derived analysis and the actions views call
 * (`useTool(scorecardFor)`). Vendors live in the engagement's shared vendor list (a companion,
 * so exports and share links carry them); criteria are rows of the table engine. Field errors
 * and limit messages live in the instance and are cleared by the framework on replace.
 */
import { own } from '../framework/own';
import { computed } from 'nanostores';
import { toolFactory } from '../framework/instance';
import { checkNumber, type NumericRule } from '../framework/field-validation';
import { vendorActions } from '../framework/vendor-store';
import { MAX_VENDORS, vendorListDef, type VendorList } from '../framework/vendors';
import { addRow, moveRow, newRowId, removeRow, updateRow, type RowRules } from '../framework/rows';
import { libraryName } from './library-names';
import { fieldId, resultFor } from './results';
import {
  FIRST_USE_VENDORS,
  MAX_BID,
  MAX_CRITERIA,
  MAX_CRITERION_NAME,
  MAX_WEIGHT,
  MIN_CRITERIA,
  MIN_VENDORS,
  type ScorecardState,
  type StoredCriterion,
} from './state';
import scorecardTool from './tool';

export {
  criterionLabel,
  fieldId,
  inputsFor,
  resultFor,
  usesBids,
  visibleFieldIds,
  type ScorecardResult,
} from './results';

/** The criteria list's limits. */
export const CRITERIA_ROWS: RowRules = {
  min: MIN_CRITERIA,
  max: MAX_CRITERIA,
  noun: 'criteria',
  minMessage: 'A scorecard needs at least one criterion',
};

/** The tool in an engagement, with its results and actions. */
export const scorecardFor = toolFactory(scorecardTool, (t) => {
  const vendorStore = t.companion<VendorList>(vendorListDef);
  const vendors = vendorActions(vendorStore);
  const update = (change: (s: ScorecardState) => ScorecardState) => t.store.update(change);
  const setCriterion = (id: string, change: Partial<StoredCriterion>) =>
    update((s) => ({ ...s, criteria: updateRow(s.criteria, id, change) }));
  const limit = (scope: 'vendors' | 'criteria', text: string | null) =>
    t.$limit.set(text === null ? null : { scope, text });

  /**
   * Seeds empty vendors ("Vendor 1", "Vendor 2") until there are two, with the ids the server
   * drew them with: the hydrated rows, grid columns and results keep their keys, so nothing is
   * rebuilt on mount.
   */
  const ensureVendors = () => {
    for (let i = 0; vendorStore.$state.get().vendors.length < MIN_VENDORS; i++)
      if (!vendors.add('', FIRST_USE_VENDORS.vendors[i]?.id)) return;
  };

  /** Sets one score (1–5 whole, or null to clear it). */
  const setScore = (vendorId: string, criterionId: string, value: number | null) =>
    update((s) => {
      const { [criterionId]: _old, ...row } = own(s.scores, vendorId) ?? {};
      if ((own(own(s.scores, vendorId), criterionId) ?? null) === value) return s;
      return { ...s, scores: { ...s.scores, [vendorId]: value === null ? row : { ...row, [criterionId]: value } } };
    });

  /**
   * Checks typed text against `rule`; valid text is stored through `apply`, invalid text is
   * reported on `commit`. Blank is allowed when `optional`.
   */
  const edit = (
    key: string,
    rule: NumericRule,
    text: string,
    locale: string,
    commit: boolean,
    optional: boolean,
    apply: (v: number | null) => void,
  ) => {
    const check = checkNumber(rule, text, locale, !optional);
    const message = !check.ok
      ? check.message
      : rule.kind === 'money' && check.value === 0
        ? `${rule.label} must be more than 0`
        : null;
    if (message === null && check.ok) {
      t.$errors.setKey(key, undefined);
      apply(check.value);
    } else if (commit) {
      t.$errors.setKey(key, message!);
    }
  };

  return {
    vendorStore,
    /** Derived results; recomputed when criteria, scores, vendors or errors change. */
    $result: computed([t.store.$state, vendorStore.$state, t.$errors], resultFor),
    ensureVendors,
    setScore,
    afterReplace: ensureVendors,
    onArrival: ensureVendors,

    /** Adds an empty vendor; returns its id, or undefined (with a message) at the limit. */
    addVendor(): string | undefined {
      if (vendorStore.$state.get().vendors.length >= MAX_VENDORS) {
        limit('vendors', `You can compare at most ${MAX_VENDORS} vendors. Remove one before adding another.`);
        return undefined;
      }
      limit('vendors', null);
      return vendors.add('');
    },

    /** Removes a vendor and its scores and bid; refused (with a message) below two vendors. */
    removeVendor(id: string): boolean {
      if (vendorStore.$state.get().vendors.length <= MIN_VENDORS) {
        limit('vendors', `A comparison needs at least ${MIN_VENDORS} vendors, so this one stays.`);
        return false;
      }
      limit('vendors', null);
      vendors.remove(id);
      update((s) => {
        const { [id]: _scores, ...scores } = s.scores;
        const { [id]: _bid, ...bids } = s.bids;
        return { ...s, scores, bids };
      });
      return true;
    },

    /** Renames a vendor (in the shared list). */
    renameVendor: (id: string, name: string) => vendors.rename(id, name),
    /** Moves a vendor up (-1) or down (+1). */
    moveVendor: (id: string, by: -1 | 1) => vendors.move(id, by),

    /** Adds a criterion (from the library, or custom when `lib` is null); returns its id. */
    addCriterion(lib: string | null = null): string | undefined {
      const s = t.store.$state.get();
      const known = libraryName(lib);
      const row: StoredCriterion = {
        id: newRowId(s.criteria, 'c'),
        lib: known ? lib : null,
        name: known ?? '',
        weight: 10,
        min: null,
        fromBids: false,
      };
      const r = addRow(s.criteria, row, CRITERIA_ROWS);
      if (!r.ok) {
        limit('criteria', `You can use at most ${MAX_CRITERIA} criteria. Remove one before adding another.`);
        return undefined;
      }
      limit('criteria', null);
      update((st) => ({ ...st, criteria: r.rows }));
      return row.id;
    },

    /** Removes a criterion and its scores; refused (with a message) for the last one. */
    removeCriterion(id: string): boolean {
      const r = removeRow(t.store.$state.get().criteria, id, CRITERIA_ROWS);
      if (!r.ok) return (limit('criteria', r.message), false);
      limit('criteria', null);
      update((s) => ({
        ...s,
        criteria: r.rows,
        scores: Object.fromEntries(
          Object.entries(s.scores).map(([v, row]) => {
            const { [id]: _gone, ...rest } = row;
            return [v, rest];
          }),
        ),
      }));
      return true;
    },

    /** Renames a criterion. */
    renameCriterion: (id: string, name: string) => setCriterion(id, { name: name.slice(0, MAX_CRITERION_NAME) }),

    /** Moves a criterion up (-1) or down (+1). */
    moveCriterion: (id: string, by: -1 | 1) => update((s) => ({ ...s, criteria: moveRow(s.criteria, id, by) })),

    /** Turns scoring from bids on or off for a criterion. */
    setFromBids: (id: string, on: boolean) => setCriterion(id, { fromBids: on }),

    /** Typing in "Weight for …": any non-negative points. */
    editWeight(id: string, label: string, text: string, locale: string, commit: boolean): void {
      const rule = { label, kind: 'number' as const, min: 0, max: MAX_WEIGHT, example: 20 };
      edit(fieldId.weight(id), rule, text, locale, commit, false, (v) => {
        const c = t.store.$state.get().criteria.find((x) => x.id === id);
        if (c && v !== null && c.weight !== v) setCriterion(id, { weight: v });
      });
    },

    /** Typing in "Minimum score for …": 1–5, blank = no minimum. */
    editMin(id: string, label: string, text: string, locale: string, commit: boolean): void {
      const rule = { label, kind: 'number' as const, min: 1, max: 5, example: 3 };
      edit(fieldId.min(id), rule, text, locale, commit, true, (v) => {
        const c = t.store.$state.get().criteria.find((x) => x.id === id);
        if (c && c.min !== v) setCriterion(id, { min: v });
      });
    },

    /** Typing in "Score for … on …": a whole number 1–5, blank = not scored yet. */
    editScore(vendorId: string, criterionId: string, label: string, text: string, locale: string, commit: boolean) {
      const rule = { label, kind: 'integer' as const, min: 1, max: 5, example: 3 };
      edit(fieldId.score(vendorId, criterionId), rule, text, locale, commit, true, (v) =>
        setScore(vendorId, criterionId, v),
      );
    },

    /** Typing in "Bid price for …": money above 0, blank = no bid yet. */
    editBid(vendorId: string, label: string, text: string, locale: string, commit: boolean): void {
      const rule = { label, kind: 'money' as const, min: 0, max: MAX_BID, example: 2500 };
      edit(fieldId.bid(vendorId), rule, text, locale, commit, true, (v) =>
        update((s) => {
          if ((own(s.bids, vendorId) ?? null) === v) return s;
          const { [vendorId]: _old, ...bids } = s.bids;
          return { ...s, bids: v === null ? bids : { ...bids, [vendorId]: v } };
        }),
      );
    },
  };
});

/** A scorecard instance with its actions. */
export type Scorecard = ReturnType<typeof scorecardFor>;
