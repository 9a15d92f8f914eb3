/**
 * The RACI builder's rules (pure): the letters of a chart of tasks × roles, the checks of the
 * roles guide (exactly one A per task, at least one R, no role without letters, no vendor A on
 * outsourced work), the texts that name each problem with its task, adding a preset, and the
 * chart as Markdown and CSV rows.
 */
import { own } from '../framework/own';
import { oneLine } from '../framework/text';

/** The letters a cell may hold (blank = absent from the map). */
export const LETTERS = ['R', 'A', 'C', 'I'] as const;
export type Letter = (typeof LETTERS)[number];

/** What each letter means, as the roles guide explains it. */
export const LETTER_MEANINGS: Record<Letter, string> = {
  R: 'responsible: does the work',
  A: 'accountable: owns the outcome, exactly one per task',
  C: 'consulted before the work or decision',
  I: 'informed afterwards',
};

export interface RaciTask {
  id: string;
  name: string;
  /** The work is done by the vendor. */
  outsourced: boolean;
}

export interface RaciRole {
  id: string;
  name: string;
  /** The role sits at the vendor, not in the business. */
  vendor: boolean;
}

/** cells[taskId][roleId] = letter; a missing entry is a blank cell. */
export type Cells = Readonly<Record<string, Readonly<Record<string, Letter>>>>;

/** A chart as the rules read it. */
export interface Raci {
  tasks: readonly RaciTask[];
  roles: readonly RaciRole[];
  cells: Cells;
  /** "The accountable person may also do the work": a lone A counts as the R. */
  aDoesWork: boolean;
}

/** The letter in a cell, or undefined when blank (ids read as own keys only). */
export const letterAt = (cells: Cells, taskId: string, roleId: string): Letter | undefined =>
  own(own(cells, taskId), roleId);

/** Text on one line with single spaces (for labels and messages on the page). */
export const plain = (text: string) => text.replace(/\s+/g, ' ').trim();

/** A task's name, or "Task N" (N from 1 in display order) while it has none. */
export const taskName = (t: Pick<RaciTask, 'name'>, n: number) => plain(t.name) || `Task ${n}`;
/** A role's name, or "Role N" while it has none. */
export const roleName = (r: Pick<RaciRole, 'name'>, n: number) => plain(r.name) || `Role ${n}`;

/** One broken rule or warning of a task. */
export type TaskProblem =
  { kind: 'no-a' } | { kind: 'many-a'; roles: string[] } | { kind: 'no-r' } | { kind: 'vendor-a'; role: string };

/** Kinds that break a rule (the chart does not work); the others are warnings. */
export const RULE_KINDS: ReadonlySet<string> = new Set(['no-a', 'many-a', 'no-r']);

/** The checks of one task. */
export interface TaskCheck {
  task: string;
  problems: TaskProblem[];
}

/** The checks of a whole chart. */
export interface RaciCheck {
  /** Every task, in display order, with its problems (an empty list when it passes). */
  tasks: TaskCheck[];
  /** Ids of roles without a single letter (only while there are tasks to give letters on). */
  emptyRoles: string[];
  /** Broken rules (no A, several As, no R). */
  rules: number;
  /** Warnings (a vendor A on outsourced work, a role without letters). */
  warnings: number;
}

/** The checks of one task: its As and Rs among the chart's roles. */
export function checkTask(raci: Raci, task: RaciTask): TaskProblem[] {
  const holders = (letter: Letter) => raci.roles.filter((r) => letterAt(raci.cells, task.id, r.id) === letter);
  const as = holders('A');
  const rs = holders('R');
  const problems: TaskProblem[] = [];
  if (as.length === 0) problems.push({ kind: 'no-a' });
  if (as.length > 1) problems.push({ kind: 'many-a', roles: as.map((r) => r.id) });
  // A lone A may count as doing the work when the setting says so; two As or none never do.
  if (rs.length === 0 && !(raci.aDoesWork && as.length === 1)) problems.push({ kind: 'no-r' });
  if (task.outsourced) for (const r of as) if (r.vendor) problems.push({ kind: 'vendor-a', role: r.id });
  return problems;
}

/** Checks every task and role of a chart. */
export function checkRaci(raci: Raci): RaciCheck {
  const tasks = raci.tasks.map((t) => ({ task: t.id, problems: checkTask(raci, t) }));
  const used = (role: RaciRole) => raci.tasks.some((t) => letterAt(raci.cells, t.id, role.id) !== undefined);
  const emptyRoles = raci.tasks.length === 0 ? [] : raci.roles.filter((r) => !used(r)).map((r) => r.id);
  const all = tasks.flatMap((t) => t.problems);
  const rules = all.filter((p) => RULE_KINDS.has(p.kind)).length;
  return { tasks, emptyRoles, rules, warnings: all.length - rules + emptyRoles.length };
}

/** Names for messages: plain on the page, escaped in Markdown. */
export interface Names {
  task: (id: string) => string;
  role: (id: string) => string;
}

