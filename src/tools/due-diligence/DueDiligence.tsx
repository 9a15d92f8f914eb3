/** The due-diligence checklist: the checklist engine with this tool's declaration. */
import ChecklistTool, { type ChecklistProps } from '../checklist-engine/ChecklistTool';
import dueDiligence from './tool';
import { VendorSwitcher } from '../ui/VendorSwitcher';
import { schemasReady } from '../framework/boot';

// A returning visitor's data is read with its schema: the island waits for it before it renders.
await schemasReady();

export default function DueDiligence(props: ChecklistProps) {
  return <ChecklistTool {...props} def={dueDiligence} switcher={VendorSwitcher} />;
}
