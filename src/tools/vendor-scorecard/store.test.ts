import { beforeEach, describe, expect, it } from 'vitest';
import { MAX_VENDORS } from '../framework/vendors';
import { exportText, readTransfer } from '../framework/transfer';
import { DEFAULT_ENGAGEMENT } from '../framework/tool-store';
import { pendingOffers, type Offer } from '../framework/offers';
import { scorecardFor } from './store';
import { FIRST_USE_VENDORS, MAX_CRITERIA } from './state';
import scorecardTool from './tool';

const sc = scorecardFor(DEFAULT_ENGAGEMENT);
const { addCriterion, addVendor, editBid, editScore, editWeight, ensureVendors, removeCriterion, removeVendor } = sc;
const { setFromBids, vendorStore } = sc;
const scorecard = sc.store;
const $fieldErrors = sc.$errors;
const $limit = sc.$limit;
const $result = sc.$result;

const ids = () => vendorStore.$state.get().vendors.map((v) => v.id);

beforeEach(() => {
  vendorStore.replace({ vendors: [] });
  scorecard.reset();
  $fieldErrors.set({});
  $limit.set(null);
});

describe('scorecard store', () => {
  it('seeds two empty vendors on first use, and keeps 2 to 10 with a message at each limit', () => {
    ensureVendors();
    expect(vendorStore.$state.get().vendors.map((v) => v.name)).toEqual(['', '']);
    expect(removeVendor(ids()[0]!)).toBe(false);
    expect($limit.get()?.text).toMatch(/at least 2 vendors/);
    for (let n = 2; n < MAX_VENDORS; n++) expect(addVendor()).toBeDefined();
    expect(addVendor()).toBeUndefined();
    expect($limit.get()).toEqual({
      scope: 'vendors',
      text: 'You can compare at most 10 vendors. Remove one before adding another.',
    });
  });

  it('seeds first use with the ids the server drew, and a fresh id where one is taken', () => {
    ensureVendors();
    expect(vendorStore.$state.get()).toEqual(FIRST_USE_VENDORS);
    vendorStore.replace({ vendors: [{ id: 'first-1', name: 'Acme' }] });
    ensureVendors();
    expect(ids()[0]).toBe('first-1');
    expect(ids()[1]).toMatch(/^v/);
    expect(ids()).toHaveLength(2);
  });

  it('keeps 1 to 15 criteria with a message at each limit', () => {
    while (scorecard.$state.get().criteria.length < MAX_CRITERIA) expect(addCriterion()).toBeDefined();
    expect(addCriterion('scalability')).toBeUndefined();
    expect($limit.get()?.scope).toBe('criteria');
    for (const c of scorecard.$state.get().criteria.slice(1)) expect(removeCriterion(c.id)).toBe(true);
    expect(removeCriterion(scorecard.$state.get().criteria[0]!.id)).toBe(false);
  });

  it('validates scores, weights and bids with clear messages and keeps the last good value', () => {
    ensureVendors();
    const [a] = ids();
    editScore(a!, 'price', 'Score for Vendor 1 on Price', '4', 'en-US', true);
    editScore(a!, 'price', 'Score for Vendor 1 on Price', '7', 'en-US', true);
    expect($fieldErrors.get()[`vs-s-${a}-price`]).toBe('Score for Vendor 1 on Price must be 5 or less');
    editScore(a!, 'price', 'Score for Vendor 1 on Price', '2.5', 'en-US', true);
    expect($fieldErrors.get()[`vs-s-${a}-price`]).toBe('Score for Vendor 1 on Price must be a whole number, like 3');
    expect(scorecard.$state.get().scores[a!]).toEqual({ price: 4 });
    expect($result.get()).toEqual({ status: 'errors', count: 1 });
    editScore(a!, 'price', 'Score for Vendor 1 on Price', '', 'en-US', true);
    expect(scorecard.$state.get().scores[a!]).toEqual({});
    editWeight('price', 'Weight for Price', '-1', 'en-US', true);
    expect($fieldErrors.get()['vs-w-price']).toBe('Weight for Price cannot be negative');
    setFromBids('price', true);
    editBid(a!, 'Bid price for Vendor 1', '0', 'en-US', true);
    expect($fieldErrors.get()[`vs-b-${a}`]).toBe('Bid price for Vendor 1 must be more than 0');
  });

  it('removing a vendor or criterion drops its scores; export carries the vendor names', () => {
    ensureVendors();
    addVendor();
    const [a, b, c] = ids();
    editScore(c!, 'price', 'x', '3', 'en-US', true);
    editScore(a!, 'price', 'x', '5', 'en-US', true);
    removeVendor(c!);
    expect(scorecard.$state.get().scores[c!]).toBeUndefined();
    removeCriterion('price');
    expect(scorecard.$state.get().scores[a!]).toEqual({});
    const read = readTransfer(scorecard, exportText(scorecard));
    expect(read.ok && read.incoming.parts[0]!.state).toEqual({ vendors: vendorStore.$state.get().vendors });
    expect(ids()).toEqual([a, b]);
  });

  it('a cultural-fit offer is asked about, then rounded once and applied (adding the criterion if needed)', async () => {
    ensureVendors();
    const [a] = ids();
    const offer: Offer = {
      source: 'cultural-fit',
      id: `score:${a}`,
      kind: 'vendor-score:cultural-fit',
      label: 'your cultural-fit assessment of Vendor 1',
      value: { vendor: a, score: 3.6 },
    };
    const accepts = await scorecardTool.accepts!.load();
    const [pending] = pendingOffers(accepts, [offer], scorecard.$state.get(), sc.context());
    expect(pending!.question).toBe(
      'Use 3.6 from your cultural-fit assessment of Vendor 1? The scorecard takes whole scores, so it becomes 4, and the “Cultural fit” criterion is added.',
    );
    scorecard.update((s) => pending!.accept.apply(pending!.value as never, s, sc.context()));
    const c = scorecard.$state.get().criteria.find((x) => x.lib === 'cultural-fit')!;
    expect(scorecard.$state.get().scores[a!]?.[c.id]).toBe(4);
    // Applied: no longer offered. An offer for a vendor not in the list, or a bad value, is never shown.
    expect(pendingOffers(accepts, [offer], scorecard.$state.get(), sc.context())).toEqual([]);
    const stranger = { ...offer, value: { vendor: 'nobody', score: 3 } };
    const broken = { ...offer, value: { vendor: a, score: 'NaN' } };
    expect(pendingOffers(accepts, [stranger, broken], scorecard.$state.get(), sc.context())).toEqual([]);
  });
});