/** The names of a chart's tasks and roles, made by `format` (plain or Markdown-safe). */
export function namesOf(raci: Raci, format: (text: string) => string = (s) => s): Names {
  const find = <T extends { id: string }>(rows: readonly T[], id: string, name: (row: T, n: number) => string) => {
    const k = rows.findIndex((r) => r.id === id);
    return k < 0 ? '' : format(name(rows[k]!, k + 1));
  };
  return {
    task: (id) => find(raci.tasks, id, taskName),
    role: (id) => find(raci.roles, id, roleName),
  };
}

/** "A", "A and B", "A, B and C". */
export const andList = (items: readonly string[]) =>
  items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;

/** A task's problem in words, starting with the task's name. */
export function problemText(p: TaskProblem, task: string, names: Names, aDoesWork: boolean): string {
  switch (p.kind) {
    case 'no-a':
      return `${task} has no A: give exactly one role the A (accountable).`;
    case 'many-a':
      return `${task} has ${p.roles.length} As (${andList(p.roles.map(names.role))}): keep exactly one A.`;
    case 'no-r':
      return aDoesWork
        ? `${task} has no R and no single A to do the work: give a role the R (responsible).`
        : `${task} has no R: give at least one role the R (responsible for doing the work).`;
    case 'vendor-a':
      return `${task} is outsourced, but its A sits at the vendor (${names.role(p.role)}): accountability cannot be outsourced, so give the A to someone on your side.`;
  }
}

/** A role without letters, in words. */
export const emptyRoleText = (role: string) =>
  `${role} has no letters on any task: give it a letter where it takes part, or remove it.`;

/** Where the roles guide explains each check. */
export const GUIDE = '/guides/roles-and-responsibilities/';
export const GUIDE_LINKS: Record<TaskProblem['kind'] | 'empty-role', { href: string; text: string }> = {
  'no-a': { href: `${GUIDE}#the-raci-model`, text: 'Why one A per task' },
  'many-a': { href: `${GUIDE}#the-raci-model`, text: 'Why one A per task' },
  'no-r': { href: `${GUIDE}#the-raci-model`, text: 'Who does the work' },
  'vendor-a': { href: `${GUIDE}#accountability-stays-with-you`, text: 'Accountability stays with you' },
  'empty-role': { href: `${GUIDE}#how-to-build-your-own`, text: 'Check the columns' },
};

/** One message of the checks, in display order (tasks first, then roles). */
export interface CheckMessage {
  key: string;
  kind: TaskProblem['kind'] | 'empty-role';
  rule: boolean;
  text: string;
}

