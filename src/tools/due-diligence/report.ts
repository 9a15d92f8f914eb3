/**
 * The due diligence part of the plan report (/plan/report/): what was entered and found,
 * and what is left to do. Apart from tool.ts so that the tool's own page does not load it.
 */
import type { ReportSection, ToolContext } from '../framework/define';
import { checklistReport } from '../checklist-engine/model';
import type { ChecklistState as S } from '../checklist-engine/state';
import { vendorLabel, type VendorList } from '../framework/vendors';

export default function report(state: S, ctx: ToolContext): ReportSection {
  const list = (ctx.companions.vendors as VendorList | undefined) ?? { vendors: [] };
  return checklistReport(state, ctx.content, (id) => vendorLabel(list, id));
}
