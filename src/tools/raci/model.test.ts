import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  addPreset,
  checkMessages,
  checkRaci,
  checkTask,
  LETTERS,
  raciCsvRows,
  raciMarkdown,
  verdict,
  type Cells,
  type Letter,
  type Raci,
  type RaciRole,
  type RaciTask,
} from './model';
import { PRESET_KEYS, PRESETS } from './presets';
import { schema as raciSchema } from './schema';
import { initialRaci, MAX_ROLES, MAX_TASKS, type RaciState } from './state';
import raciTool from './tool';
import { toCsv } from '../framework/csv';

const task = (id: string, name = id, outsourced = false): RaciTask => ({ id, name, outsourced });
const role = (id: string, name = id, vendor = false): RaciRole => ({ id, name, vendor });
const chart = (tasks: RaciTask[], roles: RaciRole[], cells: Cells, aDoesWork = false): Raci => ({
  tasks,
  roles,
  cells,
  aDoesWork,
});
const texts = (r: Raci) => checkMessages(r).map((m) => m.text);

/** Owner and office manager in-house, a vendor bookkeeper. */
const ROLES = [role('owner', 'Owner'), role('om', 'Office manager'), role('vb', 'Vendor bookkeeper', true)];

let seq = 0;
const counter = (taken: readonly { id: string }[], prefix: string) => {
  let id: string;
  do id = `${prefix}${++seq}`;
  while (taken.some((r) => r.id === id));
  return id;
};