/** Every problem of a chart in words, task by task, then the roles without letters. */
export function checkMessages(raci: Raci, format: (text: string) => string = (s) => s): CheckMessage[] {
  const c = checkRaci(raci);
  const names = namesOf(raci, format);
  return [
    ...c.tasks.flatMap((t) =>
      t.problems.map((p, k) => ({
        key: `${t.task}:${p.kind}:${k}`,
        kind: p.kind,
        rule: RULE_KINDS.has(p.kind),
        text: problemText(p, names.task(t.task), names, raci.aDoesWork),
      })),
    ),
    ...c.emptyRoles.map((r) => ({
      key: `role:${r}`,
      kind: 'empty-role' as const,
      rule: false,
      text: emptyRoleText(names.role(r)),
    })),
  ];
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** The verdict in one sentence. */
export function verdict(raci: Raci): string {
  if (raci.tasks.length === 0) return 'No tasks yet: add tasks and roles, or a preset, to check the chart.';
  const c = checkRaci(raci);
  const failing = c.tasks.filter((t) => t.problems.some((p) => RULE_KINDS.has(p.kind))).length;
  const warn = c.warnings === 0 ? '' : ` ${plural(c.warnings, 'warning', 'warnings')} below.`;
  if (failing === 0)
    return `All ${plural(raci.tasks.length, 'task passes', 'tasks pass')}: each has exactly one A and at least one R${raci.aDoesWork ? ' (or a lone A who does the work)' : ''}.${warn}`;
  return `${plural(failing, 'task needs', 'tasks need')} a change to have exactly one A and at least one R.${warn}`;
}

/** A preset role: matched by name with the chart's roles, else added. */
export interface PresetRole {
  name: string;
  vendor: boolean;
}

/** A preset task with its letters by the preset's role names. */
export interface PresetTask {
  name: string;
  outsourced: boolean;
  letters: Readonly<Record<string, Letter>>;
}

export interface Preset {
  label: string;
  roles: readonly PresetRole[];
  tasks: readonly PresetTask[];
}

/** The parts of a chart a preset changes. */
export type Chart = Pick<Raci, 'tasks' | 'roles' | 'cells'>;

/** A chart as a preset leaves it (new arrays and maps, the old rows shared). */
export interface NewChart {
  tasks: RaciTask[];
  roles: RaciRole[];
  cells: Record<string, Record<string, Letter>>;
}

/** Adding a preset: the new chart and its first new task, or why not. */
export type PresetResult =
  { ok: true; chart: NewChart; firstTask: string | undefined } | { ok: false; message: string };

const sameName = (a: string, b: string) => plain(a).toLowerCase() === plain(b).toLowerCase();

/**
 * Adds a preset's tasks at the end, with their letters. A preset role whose name the chart
 * already has (ignoring case and spacing) is that role; the others are added. Refused whole,
 * with a message, when the tasks or new roles do not fit the limits.
 */
export function addPreset(
  chart: Chart,
  preset: Preset,
  limits: { tasks: number; roles: number },
  newId: (taken: readonly { id: string }[], prefix: string) => string,
): PresetResult {
  const roles = [...chart.roles];
  const roleIds = new Map<string, string>();
  const added: RaciRole[] = [];
  for (const pr of preset.roles) {
    const found = roles.find((r) => sameName(r.name, pr.name));
    if (found) roleIds.set(pr.name, found.id);
    else {
      const role = { id: newId(roles, 'r-'), name: pr.name, vendor: pr.vendor };
      roles.push(role);
      added.push(role);
      roleIds.set(pr.name, role.id);
    }
  }
  const tooMany = chart.tasks.length + preset.tasks.length > limits.tasks || roles.length > limits.roles;
  if (tooMany)
    return {
      ok: false,
      message: `The ${preset.label.toLowerCase()} preset adds ${plural(preset.tasks.length, 'task', 'tasks')} and ${plural(added.length, 'role', 'roles')}, but you can have at most ${limits.tasks} tasks and ${limits.roles} roles. Remove some before adding it.`,
    };
  const tasks = [...chart.tasks];
  const cells = { ...chart.cells } as Record<string, Record<string, Letter>>;
  let firstTask: string | undefined;
  for (const pt of preset.tasks) {
    const task = { id: newId(tasks, 't-'), name: pt.name, outsourced: pt.outsourced };
    tasks.push(task);
    firstTask ??= task.id;
    const row: Record<string, Letter> = {};
    for (const [name, letter] of Object.entries(pt.letters)) {
      const id = roleIds.get(name);
      if (id) row[id] = letter;
    }
    cells[task.id] = row;
  }
  return { ok: true, chart: { tasks, roles, cells }, firstTask };
}

/** A Markdown table cell: one line, pipes escaped, empty stays empty. */
const mdCell = (text: string) => oneLine(text).replace(/\|/g, '\\|');

/** The chart and its checks as Markdown, to paste into a contract or handover pack. */
export function raciMarkdown(raci: Raci, title = 'RACI chart'): string {
  const out: string[] = [`# ${oneLine(title)}`, ''];
  if (raci.tasks.length === 0 || raci.roles.length === 0) out.push('No tasks and roles yet.', '');
  else {
    const roleHeads = raci.roles.map((r, k) => `${mdCell(roleName(r, k + 1))}${r.vendor ? ' (vendor)' : ''}`);
    out.push(`| Task | Outsourced | ${roleHeads.join(' | ')} |`, `|---|---|${raci.roles.map(() => ':---:|').join('')}`);
    raci.tasks.forEach((t, k) => {
      const letters = raci.roles.map((r) => letterAt(raci.cells, t.id, r.id) ?? '');
      out.push(`| ${mdCell(taskName(t, k + 1))} | ${t.outsourced ? 'yes' : 'no'} | ${letters.join(' | ')} |`);
    });
    out.push('');
  }
  out.push(
    `Letters: ${LETTERS.map((l) => `${l} = ${LETTER_MEANINGS[l]}`).join('; ')}.`,
    raci.aDoesWork
      ? 'The accountable person may also do the work: a task with one A and no R passes.'
      : 'Every task needs its own R besides the A.',
    '',
    '## Checks',
    '',
  );
  const messages = checkMessages(raci, oneLine);
  if (raci.tasks.length === 0) out.push('Nothing to check yet.');
  else if (messages.length === 0)
    out.push('Every task has exactly one A and at least one R, and every role has a letter.');
  else out.push(...messages.map((m) => `- ${m.rule ? 'Fix' : 'Warning'}: ${m.text}`));
  out.push('');
  return out.join('\n');
}

/** The chart as rows for the CSV writer (which neutralises formula-like cells). */
export function raciCsvRows(raci: Raci): string[][] {
  const head = [
    'Task',
    'Outsourced',
    ...raci.roles.map((r, k) => `${roleName(r, k + 1)}${r.vendor ? ' (at the vendor)' : ''}`),
  ];
  return [
    head,
    ...raci.tasks.map((t, k) => [
      taskName(t, k + 1),
      t.outsourced ? 'yes' : 'no',
      ...raci.roles.map((r) => letterAt(raci.cells, t.id, r.id) ?? ''),
    ]),
  ];
}
