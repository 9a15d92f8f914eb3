/**
 * The goals and scope canvas part of the plan report (/plan/report/): the brief in a few rows,
 * and what is left to do, with the proposal timetable once there is a deadline. Apart from
 * tool.ts so that the tool's own page does not load it.
 */
import type { ReportSection, ToolContext } from '../framework/define';
import { formatDate, todayIso } from '../framework/date-format';
import { formatMoney } from '../framework/number-format';
import { missingParts, OBJECTIVES, SENSITIVITY, timetable } from './model';
import type { GoalsState } from './state';

export default function report(s: GoalsState, ctx: ToolContext, today = todayIso()): ReportSection {
  const locale = ctx.locale ?? 'en-US';
  const date = (iso: string) => formatDate(iso, locale);
  const measures = s.measures.filter((m) => m.name.trim());
  const rows: [string, string][] = [
    ['Task or function', s.task.trim() || '—'],
    // Not brief.ts's sentence: importing it here would split it out of the tool page's chunk.
    [
      'Objectives',
      [...s.objectives.map((o) => OBJECTIVES[o]), s.otherObjective.trim()].filter(Boolean).join('; ') || '—',
    ],
    [
      'Success measures',
      measures.map((m) => `${m.name.trim()} (${m.baseline.trim() || '?'} → ${m.target.trim() || '?'})`).join('; ') ||
        '—',
    ],
    ['Budget per month', s.budget === null ? '—' : formatMoney(s.budget, locale, ctx.currency ?? 'USD')],
    ['Deadline', s.deadline ? date(s.deadline) : '—'],
    ['Data sensitivity', s.sensitivity ? SENSITIVITY[s.sensitivity].label : '—'],
    ['Internal owner', s.owner.trim() || '—'],
    ['Proposals judged by', s.judging ? 'the vendor scorecard’s criteria and weights' : 'the default criteria'],
  ];
  const missing = missingParts(s);
  const plan = timetable(s.deadline, today);
  const actions = missing.length
    ? [`Fill in the brief: ${missing.map((p) => p.label).join(', ')}.`]
    : ['Send the request for proposal to three vendors.'];
  if (plan)
    actions.push(
      `Proposal timetable: questions by ${date(plan.questionsBy)}, proposals by ${date(plan.proposalsBy)}, decision by ${date(plan.decisionBy)}.`,
    );
  return { rows, actions };
}
