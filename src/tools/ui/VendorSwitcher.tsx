/**
 * Chooses whose answers a per-vendor tool shows, and adds vendors to the engagement's
 * shared vendor list (a vendor added here appears in every other per-vendor tool).
 */
import { useState } from 'preact/hooks';
import { addVendorAction, vendorStore } from '../framework/vendor-store';
import { MAX_NAME, MAX_VENDORS, vendorLabel, type VendorList } from '../framework/vendors';
import { useHydratedStore } from './hooks';
import { AddField } from './AddField';

interface Props {
  /** Prefix of element ids (unique on the page). */
  idPrefix: string;
  /** The vendor shown, already resolved against the list (null when the list is empty). */
  current: string | null;
  onChoose: (vendor: string) => void;
}

const EMPTY: VendorList = { vendors: [] };

/** The vendor shown: the chosen one if it still exists, else the first. */
export function resolveVendor(list: VendorList, chosen: string | null): string | null {
  return list.vendors.find((v) => v.id === chosen)?.id ?? list.vendors[0]?.id ?? null;
}

export function VendorSwitcher({ idPrefix, current, onChoose }: Props) {
  const list = useHydratedStore(vendorStore.$state, EMPTY);
  const [name, setName] = useState('');
  const [error, setError] = useState('');
  const full = list.vendors.length >= MAX_VENDORS;

  const add = () => {
    if (!name.trim()) return setError('Enter the vendor’s name');
    const id = addVendorAction(name.trim());
    if (!id) return setError(`You can compare at most ${MAX_VENDORS} vendors`);
    setName('');
    setError('');
    onChoose(id);
  };

  return (
    <fieldset class="vendor-switcher">
      <legend>Vendor</legend>
      <p class="hint">
        Each vendor has its own answers. The vendor list is shared with the other vendor tools of this site.
      </p>
      {list.vendors.length > 0 && (
        <div class="field">
          <label for={`${idPrefix}-vendor`}>Show answers for</label>
          <select id={`${idPrefix}-vendor`} value={current ?? ''} onChange={(e) => onChoose(e.currentTarget.value)}>
            {list.vendors.map((v) => (
              <option key={v.id} value={v.id}>
                {vendorLabel(list, v.id)}
              </option>
            ))}
          </select>
        </div>
      )}
      {!full && (
        <AddField
          id={`${idPrefix}-new-vendor`}
          label="New vendor name"
          error={error || undefined}
          maxLength={MAX_NAME}
          value={name}
          onInput={setName}
          onAdd={add}
          button="Add vendor"
        />
      )}
    </fieldset>
  );
}