describe('the rules, worked by hand', () => {
  it('a task with two As breaks the one-A rule, naming both', () => {
    // Payroll: Owner A, Office manager A, Vendor bookkeeper R.
    // As = [Owner, Office manager] → 2 → "many-a"; Rs = [Vendor bookkeeper] → 1 → fine.
    const r = chart([task('pay', 'Run payroll')], ROLES, { pay: { owner: 'A', om: 'A', vb: 'R' } });
    expect(checkTask(r, r.tasks[0]!)).toEqual([{ kind: 'many-a', roles: ['owner', 'om'] }]);
    expect(texts(r)).toEqual(['Run payroll has 2 As (Owner and Office manager): keep exactly one A.']);
    expect(checkRaci(r)).toMatchObject({ rules: 1, warnings: 0, emptyRoles: [] });
  });

  it('a task with no A and one with no R', () => {
    // Record: Office manager C, Vendor bookkeeper R → As 0 → "no-a"; Rs 1.
    // Approve: Owner A, Office manager C → As 1; Rs 0 and the setting is off → "no-r".
    const r = chart([task('rec', 'Record transactions'), task('appr', 'Approve payments')], ROLES, {
      rec: { om: 'C', vb: 'R' },
      appr: { owner: 'A', om: 'C' },
    });
    expect(texts(r)).toEqual([
      'Record transactions has no A: give exactly one role the A (accountable).',
      'Approve payments has no R: give at least one role the R (responsible for doing the work).',
    ]);
    expect(checkRaci(r)).toMatchObject({ rules: 2, warnings: 0 });
    expect(verdict(r)).toBe('2 tasks need a change to have exactly one A and at least one R.');
  });

  it('a lone A with the setting off fails, with the setting on passes', () => {
    // Approve: Owner A only. Off: Rs 0 → "no-r". On: Rs 0 but exactly one A → counts as the R.
    const cells = { appr: { owner: 'A' as const, om: 'I' as const, vb: 'C' as const } };
    const off = chart([task('appr', 'Approve payments')], ROLES, cells, false);
    const on = chart([task('appr', 'Approve payments')], ROLES, cells, true);
    expect(checkTask(off, off.tasks[0]!)).toEqual([{ kind: 'no-r' }]);
    expect(checkTask(on, on.tasks[0]!)).toEqual([]);
    expect(verdict(on)).toBe(
      'All 1 task passes: each has exactly one A and at least one R (or a lone A who does the work).',
    );
  });

  it('with the setting on, two As and no R still have no R (no single A to do the work)', () => {
    // As = 2 → "many-a"; Rs = 0 and As ≠ 1 → "no-r" even with the setting.
    const r = chart([task('vat', 'File VAT')], ROLES, { vat: { owner: 'A', om: 'A' } }, true);
    expect(checkTask(r, r.tasks[0]!).map((p) => p.kind)).toEqual(['many-a', 'no-r']);
    expect(texts(r)[1]).toBe('File VAT has no R and no single A to do the work: give a role the R (responsible).');
  });

  it('the A of an outsourced task at the vendor is a warning; the same task kept in-house is not', () => {
    // Reconcile (outsourced): Vendor bookkeeper A, Owner R, Office manager I.
    // As = [vb] → 1; Rs = [owner] → 1: the rules pass. vb is at the vendor and the task is outsourced → "vendor-a".
    const cells = { bank: { vb: 'A' as const, owner: 'R' as const, om: 'I' as const } };
    const out = chart([task('bank', 'Reconcile the bank', true)], ROLES, cells);
    expect(checkTask(out, out.tasks[0]!)).toEqual([{ kind: 'vendor-a', role: 'vb' }]);
    expect(texts(out)).toEqual([
      'Reconcile the bank is outsourced, but its A sits at the vendor (Vendor bookkeeper): accountability cannot be outsourced, so give the A to someone on your side.',
    ]);
    expect(checkRaci(out)).toMatchObject({ rules: 0, warnings: 1 });
    const kept = chart([task('bank', 'Reconcile the bank', false)], ROLES, cells);
    expect(checkRaci(kept)).toMatchObject({ rules: 0, warnings: 0 });
  });

  it('a role with no letters on any task is a warning; none while there are no tasks', () => {
    // Owner A, Vendor bookkeeper R on the one task; Office manager holds nothing → empty role.
    const r = chart([task('rec', 'Record transactions')], ROLES, { rec: { owner: 'A', vb: 'R' } });
    expect(checkRaci(r)).toMatchObject({ rules: 0, warnings: 1, emptyRoles: ['om'] });
    expect(texts(r)).toEqual([
      'Office manager has no letters on any task: give it a letter where it takes part, or remove it.',
    ]);
    expect(verdict(r)).toBe('All 1 task passes: each has exactly one A and at least one R. 1 warning below.');
    expect(checkRaci(chart([], ROLES, {})).emptyRoles).toEqual([]);
  });

  it('unnamed tasks and roles are called "Task N" and "Role N" in display order', () => {
    const r = chart([task('a', ''), task('b', '  ')], [role('x', ''), role('y', 'Vendor', true)], {
      a: { x: 'A', y: 'A' },
      b: { x: 'R' },
    });
    expect(texts(r)).toEqual([
      'Task 1 has 2 As (Role 1 and Vendor): keep exactly one A.',
      'Task 1 has no R: give at least one role the R (responsible for doing the work).',
      'Task 2 has no A: give exactly one role the A (accountable).',
    ]);
  });

  it('letters of removed or unknown rows, and keys like "constructor", count for nothing', () => {
    const cells = JSON.parse('{"t":{"constructor":"A","gone":"R"},"constructor":{"owner":"A"}}') as Cells;
    const r = chart([task('t', 'T'), task('constructor', 'C')], [role('owner', 'Owner')], cells);
    // Task t: no letter from a listed role → no A, no R. Task "constructor": Owner A, no R.
    expect(checkRaci(r).tasks.map((t) => t.problems.map((p) => p.kind))).toEqual([['no-a', 'no-r'], ['no-r']]);
    const hasOwn = chart([task('hasOwnProperty')], [role('toString')], {});
    expect(checkRaci(hasOwn).tasks[0]!.problems.map((p) => p.kind)).toEqual(['no-a', 'no-r']);
  });
});

