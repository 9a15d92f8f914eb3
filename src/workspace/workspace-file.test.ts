import { describe, expect, it } from 'vitest';
import { DEFINITIONS } from '../tools/definitions';
import type { ToolDefinition } from '../tools/framework/define';
import { workspaceDef } from '../tools/framework/engagement';
import { exportWorkspace, readWorkspaceFile } from './workspace-file';
import { engagementStatus, nextStep } from './plan-model';

const defs = Object.values(DEFINITIONS) as ToolDefinition<unknown>[];
const settings = { locale: 'en-GB', currency: 'GBP' };
const w = {
  current: 'default',
  engagements: [
    { id: 'default', name: 'Bookkeeping' },
    { id: 'support-ab', name: 'Customer support' },
  ],
};
const tc = DEFINITIONS['total-cost']!.initial() as { values: Record<string, number> };
const store: Record<string, string> = {
  'os:tool:default:total-cost': JSON.stringify({
    format: 'outsource-smart',
    tool: 'total-cost',
    v: 1,
    data: { ...tc, values: { ...tc.values, salary: 42000 } },
  }),
  'os:tool:support-ab:readiness': JSON.stringify({
    format: 'outsource-smart',
    tool: 'readiness',
    v: 1,
    data: { vendor: null, answers: { all: { 'written-outcomes': 'yes' } } },
  }),
  'os:tool:support-ab:vendors': JSON.stringify({
    format: 'outsource-smart',
    tool: 'vendors',
    v: 1,
    data: { vendors: [{ id: 'va', name: 'Acme' }] },
  }),
};
const read = (k: string) => store[k];

describe('workspace file', () => {
  it('round-trips every engagement and record (replace)', () => {
    const text = exportWorkspace(defs, w, settings, read);
    const r = readWorkspaceFile(defs, text, workspaceDef.initial(), 'replace');
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.result.workspace.engagements).toEqual(w.engagements);
    for (const [k, v] of Object.entries(store)) expect(JSON.parse(r.result.records[k]!)).toEqual(JSON.parse(v));
    expect(r.result.settings).toEqual(settings);
  });

  it('adds beside existing engagements without clashing ids or names', () => {
    const text = exportWorkspace(defs, w, settings, read);
    const r = readWorkspaceFile(defs, text, w, 'add');
    expect(r.ok && r.result.workspace.engagements.map((e) => e.name)).toEqual([
      'Bookkeeping',
      'Customer support',
      'Bookkeeping (2)',
      'Customer support (2)',
    ]);
    if (r.ok) expect(new Set(r.result.workspace.engagements.map((e) => e.id)).size).toBe(4);
  });

  it.each([
    ['not JSON', '{', /not valid JSON/],
    ['another format', '{"format":"x"}', /not an Outsource Smart workspace/],
    [
      'no engagements',
      '{"format":"outsource-smart-workspace","v":1,"engagements":[]}',
      /not an Outsource Smart workspace/,
    ],
    [
      'an unknown tool',
      '{"format":"outsource-smart-workspace","v":1,"engagements":[{"id":"a","name":"A","tools":{"nope":{}}}]}',
      /Engagement “A”: the tool “nope”/,
    ],
    [
      'a bad field',
      JSON.stringify({
        format: 'outsource-smart-workspace',
        v: 1,
        engagements: [
          {
            id: 'a',
            name: 'Payroll',
            tools: {
              'total-cost': {
                format: 'outsource-smart',
                tool: 'total-cost',
                v: 1,
                data: { ...tc, values: { ...tc.values, fte: 'NaN' } },
              },
            },
          },
        ],
      }),
      /Engagement “Payroll”, Total cost of engagement tool: .*FTE/,
    ],
  ])('rejects %s with a message naming what failed', (_, text, message) => {
    const r = readWorkspaceFile(defs, text, w, 'replace');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toMatch(message);
  });
});

describe('plan model', () => {
  const tools = defs.map((d) => ({ id: d.tool, title: d.title, stage: 1, def: d }));
  it('a started tool shows its summary; the next step is the first stage with nothing started', () => {
    const s = engagementStatus(tools, read, 'default');
    expect(s.find((x) => x.id === 'total-cost')).toMatchObject({ started: true, unreadable: false });
    expect(s.find((x) => x.id === 'total-cost')!.summary).toMatch(/^Over 36 months outsourcing/);
    expect(s.find((x) => x.id === 'readiness')!.started).toBe(false);
    expect(nextStep(s)).toBeNull(); // Everything here is stage 1, and it has begun.
    expect(nextStep(engagementStatus(tools, () => undefined, 'x'))?.id).toBe(tools[0]!.id);
  });
});
