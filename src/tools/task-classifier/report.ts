/**
 * The task classifier part of the plan report (/plan/report/): where each task landed and what
 * to do with it. Apart from tool.ts so that the tool's own page does not load it.
 */
import type { ReportSection } from '../framework/define';
import { classifyAll, QUADRANT_ORDER, QUADRANTS } from './model';
import type { ClassifierState } from './state';

export default function report(state: ClassifierState): ReportSection {
  const { tasks } = classifyAll(state.tasks);
  const placed = QUADRANT_ORDER.flatMap((q) => tasks.filter((t) => t.quadrant === q));
  const waiting = tasks.filter((t) => !t.quadrant);
  const rows: [string, string][] = [
    ...placed.map((t): [string, string] => {
      const q = QUADRANTS[t.quadrant!];
      const kind = q.kind ? ` (${q.kind.toLowerCase()})` : '';
      return [
        t.label,
        `${q.name}${kind}: strategic ${t.strategic!.toFixed(2)}, operational ${t.operational!.toFixed(2)}`,
      ];
    }),
    ...waiting.map((t): [string, string] => [t.label, `not placed (${t.answered} of 6 answered)`]),
  ];
  const actions = [
    ...placed
      .filter((t) => t.quadrant === 'outsource' || t.quadrant === 'partner')
      .map((t) => `Write a brief for “${t.label}” in the goals and scope canvas.`),
    ...placed
      .filter((t) => t.quadrant === 'eliminate')
      .map(
        (t) => `Before outsourcing “${t.label}”, ask whether it needs doing at all, or whether software could do it.`,
      ),
    ...waiting.map((t) => `Answer the questions for “${t.label}”.`),
  ];
  return { rows, actions };
}
