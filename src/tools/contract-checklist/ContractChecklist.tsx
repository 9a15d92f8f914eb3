/** The contract checklist: the checklist engine with this tool's declaration. */
import ChecklistTool, { type ChecklistProps } from '../checklist-engine/ChecklistTool';
import contractChecklist from './tool';
import { schemasReady } from '../framework/boot';

// A returning visitor's data is read with its schema: the island waits for it before it renders.
await schemasReady();

export default function ContractChecklist(props: ChecklistProps) {
  return <ChecklistTool {...props} def={contractChecklist} />;
}
