/**
 * Chooses whose answers a per-vendor tool shows, and adds vendors to the engagement's
 * shared vendor list (a vendor added here appears in every other per-vendor tool).
 */
import { useState } from 'preact/hooks';
import { vendorActions } from '../framework/vendor-store';
import type { ToolStore } from '../framework/tool-store';
import { MAX_NAME, MAX_VENDORS, vendorLabel, type VendorList } from '../framework/vendors';
import { useHydratedStore } from './hooks';
import { AddField } from './AddField';

/** Props of the vendor switcher (engines take the component itself, so tools without vendors skip its code). */
export interface VendorSwitcherProps {
  /** Prefix of element ids (unique on the page). */
  idPrefix: string;
  /** The vendor shown, already resolved against the list (null when the list is empty). */
  current: string | null;
  onChoose: (vendor: string) => void;
  /** The engagement's vendor list. */
  store: ToolStore<VendorList>;
}

const EMPTY: VendorList = { vendors: [] };

export function VendorSwitcher({ idPrefix, current, onChoose, store }: VendorSwitcherProps) {
  const list = useHydratedStore(store.$state, EMPTY);
  const [name, setName] = useState('');
  const [error, setError] = useState('');
  const full = list.vendors.length >= MAX_VENDORS;

  const add = () => {
    if (!name.trim()) return setError('Enter the vendor’s name');
    const id = vendorActions(store).add(name.trim());
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
