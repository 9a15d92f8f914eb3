/**
 * The readiness part of the plan report (/plan/report/): what was entered and found,
 * and what is left to do. Apart from tool.ts so that the tool's own page does not load it.
 */
import type { ReportSection, ToolContext } from '../framework/define';
import { own } from '../framework/own';
import { reportSection, type QuestionnaireData } from '../questionnaire-engine/model';
import { ALL, type QuestionnaireState as S } from '../questionnaire-engine/state';

export default function report(state: S, ctx: ToolContext): ReportSection {
  return ctx.content
    ? reportSection(ctx.content as QuestionnaireData, [['Score', own(state.answers, ALL) ?? {}]])
    : { rows: [], actions: [] };
}
