/** The contract checklist: the checklist engine with this tool's declaration. */
import ChecklistTool, { type ChecklistProps } from '../checklist-engine/ChecklistTool';
import contractChecklist from './tool';

export default function ContractChecklist(props: ChecklistProps) {
  return <ChecklistTool {...props} def={contractChecklist} />;
}
