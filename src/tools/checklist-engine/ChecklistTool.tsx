/**
 * The checklist engine's view for one tool: the vendor switcher (per-vendor checklists) and
 * every checklist of the tool. All text comes from data files passed in as props.
 */
import { useEffect } from 'preact/hooks';
import { ToolShell } from '../ui/ToolShell';
import { useHydratedStore } from '../ui/hooks';
import { resolveVendor, VendorSwitcher } from '../ui/VendorSwitcher';
import { vendorStore } from '../framework/vendor-store';
import { vendorLabel, type VendorList } from '../framework/vendors';
import type { ChecklistData } from './model';
import { ALL, initialChecklistState } from './state';
import { checklistStore } from './store';
import { ChecklistPanel } from './ChecklistPanel';

interface Props {
  tool: string;
  /** The tool's title, for messages about its stored data. */
  title: string;
  /** The tool's checklists in display order. */
  lists: ChecklistData[];
  /** Guide slug → title, for "read more" links. */
  guides: Record<string, string>;
}

const NO_VENDORS: VendorList = { vendors: [] };

export default function ChecklistTool({ tool, title, lists, guides }: Props) {
  const perVendor = lists.some((l) => l.perVendor);
  const cs = checklistStore(tool, title, perVendor);
  const state = useHydratedStore(cs.store.$state, initialChecklistState());
  const vendors = useHydratedStore(vendorStore.$state, NO_VENDORS);
  const vendor = resolveVendor(vendors, state.vendor);

  useEffect(() => cs.prune(lists), []);

  return (
    <ToolShell store={cs.store}>
      {perVendor && <VendorSwitcher idPrefix={tool} current={vendor} onChoose={cs.chooseVendor} />}
      {lists.map((list) => {
        if (list.perVendor && !vendor)
          return (
            <p key={list.id} class="banner info">
              Add a vendor above to start the {list.title.toLowerCase()}.
            </p>
          );
        const scope = list.perVendor ? vendor! : ALL;
        return (
          <ChecklistPanel
            key={`${list.id}:${scope}`}
            list={list}
            answers={cs.answers(state, list.id, scope)}
            subject={list.perVendor ? vendorLabel(vendors, scope) : undefined}
            guides={guides}
            onChange={(item, change) => cs.setAnswer(list.id, scope, item, change)}
          />
        );
      })}
    </ToolShell>
  );
}
