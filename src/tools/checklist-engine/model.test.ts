import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { checklistSchema } from '../../schemas/checklist';
import { csvCell } from '../framework/csv';
import { schema as checklistStateSchema } from './schema';
import {
  allItems,
  nextStep,
  openCritical,
  progress,
  pruneAnswers,
  toCsvText,
  toMarkdown,
  type ChecklistAnswers,
  type ChecklistData,
} from './model';

const file = {
  tool: 'due-diligence',
  title: 'Test checklist',
  summary: 'A small checklist used by the tests.',
  sections: [
    {
      id: 'basics',
      title: 'Basics',
      items: [
        { id: 'refs', text: 'Call two references', why: 'References show real results.', critical: true },
        { id: 'dpa', text: 'Sign a data processing agreement', why: 'The law asks for one.', critical: true },
        { id: 'ins', text: 'See proof of insurance', why: 'Mistakes happen to everyone.', detail: ['Ask for limits'] },
      ],
    },
    {
      id: 'more',
      title: 'More',
      items: [{ id: 'iso', text: 'Ask for ISO 27001 or SOC 2', why: 'Independent audits beat promises.' }],
    },
  ],
};
const list: ChecklistData = { ...checklistSchema.parse(file), id: 'test' };

describe('checklist schema', () => {
  it('fills defaults', () => {
    expect(list.perVendor).toBe(false);
    expect(list.statusLabels).toEqual({ done: 'Done', na: 'Not applicable', todo: 'To do' });
    expect(allItems(list)[2]!.critical).toBe(false);
  });

  it.each([
    [
      'a duplicate item id',
      { ...file, sections: [file.sections[0], { ...file.sections[1], items: [file.sections[0]!.items[0]] }] },
      /duplicate item id "refs"/,
    ],
    [
      'an id with spaces',
      { ...file, sections: [{ ...file.sections[0], id: 'Bad Id' }] },
      /lower-case words joined by hyphens/,
    ],
    ['a section without items', { ...file, sections: [{ id: 'x', title: 'Empty', items: [] }] }, /sections\.0\.items/],
    ['an unknown tool', { ...file, tool: 'nope' }, /tool/],
  ])('rejects %s with a clear error', (_, bad, message) => {
    const r = checklistSchema.safeParse(bad);
    expect(r.success).toBe(false);
    if (!r.success) expect(r.error.issues.map((i) => `${i.path.join('.')} ${i.message}`).join('; ')).toMatch(message);
  });
});

describe('progress', () => {
  it.each<[string, ChecklistAnswers, { done: number; total: number; na: number; todo: number }]>([
    // Nothing answered: 0 done of 4 items, all to do.
    ['nothing answered', {}, { done: 0, total: 4, na: 0, todo: 4 }],
    // refs done, iso n/a: total = 4 − 1 n/a = 3; done 1.
    [
      'one done, one n/a',
      { refs: { status: 'done', note: '' }, iso: { status: 'na', note: '' } },
      { done: 1, total: 3, na: 1, todo: 2 },
    ],
    // All n/a: 0 of 0 (never a division).
    [
      'all n/a',
      Object.fromEntries(['refs', 'dpa', 'ins', 'iso'].map((id) => [id, { status: 'na', note: '' }])),
      { done: 0, total: 0, na: 4, todo: 0 },
    ],
  ])('%s', (_, answers, expected) => {
    expect(progress(list, answers)).toEqual(expected);
  });

  it('lists open critical items at the top, in order', () => {
    expect(openCritical(list, {}).map((i) => i.id)).toEqual(['refs', 'dpa']);
    expect(openCritical(list, { refs: { status: 'done', note: '' } }).map((i) => i.id)).toEqual(['dpa']);
    expect(openCritical(list, { refs: { status: 'na', note: '' }, dpa: { status: 'done', note: '' } })).toEqual([]);
  });

  it('done + to do + n/a always equals the number of items; done ≤ total (property)', () => {
    const status = fc.constantFrom('done', 'na', 'todo') as fc.Arbitrary<'done' | 'na' | 'todo'>;
    const ids = fc.constantFrom('refs', 'dpa', 'ins', 'iso', 'gone', 'other');
    fc.assert(
      fc.property(fc.dictionary(ids, fc.record({ status, note: fc.string() })), (answers) => {
        const p = progress(list, answers);
        expect(p.done + p.todo + p.na).toBe(4);
        expect(p.done).toBeLessThanOrEqual(p.total);
      }),
    );
  });
});

