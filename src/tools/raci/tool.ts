/** The RACI builder's declaration: stored shape, guides, the dashboard summary and its plan-report section. */
import { defineTool } from '../framework/define';
import { lazySchema } from '../framework/lazy-schema';
import { checkMessages, checkRaci, letterAt, LETTERS, RULE_KINDS, roleName, taskName } from './model';
import { initialRaci, type RaciState } from './state';

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

export default defineTool<RaciState>({
  tool: 'raci',
  title: 'RACI builder',
  version: 1,
  schema: lazySchema((s) => s.raci.schema),
  initial: initialRaci,
  guides: ['roles-and-responsibilities', 'staying-involved', 'managing-the-handover', 'contracts-and-slas'],
  summary(state) {
    if (state.tasks.length === 0) return null;
    const c = checkRaci(state);
    const failing = c.tasks.filter((t) => t.problems.some((p) => RULE_KINDS.has(p.kind))).length;
    const size = `${plural(state.tasks.length, 'task', 'tasks')}, ${plural(state.roles.length, 'role', 'roles')}`;
    const result =
      failing === 0 ? 'every task has one A and an R' : `${plural(failing, 'task needs', 'tasks need')} a change`;
    return `${size}: ${result}${c.warnings ? `, ${plural(c.warnings, 'warning', 'warnings')}` : ''}.`;
  },
  report(state) {
    if (state.tasks.length === 0)
      return { rows: [], actions: ['List the tasks and roles of the engagement and give each task exactly one A.'] };
    // One row per task: who holds each letter ("A: Office manager; R: Vendor bookkeeper").
    const rows: [string, string][] = state.tasks.map((t, k) => {
      const holders = LETTERS.flatMap((l) => {
        const names = state.roles.flatMap((r, j) =>
          letterAt(state.cells, t.id, r.id) === l ? [roleName(r, j + 1)] : [],
        );
        return names.length ? [`${l}: ${names.join(', ')}`] : [];
      });
      return [taskName(t, k + 1), holders.join('; ') || 'no letters yet'];
    });
    const actions = checkMessages(state).map((m) => m.text);
    return {
      rows,
      actions: actions.length
        ? actions
        : ['Agree the chart with the vendor at the kick-off and review it at the end of each handover phase.'],
    };
  },
});
