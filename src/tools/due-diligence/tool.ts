/** The due-diligence checklist's declaration: per vendor (the shared vendor list is its companion). */
import { defineTool } from '../framework/define';
import { vendorListDef, vendorLabel, type VendorList } from '../framework/vendors';
import { checklistStateDef } from '../checklist-engine/state';
import { checklistSummary } from '../checklist-engine/model';

export default defineTool({
  ...checklistStateDef('due-diligence', 'Due-diligence checklist'),
  companions: [vendorListDef as never],
  guides: ['evaluating-vendors', 'protecting-data-and-ip'],
  summary: (state, ctx) => {
    const list = (ctx.companions.vendors as VendorList | undefined) ?? { vendors: [] };
    return checklistSummary(state, ctx.content, (id) => vendorLabel(list, id));
  },
});
