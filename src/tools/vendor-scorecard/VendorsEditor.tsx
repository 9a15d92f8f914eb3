/** The vendors being compared: the engagement's shared vendor list (2–10), in the table engine. */
import { MAX_NAME, MAX_VENDORS, type Vendor, type VendorList } from '../framework/vendors';
import { EditableTable } from '../ui/EditableTable';
import { useTool } from '../ui/hooks';
import { scorecardFor } from './store';
import { MIN_VENDORS } from './state';

interface Props {
  list: VendorList;
  limit: string | null;
  locale: string;
}

export function VendorsEditor({ list, limit, locale }: Props) {
  const sc = useTool(scorecardFor);
  return (
    <fieldset class="vs-vendors">
      <legend>Vendors</legend>
      <p class="hint">
        Compare {MIN_VENDORS} to {MAX_VENDORS} vendors. The same list appears in the other vendor tools of this
        engagement.
      </p>
      <EditableTable<Vendor>
        id="vs-v"
        caption="Vendors being compared"
        noun="vendor"
        rows={list.vendors}
        locale={locale}
        columns={[
          {
            key: 'name',
            header: 'Name',
            kind: 'text',
            label: (_, n) => `Vendor ${n} name`,
            value: (v) => v.name,
            maxLength: MAX_NAME,
            onInput: (v, text) => sc.renameVendor(v.id, text),
          },
        ]}
        onMove={sc.moveVendor}
        onRemove={sc.removeVendor}
        add={{ label: 'Add vendor', onAdd: sc.addVendor }}
        limit={limit}
      />
    </fieldset>
  );
}
