/**
 * The due-diligence checklist's declaration: per vendor (the shared vendor list is its
 * companion). Each vendor's open critical items are offered to the risk register as risks
 * (`risks:due-diligence`), once at least one item of that vendor is answered.
 */
import { defineTool } from '../framework/define';
import { own } from '../framework/own';
import { vendorListDef, vendorLabel, type VendorList } from '../framework/vendors';
import { checklistStateDef } from '../checklist-engine/state';
import { checklistSummary, openCritical, type ChecklistData } from '../checklist-engine/model';

export default defineTool({
  ...checklistStateDef('due-diligence', 'Due-diligence checklist'),
  companions: [vendorListDef as never],
  guides: ['evaluating-vendors', 'protecting-data-and-ip'],
  summary: (state, ctx) => {
    const list = (ctx.companions.vendors as VendorList | undefined) ?? { vendors: [] };
    return checklistSummary(state, ctx.content, (id) => vendorLabel(list, id));
  },
  offers: (state, ctx) => {
    const vendors = (ctx.companions.vendors as VendorList | undefined) ?? { vendors: [] };
    const lists = Array.isArray(ctx.content) ? (ctx.content as ChecklistData[]) : [];
    return lists.flatMap((list) =>
      Object.entries(own(state.lists, list.id) ?? {}).flatMap(([scope, answers]) => {
        const open = Object.keys(answers).length ? openCritical(list, answers) : [];
        if (!open.length) return [];
        const who = vendorLabel(vendors, scope);
        return [
          {
            id: `open:${list.id}:${scope}`,
            kind: 'risks:due-diligence',
            label: `your due-diligence checklist for ${who}`,
            value: {
              risks: open.map((i) => ({ name: `Not yet checked at ${who}: ${i.text}`, mitigation: i.why })),
            },
          },
        ];
      }),
    );
  },
});
