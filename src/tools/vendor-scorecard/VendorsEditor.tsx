/** The vendors being compared: the engagement's shared vendor list (2–10). */
import { MAX_NAME, MAX_VENDORS, type VendorList } from '../framework/vendors';
import { addVendor, moveVendor, removeVendor, renameVendor } from './store';
import { MIN_VENDORS } from './state';
import { focusLater, RowButtons } from './RowButtons';

interface Props {
  list: VendorList;
  limit: string | null;
}

export function VendorsEditor({ list, limit }: Props) {
  const count = list.vendors.length;
  return (
    <fieldset class="vs-vendors">
      <legend>Vendors</legend>
      <p class="hint">
        Compare {MIN_VENDORS} to {MAX_VENDORS} vendors. The same list appears in the other vendor tools of this
        engagement.
      </p>
      <ol class="vs-list">
        {list.vendors.map((v, k) => (
          <li key={v.id} class="vs-row">
            <div class="field">
              <label for={`vs-vn-${v.id}`}>Vendor {k + 1} name</label>
              <input
                id={`vs-vn-${v.id}`}
                type="text"
                autoComplete="off"
                maxLength={MAX_NAME}
                value={v.name}
                onInput={(e) => renameVendor(v.id, e.currentTarget.value)}
              />
            </div>
            <RowButtons
              noun="vendor"
              n={k + 1}
              count={count}
              idBase={`vs-v-${v.id}`}
              onMove={(by) => moveVendor(v.id, by)}
              onRemove={() => removeVendor(v.id) && focusLater('vs-add-vendor')}
            />
          </li>
        ))}
      </ol>
      <div role="status" class="vs-limit">
        {limit && <p class="banner warn">{limit}</p>}
      </div>
      <button
        type="button"
        id="vs-add-vendor"
        class="secondary"
        onClick={() => {
          const id = addVendor();
          if (id) focusLater(`vs-vn-${id}`);
        }}
      >
        Add vendor
      </button>
    </fieldset>
  );
}
