/**
 * The checklist engine's view for one tool: the vendor switcher (per-vendor checklists) and
 * every checklist of the tool. All text comes from data files passed in as props.
 */
import { useEffect } from 'preact/hooks';
import { ToolShell } from '../ui/ToolShell';
import { atom } from 'nanostores';
import { useHydratedStore, useTool } from '../ui/hooks';
import type { VendorSwitcher } from '../ui/VendorSwitcher';
import { resolveVendor, vendorLabel, type VendorList } from '../framework/vendors';
import type { ToolDefinition } from '../framework/define';
import type { ChecklistData } from './model';
import { ALL, initialChecklistState, type ChecklistState } from './state';
import { checklistFor } from './store';
import { ChecklistPanel } from './ChecklistPanel';

/** Props of the engine view that an Astro wrapper can pass (serialisable). */
export interface ChecklistProps {
  tool: string;
  /** The tool's title, for messages about its stored data. */
  title: string;
  /** The tool's checklists in display order. */
  lists: ChecklistData[];
  /** Guide slug → title, for "read more" links. */
  guides: Record<string, string>;
}

interface Props extends ChecklistProps {
  /** The tool's declaration (given by the tool's own view, e.g. due-diligence/DueDiligence.tsx). */
  def: ToolDefinition<ChecklistState>;
  /** The vendor switcher, passed by per-vendor tools only (others do not load its code). */
  switcher?: typeof VendorSwitcher;
}

const NO_VENDORS: VendorList = { vendors: [] };
const NONE = atom(NO_VENDORS);

export default function ChecklistTool({ def, switcher: Switcher, tool, lists, guides }: Props) {
  const cs = useTool(checklistFor(def));
  const state = useHydratedStore(cs.store.$state, initialChecklistState());
  const vendors = useHydratedStore(cs.vendorStore?.$state ?? NONE, NO_VENDORS);
  const vendor = resolveVendor(vendors, state.vendor);

  useEffect(() => cs.prune(lists), [cs]);

  return (
    <ToolShell tool={cs} content={lists}>
      {cs.vendorStore && Switcher && (
        <Switcher idPrefix={tool} current={vendor} onChoose={cs.chooseVendor} store={cs.vendorStore} />
      )}
      {lists.map((list, i) => {
        // The first checklist's status is the page's results ("Jump to results").
        const resultsId = i === 0 ? 'results' : undefined;
        if (list.perVendor && !vendor)
          return (
            <p key={list.id} class="banner info" id={resultsId}>
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
            resultsId={resultsId}
          />
        );
      })}
    </ToolShell>
  );
}