describe('presets', () => {
  it.each(PRESET_KEYS)('%s passes every check, on its own and with every role lettered', (key) => {
    seq = 0;
    const r = addPreset(initialRaci(), PRESETS[key]!, { tasks: MAX_TASKS, roles: MAX_ROLES }, counter);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const raci = { ...r.chart, aDoesWork: false };
    expect(checkMessages(raci)).toEqual([]);
    // Outsourced work exists in every preset, with the A on our side.
    expect(raci.tasks.some((t) => t.outsourced)).toBe(true);
    expect(raciSchema.safeParse(raci).success).toBe(true);
  });

  it('the customer-support preset keeps the letters of the roles guide’s worked example', () => {
    const guide = readFileSync('content/guides/roles-and-responsibilities.mdx', 'utf8');
    const p = PRESETS['customer-support']!;
    // Refunds are named without the guide's example limit; scope changes get an R the guide's row lacks.
    const differ = ['Approve refunds over the limit', 'Approve changes to scope or price'];
    for (const t of p.tasks.filter((x) => !differ.includes(x.name))) {
      const line = guide.split('\n').find((l) => l.startsWith(`| ${t.name} |`));
      expect(line, t.name).toBeDefined();
      const letters = line!
        .split('|')
        .slice(2, 6)
        .map((c) => c.trim());
      expect(letters, t.name).toEqual(p.roles.map((r) => t.letters[r.name] ?? ''));
    }
  });

  it('adds after existing rows and reuses roles by name (ignoring case and spacing)', () => {
    // Bookkeeping (6 tasks, 4 roles) onto a chart that already has "owner " → 3 new roles, 6 new tasks.
    seq = 0;
    const start = {
      tasks: [task('mine', 'Mine')],
      roles: [role('r-own', 'owner ')],
      cells: { mine: { 'r-own': 'A' as const } },
    };
    const r = addPreset(start, PRESETS.bookkeeping!, { tasks: MAX_TASKS, roles: MAX_ROLES }, counter);
    if (!r.ok) throw new Error(r.message);
    expect(r.chart.roles.map((x) => x.name)).toEqual([
      'owner ',
      'Office manager',
      'Vendor account manager',
      'Vendor bookkeeper',
    ]);
    expect(r.chart.tasks).toHaveLength(7);
    expect(r.firstTask).toBe(r.chart.tasks[1]!.id);
    // "File VAT and tax returns": Owner A → the existing role r-own holds it.
    const vat = r.chart.tasks.find((t) => t.name === 'File VAT and tax returns')!;
    expect(r.chart.cells[vat.id]!['r-own']).toBe('A');
    expect(r.chart.cells.mine).toEqual({ 'r-own': 'A' });
  });

  it('is refused whole, with a message, when it does not fit', () => {
    // 26 tasks + 6 = 32 > 30.
    const tasks = Array.from({ length: 26 }, (_, k) => task(`t${k}`));
    const r = addPreset({ tasks, roles: [], cells: {} }, PRESETS.bookkeeping!, { tasks: 30, roles: 12 }, counter);
    expect(r).toEqual({
      ok: false,
      message:
        'The bookkeeping preset adds 6 tasks and 4 roles, but you can have at most 30 tasks and 12 roles. Remove some before adding it.',
    });
    // 10 roles + 4 new = 14 > 12.
    const roles = Array.from({ length: 10 }, (_, k) => role(`r${k}`));
    expect(addPreset({ tasks: [], roles, cells: {} }, PRESETS.handover!, { tasks: 30, roles: 12 }, counter).ok).toBe(
      false,
    );
  });
});