describe('next step', () => {
  const signing: ChecklistData = { ...list, milestone: 'signing the contract' };
  const done = { status: 'done' as const, note: '' };
  const na = { status: 'na' as const, note: '' };
  it('names the critical items that block the milestone, and counts the rest', () => {
    const r = nextStep(signing, { refs: done });
    expect(r.state).toBe('blocked');
    expect(r.blockers.map((i) => i.id)).toEqual(['dpa']);
    expect(r.text).toBe(
      'Not ready for signing the contract: settle the critical item below first, then the 2 items still to do.',
    );
    expect(nextStep(signing, {}).text).toMatch(
      /^Not ready for signing the contract: settle the 2 critical items below first, then the 2 items/,
    );
  });
  it('says nothing blocks once the critical items are settled (n/a counts as settled)', () => {
    const r = nextStep(signing, { refs: done, dpa: na, iso: done });
    expect(r).toMatchObject({ state: 'open', blockers: [] });
    expect(r.text).toBe(
      'No critical item blocks signing the contract. 1 item still to do: settle each or mark it not applicable, so that nothing is left to chance.',
    );
  });
  it('is ready when every item is settled', () => {
    expect(nextStep(signing, { refs: done, dpa: done, ins: na, iso: done })).toMatchObject({
      state: 'ready',
      text: 'Every item is settled: ready for signing the contract.',
    });
  });
});

describe('answers are keyed by stable ids', () => {
  const answers: ChecklistAnswers = {
    refs: { status: 'done', note: 'Both called' },
    ins: { status: 'na', note: '' },
    iso: { status: 'done', note: 'SOC 2 type II seen' },
  };

  it('editing an item’s text keeps its answer', () => {
    const edited = structuredClone(list);
    edited.sections[0]!.items[0]!.text = 'Phone at least two references yourself';
    expect(progress(edited, answers)).toEqual(progress(list, answers));
    expect(toMarkdown(edited, answers)).toContain('Phone at least two references yourself');
  });

  it('removing an item drops only its answer; adding one starts it as to do', () => {
    const edited = structuredClone(list);
    edited.sections[1]!.items = [{ ...edited.sections[1]!.items[0]!, id: 'soc2', text: 'Ask for a SOC 2 report' }];
    expect(pruneAnswers(edited, answers)).toEqual({ refs: answers.refs, ins: answers.ins });
    // refs done; ins n/a; dpa and the new soc2 to do → 1 of 3.
    expect(progress(edited, answers)).toEqual({ done: 1, total: 3, na: 1, todo: 2 });
  });

  it('stored state with answers to unknown items still validates (nothing crashes on old data)', () => {
    expect(
      checklistStateSchema.safeParse({ vendor: null, lists: { test: { all: { gone: { status: 'done', note: '' } } } } })
        .success,
    ).toBe(true);
    expect(
      checklistStateSchema.safeParse({ vendor: null, lists: { test: { all: { x: { status: 'maybe', note: '' } } } } })
        .success,
    ).toBe(false);
  });
});

describe('exports', () => {
  const answers: ChecklistAnswers = {
    refs: { status: 'done', note: '=HYPERLINK("http://evil")' },
    ins: { status: 'todo', note: 'Ask broker, "urgent"' },
    iso: { status: 'na', note: '' },
  };

  it('Markdown groups agreed, open and n/a items, with open detail lines and critical items first', () => {
    const md = toMarkdown(list, answers, 'Acme Ltd');
    expect(md).toContain('# Test checklist — Acme Ltd');
    expect(md).toContain('Progress: 1 of 3 done (1 not applicable).');
    expect(md).toMatch(/## Critical items still open\n\n- Sign a data processing agreement\n/);
    expect(md).toMatch(/## Done \(1\)\n\n- \*\*Critical:\*\* Call two references\n {2}- Note: =HYPERLINK/);
    expect(md).toMatch(
      /## To do \(2\)[\s\S]*- See proof of insurance\n {2}- Note: Ask broker, "urgent"\n {2}- Ask for limits/,
    );
    expect(md).toMatch(/## Not applicable \(1\)\n\n- Ask for ISO 27001 or SOC 2/);
  });

  it('CSV quotes every field and neutralises formulas', () => {
    const csv = toCsvText(list, answers, 'Acme Ltd').split('\r\n');
    expect(csv[0]).toBe('"Vendor","Section","Item","Critical","Answer","Note"');
    expect(csv[1]).toBe('"Acme Ltd","Basics","Call two references","yes","Done","\'=HYPERLINK(""http://evil"")"');
    expect(csv[3]).toContain('"Ask broker, ""urgent"""');
  });

  it.each([
    ['=1+1', `"'=1+1"`],
    ['+44 20 7946 0000', `"'+44 20 7946 0000"`],
    ['-5', `"'-5"`],
    ['@SUM(A1)', `"'@SUM(A1)"`],
    ['\tx', `"'\tx"`],
    ['\rx', `"'\rx"`],
    ['plain, with comma', '"plain, with comma"'],
    ['say "hi"', '"say ""hi"""'],
    ['', '""'],
  ])('csvCell(%j) is %s', (input, output) => {
    expect(csvCell(input)).toBe(output);
  });

  it('no CSV cell ever starts with a formula character once unquoted (property)', () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        const cell = csvCell(s);
        expect(cell.startsWith('"') && cell.endsWith('"')).toBe(true);
        expect(/^[=+\-@\t\r]/.test(cell.slice(1, -1).replace(/""/g, '"'))).toBe(false);
      }),
    );
  });
});
