/** The readiness self-audit's declaration: the questionnaire engine's stored shape, guides, summary and workshop hook. */
import { own } from '../framework/own';
import { defineTool } from '../framework/define';
import { questionnaireStateDef, ALL } from '../questionnaire-engine/state';
import { summaryLine, type QuestionnaireData } from '../questionnaire-engine/model';

export default defineTool({
  ...questionnaireStateDef('readiness', 'Readiness self-audit'),
  guides: ['why-outsource', 'goals-and-scope'],
  summary: (state, ctx) =>
    ctx.content ? summaryLine(ctx.content as QuestionnaireData, own(state.answers, ALL) ?? {}) : null,
  merge: () => import('../questionnaire-engine/merge').then((m) => m.questionnaireMerge(() => ALL)),
});