describe('exports', () => {
  const r = chart(
    [task('rec', 'Record | transactions', true), task('x', '=cmd|calc')],
    [role('om', 'Office manager'), role('vb', 'Vendor *bookkeeper*', true)],
    { rec: { om: 'A', vb: 'R' }, x: { om: 'A' } },
  );

  it('Markdown: the chart, the letters and the checks, text kept inert', () => {
    const md = raciMarkdown(r);
    expect(md).toContain('| Task | Outsourced | Office manager | Vendor \\*bookkeeper\\* (vendor) |');
    expect(md).toContain('|---|---|:---:|:---:|');
    expect(md).toContain('| Record \\| transactions | yes | A | R |');
    expect(md).toContain('| =cmd\\|calc | no | A |  |');
    expect(md).toContain('- Fix: =cmd|calc has no R');
    expect(raciMarkdown(chart([], [], {}))).toContain('No tasks and roles yet.');
  });

  it('CSV: a task named "=cmd" is neutralised', () => {
    const csv = toCsv(raciCsvRows(r));
    expect(csv.split('\r\n')[0]).toBe('"Task","Outsourced","Office manager","Vendor *bookkeeper* (at the vendor)"');
    expect(csv).toContain('"Record | transactions","yes","A","R"');
    expect(csv).toContain(`"'=cmd|calc","no","A",""`);
  });
});

describe('the declaration', () => {
  it('starts empty and says nothing on the dashboard until there are tasks', () => {
    expect(initialRaci()).toEqual({ tasks: [], roles: [], cells: {}, aDoesWork: false });
    expect(raciSchema.safeParse(initialRaci()).success).toBe(true);
    expect(raciTool.summary!(initialRaci(), { companions: {} })).toBeNull();
  });

  it('summary and report name the letters and the problems', () => {
    const s: RaciState = {
      tasks: [task('pay', 'Run payroll')],
      roles: ROLES,
      cells: { pay: { owner: 'A', om: 'A', vb: 'R' } },
      aDoesWork: false,
    };
    expect(raciTool.summary!(s, { companions: {} })).toBe('1 task, 3 roles: 1 task needs a change.');
    expect(raciTool.report!(s, { companions: {} })).toEqual({
      rows: [['Run payroll', 'R: Vendor bookkeeper; A: Owner, Office manager']],
      actions: ['Run payroll has 2 As (Owner and Office manager): keep exactly one A.'],
    });
  });

  it('refuses ids that are not slugs, duplicate ids, unknown letters and oversized lists', () => {
    const ok = { tasks: [task('t-1')], roles: [role('r-1')], cells: { 't-1': { 'r-1': 'A' } }, aDoesWork: true };
    expect(raciSchema.safeParse(ok).success).toBe(true);
    const bad = [
      { ...ok, tasks: [task('__proto__')] },
      { ...ok, tasks: [task('t-1'), task('t-1')] },
      { ...ok, cells: { 't-1': { 'r-1': 'X' } } },
      { ...ok, cells: { 'T 1': {} } },
      { ...ok, tasks: Array.from({ length: 31 }, (_, k) => task(`t${k}`)) },
      { ...ok, roles: Array.from({ length: 13 }, (_, k) => role(`r${k}`)) },
      { ...ok, tasks: [{ id: 't', name: 'x'.repeat(121), outsourced: false }] },
    ];
    for (const b of bad) expect(raciSchema.safeParse(b).success, JSON.stringify(b).slice(0, 80)).toBe(false);
  });
});

/** Arbitrary charts: up to 8 tasks and 5 roles with any letters. */
const arbRaci = fc
  .record({
    nt: fc.integer({ min: 0, max: 8 }),
    nr: fc.integer({ min: 0, max: 5 }),
    aDoesWork: fc.boolean(),
    seed: fc.array(fc.constantFrom<Letter | ''>('', ...LETTERS), { minLength: 40, maxLength: 40 }),
    outsourced: fc.array(fc.boolean(), { minLength: 8, maxLength: 8 }),
    vendor: fc.array(fc.boolean(), { minLength: 5, maxLength: 5 }),
  })
  .map(({ nt, nr, aDoesWork, seed, outsourced, vendor }): Raci => {
    const tasks = Array.from({ length: nt }, (_, k) => task(`t${k}`, `Task ${k}`, outsourced[k]!));
    const roles = Array.from({ length: nr }, (_, k) => role(`r${k}`, `Role ${k}`, vendor[k]!));
    const cells: Record<string, Record<string, Letter>> = {};
    tasks.forEach((t, i) => {
      cells[t.id] = {};
      roles.forEach((r, j) => {
        const l = seed[i * 5 + j]!;
        if (l) cells[t.id]![r.id] = l;
      });
    });
    return chart(tasks, roles, cells, aDoesWork);
  });

