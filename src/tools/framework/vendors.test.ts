import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  addVendor,
  MAX_VENDORS,
  moveVendor,
  newVendorId,
  removeVendor,
  renameVendor,
  vendorLabel,
  type VendorList,
} from './vendors';
import { vendorList as vendorListSchema } from './schema';

const two: VendorList = {
  vendors: [
    { id: 'va', name: 'Acme' },
    { id: 'vb', name: '' },
  ],
};

describe('vendor list', () => {
  it('adds, renames, moves and removes by id', () => {
    let l = addVendor(two, 'Crane', 'vc');
    expect(l.vendors.map((v) => v.id)).toEqual(['va', 'vb', 'vc']);
    l = renameVendor(l, 'vb', 'Birch');
    l = moveVendor(l, 'vc', -1);
    expect(l.vendors.map((v) => v.name)).toEqual(['Acme', 'Crane', 'Birch']);
    expect(moveVendor(l, 'va', -1)).toBe(l);
    expect(removeVendor(l, 'va').vendors.map((v) => v.id)).toEqual(['vc', 'vb']);
  });

  it('labels unnamed vendors by position', () => {
    expect(vendorLabel(two, 'vb')).toBe('Vendor 2');
    expect(vendorLabel(two, 'va')).toBe('Acme');
  });

  it('never exceeds the limit and always stays valid (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ maxLength: 120 }), { maxLength: 20 }), (names) => {
        let l: VendorList = { vendors: [] };
        for (const n of names) l = addVendor(l, n);
        expect(l.vendors.length).toBe(Math.min(names.length, MAX_VENDORS));
        expect(vendorListSchema.safeParse(l).success).toBe(true);
        expect(new Set(l.vendors.map((v) => v.id)).size).toBe(l.vendors.length);
      }),
    );
  });

  it('makes ids that are not taken', () => {
    let n = 0;
    const seq = () => [0.1, 0.1, 0.2][n++]!;
    const l = { vendors: [{ id: newVendorId({ vendors: [] }, () => 0.1), name: '' }] };
    expect(newVendorId(l, seq)).not.toBe(l.vendors[0]!.id);
  });
});
