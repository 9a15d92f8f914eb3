/**
 * The one-page brief (pure): why, the outcomes, how success is measured, the scope, the
 * constraints and the owner — the layout of the goals-and-scope guide's sample brief. Parts not
 * filled in yet show as [brackets] so the reader sees what is missing rather than a gap.
 */
import { blank, linesOf, type Block, type DocumentBlocks } from '../framework/document';
import { measureLabel, OBJECTIVES, SENSITIVITY, type ObjectiveId } from './model';
import type { GoalsState } from './state';

/** How the documents format money and dates. */
export interface DocFormat {
  money: (n: number) => string;
  date: (iso: string) => string;
}

/** The task's name for headings, or a placeholder. */
export const taskName = (s: GoalsState) => s.task.trim() || blank('task or function');

/** The objectives in words ("cut cost; move faster"), or null when none is given. */
export function objectivesText(s: GoalsState): string | null {
  const all = [
    ...s.objectives.map((id: ObjectiveId) => OBJECTIVES[id].toLowerCase()),
    ...(s.otherObjective.trim() ? [s.otherObjective.trim()] : []),
  ];
  if (all.length === 0) return null;
  const text = all.join('; ');
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
}

/** A list of lines, or a one-line placeholder. */
function linesBlock(text: string, what: string, lead?: string): Block[] {
  const lines = linesOf(text);
  if (lines.length === 0) return [{ kind: 'para', para: { lead, text: blank(what) } }];
  if (lines.length === 1) return [{ kind: 'para', para: { lead, text: lines[0]! } }];
  return [
    ...(lead ? [{ kind: 'para' as const, para: { lead, text: '' } }] : []),
    { kind: 'list', items: lines.map((text) => ({ text })) },
  ];
}

/**
 * The brief as document blocks. `embedded` drops its title and moves its headings down one
 * level, for the request for proposal that carries it.
 */
export function briefBlocks(s: GoalsState, f: DocFormat, embedded = false): DocumentBlocks {
  const h = (text: string): Block => ({ kind: 'heading', level: embedded ? 3 : 2, text });
  const measures = s.measures.filter((m) => m.name.trim() || m.baseline.trim() || m.target.trim());
  const blocks: DocumentBlocks = [
    ...(embedded ? [] : [{ kind: 'heading' as const, level: 1 as const, text: `Outsourcing brief: ${taskName(s)}` }]),
    { kind: 'para', para: { lead: 'Why we are outsourcing:', text: objectivesText(s) ?? blank('our reasons') } },
    ...linesBlock(s.outcomes, 'what changes for us when the work is done well', 'Outcomes we expect:'),
    h('How we will measure success'),
    measures.length
      ? {
          kind: 'table',
          head: ['Measure', 'Baseline today', 'Target', 'How it is measured'],
          rows: measures.map((m, k) => [
            measureLabel(m.name, k),
            m.baseline.trim() || blank('baseline'),
            m.target.trim() || blank('target'),
            m.how.trim() || blank('to agree'),
          ]),
        }
      : { kind: 'para', para: { text: blank('Each measure with today’s baseline and a target.') } },
    h('Scope'),
    ...linesBlock(s.inScope, 'the activities, with volumes', 'In scope:'),
    ...linesBlock(s.outOfScope, 'what stays with us or is not included', 'Out of scope:'),
    h('Constraints'),
    {
      kind: 'list',
      items: [
        { lead: 'Budget:', text: s.budget === null ? blank('up to … a month') : `up to ${f.money(s.budget)} a month.` },
        { lead: 'Running by:', text: s.deadline ? `${f.date(s.deadline)}.` : blank('date') },
        {
          lead: 'Data the vendor will handle:',
          text: s.sensitivity
            ? `${SENSITIVITY[s.sensitivity].label}.`
            : blank('none, internal, personal or health data'),
        },
      ],
    },
    { kind: 'para', para: { lead: 'Owner on our side:', text: s.owner.trim() || blank('name and role') } },
  ];
  return blocks;
}