/** The problems as a set of "task:kind:detail" (detail = the roles named). */
const problemSet = (r: Raci) =>
  new Set([
    ...checkRaci(r).tasks.flatMap((t) =>
      t.problems.map(
        (p) => `${t.task}:${p.kind}:${'roles' in p ? [...p.roles].sort().join(',') : 'role' in p ? p.role : ''}`,
      ),
    ),
    ...checkRaci(r).emptyRoles.map((id) => `role:${id}`),
  ]);

describe('properties', () => {
  it('the set of problems never depends on the order of tasks or roles', () => {
    fc.assert(
      fc.property(arbRaci, fc.integer(), fc.integer(), (r, a, b) => {
        const shuffle = <T>(xs: readonly T[], s: number) =>
          [...xs]
            .map((x, k) => ({ x, k: (k * 7919 + s) % 101 }))
            .sort((p, q) => p.k - q.k)
            .map((p) => p.x);
        const moved = { ...r, tasks: shuffle(r.tasks, a), roles: shuffle(r.roles, b) };
        expect(problemSet(moved)).toEqual(problemSet(r));
      }),
    );
  });

  it('adding an R to a task never adds a "no R" problem (to any task)', () => {
    fc.assert(
      fc.property(arbRaci, fc.nat(), fc.nat(), (r, i, j) => {
        if (r.tasks.length === 0 || r.roles.length === 0) return;
        const t = r.tasks[i % r.tasks.length]!.id;
        const ro = r.roles[j % r.roles.length]!.id;
        // Whatever the cell held (blank, A, C, I), the task now has an R.
        const more = { ...r, cells: { ...r.cells, [t]: { ...r.cells[t], [ro]: 'R' as const } } };
        const noR = (x: Raci) => [...problemSet(x)].filter((p) => p.includes(':no-r:'));
        for (const p of noR(more)) expect(noR(r)).toContain(p);
      }),
    );
  });

  it('a task breaks no rule exactly when it has one A and an R (or a lone A doing the work)', () => {
    fc.assert(
      fc.property(arbRaci, (r) => {
        for (const c of checkRaci(r).tasks) {
          const row = Object.values(r.cells[c.task] ?? {});
          const as = row.filter((l) => l === 'A').length;
          const rs = row.filter((l) => l === 'R').length;
          const passes = as === 1 && (rs > 0 || r.aDoesWork);
          expect(c.problems.some((p) => p.kind !== 'vendor-a')).toBe(!passes);
        }
      }),
    );
  });

  it('turning the setting on never adds a problem', () => {
    fc.assert(
      fc.property(arbRaci, (r) => {
        const on = problemSet({ ...r, aDoesWork: true });
        for (const p of on) expect(problemSet({ ...r, aDoesWork: false })).toContain(p);
      }),
    );
  });

  it('a task’s problems depend on its own row only', () => {
    fc.assert(
      fc.property(arbRaci, (r) => {
        for (const t of r.tasks)
          expect(checkTask(chart([t], [...r.roles], r.cells, r.aDoesWork), t)).toEqual(checkTask(r, t));
      }),
    );
  });

  it('every message starts with its task’s or role’s name, and counts add up', () => {
    fc.assert(
      fc.property(arbRaci, (r) => {
        const m = checkMessages(r);
        const c = checkRaci(r);
        expect(m.length).toBe(c.rules + c.warnings);
        for (const x of m) expect(x.text).toMatch(/^(Task|Role) \d+ /);
        const csv = raciCsvRows(r);
        expect(csv).toHaveLength(r.tasks.length + 1);
        expect(csv.every((row) => row.length === r.roles.length + 2)).toBe(true);
      }),
    );
  });
});
