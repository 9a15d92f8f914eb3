/** The due-diligence checklist: the checklist engine with this tool's declaration. */
import ChecklistTool, { type ChecklistProps } from '../checklist-engine/ChecklistTool';
import dueDiligence from './tool';
import { VendorSwitcher } from '../ui/VendorSwitcher';

export default function DueDiligence(props: ChecklistProps) {
  return <ChecklistTool {...props} def={dueDiligence} switcher={VendorSwitcher} />;
}
