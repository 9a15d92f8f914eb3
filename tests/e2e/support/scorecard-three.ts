/**
 * A filled vendor scorecard: three vendors scored on the five default criteria, one of them
 * knocked out by a must-have (security at least 3). Stored records as the site writes them.
 */
const criteria = [
  ['industry-experience', 'Industry experience', 20, null],
  ['track-record', 'Track record', 20, null],
  ['security-compliance', 'Security and compliance', 20, 3],
  ['communication', 'Communication and responsiveness', 15, null],
  ['price', 'Price', 25, null],
] as const;
const vendors = [
  ['va', 'Acme Books', [4, 4, 5, 3, 3]],
  ['vb', 'Ledgerly', [5, 5, 2, 5, 5]],
  ['vc', 'Northside Accounts', [3, 4, 4, 4, 4]],
] as const;

const record = (tool: string, data: unknown) => JSON.stringify({ format: 'outsource-smart', tool, v: 1, data });

export const SCORECARD_THREE: Record<string, string> = {
  'os:tool:default:vendors': record('vendors', { vendors: vendors.map(([id, name]) => ({ id, name })) }),
  'os:tool:default:vendor-scorecard': record('vendor-scorecard', {
    criteria: criteria.map(([id, name, weight, min]) => ({ id, lib: id, name, weight, min, fromBids: false })),
    scores: Object.fromEntries(
      vendors.map(([id, , s]) => [id, Object.fromEntries(criteria.map(([c], i) => [c, s[i]!]))]),
    ),
    bids: {},
  }),
};
