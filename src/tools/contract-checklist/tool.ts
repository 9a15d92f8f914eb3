/** The contract checklist's declaration: the checklist engine's stored shape, guides and summary. */
import { defineTool } from '../framework/define';
import { checklistStateDef } from '../checklist-engine/state';
import { checklistSummary } from '../checklist-engine/model';

export default defineTool({
  ...checklistStateDef('contract-checklist', 'Contract checklist'),
  guides: ['contracts-and-slas', 'protecting-data-and-ip'],
  summary: (state, ctx) => checklistSummary(state, ctx.content),
});
