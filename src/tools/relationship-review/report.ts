/**
 * The relationship review part of the plan report (/plan/report/): what was entered and found,
 * and what is left to do. Apart from tool.ts so that the tool's own page does not load it.
 */
import type { ReportSection, ToolContext } from '../framework/define';
import { own } from '../framework/own';
import { score, type QuestionnaireData } from '../questionnaire-engine/model';
import { periodLabel, sortPeriods } from './model';
import type { ReviewState as S } from './state';

export default function report(state: S, ctx: ToolContext): ReportSection {
  const data = ctx.content as QuestionnaireData | undefined;
  const rows: [string, string][] = sortPeriods(Object.keys(state.periods)).map((p) => {
    const s = data ? score(data, own(state.periods, p)!.ours).score : null;
    return [periodLabel(p), s === null ? 'not scored' : `${s.toFixed(1)} of 5 from our side`];
  });
  return { rows, actions: state.ideas.map((i) => `Idea (${periodLabel(i.period)}): ${i.text}`) };
}
