/**
 * The cultural fit part of the plan report (/plan/report/): what was entered and found,
 * and what is left to do. Apart from tool.ts so that the tool's own page does not load it.
 */
import type { ReportSection, ToolContext } from '../framework/define';
import { own } from '../framework/own';
import { vendorLabel, vendorsOf } from '../framework/vendors';
import { reportSection, type QuestionnaireData } from '../questionnaire-engine/model';
import type { QuestionnaireState as S } from '../questionnaire-engine/state';

export default function report(state: S, ctx: ToolContext): ReportSection {
  const data = ctx.content as QuestionnaireData | undefined;
  const list = vendorsOf(ctx);
  if (!data) return { rows: [], actions: [] };
  return reportSection(
    data,
    list.vendors.map((v) => [vendorLabel(list, v.id), own(state.answers, v.id) ?? {}]),
  );
}
