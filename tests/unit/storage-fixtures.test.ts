/**
 * Hostile stored values, generated per stored shape from the records release 0.1 wrote: 30+
 * per shape (truncated, wrong types, "NaN", 5 MB, prototype-named ids, the past version, a
 * future version, other tools' records…). For every one: no exception, the state on screen is
 * valid, a readable value is used as is, an unreadable one is kept byte for byte in a backup,
 * and a future version is left untouched in place.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DEFINITIONS } from '../../src/tools/definitions';
import { createToolStore, toolKey } from '../../src/tools/framework/tool-store';
import { readRecord, type ToolStateDef } from '../../src/tools/framework/record';
import { useTestStorage } from '../../src/tools/framework/test-storage';
import { vendorListDef } from '../../src/tools/framework/vendors';
import { workspaceDef } from '../../src/tools/framework/engagement';

const fixture = JSON.parse(readFileSync('tests/fixtures/stored/release-0.1.json', 'utf8')) as {
  storage: Record<string, string>;
};

/** 30+ variants of a valid record's text. */
function hostile(valid: string, tool: string): string[] {
  const rec = JSON.parse(valid);
  const data = rec.data;
  const firstKey = Object.keys(data)[0]!;
  const withData = (d: unknown, extra: object = {}) => JSON.stringify({ ...rec, data: d, ...extra });
  const cuts = [1, 5, 10, 20, 40, 60, 80, 95].map((p) => valid.slice(0, Math.floor((valid.length * p) / 100)));
  return [
    valid,
    ...cuts,
    '',
    'null',
    '[]',
    '"text"',
    '42',
    'NaN',
    '{"format":"outsource-smart"}',
    JSON.stringify({ ...rec, v: 0 }),
    JSON.stringify({ ...rec, v: 1.5 }),
    JSON.stringify({ ...rec, v: '1' }),
    JSON.stringify({ ...rec, v: 99 }), // a future version
    JSON.stringify({ ...rec, tool: 'raci' }),
    JSON.stringify({ ...rec, format: 'other' }),
    withData(null),
    withData([]),
    withData('NaN'),
    withData({ ...data, [firstKey]: 'NaN' }),
    withData({ ...data, [firstKey]: null }),
    withData({ ...data, [firstKey]: 1e400 }),
    withData({ ...data, [firstKey]: -0 }),
    withData({ ...data, [firstKey]: { constructor: 5, tostring: 1 } }),
    withData({ ...data, extra: 'x'.repeat(5 * 1024 * 1024) }),
    valid.replace(/"[a-z0-9-]{2,}":/, '"__proto__":'),
    valid.replace(/"[a-z0-9-]{2,}":/, '"constructor":'),
    withData(data, { companions: 'x' }),
    valid.replace(tool, tool.toUpperCase()),
  ];
}

const shapes: [string, ToolStateDef<unknown>, string][] = [
  ...Object.values(DEFINITIONS).map(
    // Tools of release 0.1 from the captured records; later tools from their own initial state.
    (d) =>
      [
        d!.tool,
        d!,
        fixture.storage[toolKey(d!.tool)] ??
          JSON.stringify({ format: 'outsource-smart', tool: d!.tool, v: d!.version, data: d!.initial() }),
      ] as [string, ToolStateDef<unknown>, string],
  ),
  ['vendors', vendorListDef as ToolStateDef<unknown>, fixture.storage[toolKey('vendors')]!],
  [
    'workspace',
    workspaceDef as ToolStateDef<unknown>,
    JSON.stringify({ format: 'outsource-smart', tool: 'workspace', v: 1, data: workspaceDef.initial() }),
  ],
];

let count = 0;
describe.each(shapes)('stored %s', (tool, def, valid) => {
  const cases = hostile(valid, tool);
  it(`survives ${cases.length} hostile values`, async () => {
    expect(cases.length).toBeGreaterThanOrEqual(30);
    for (const text of cases) {
      const storage = useTestStorage();
      const key = toolKey(tool, `e${count++}`);
      storage.setItem(key, text);
      const store = createToolStore(def, { key });
      const state = store.$state.get();
      expect(def.schema.safeParse(state).success, `state valid after ${text.slice(0, 60)}`).toBe(true);
      const read = readRecord(def, text);
      await Promise.resolve();
      if (read.ok) {
        expect(state).toEqual(read.state);
        expect(JSON.stringify(state)).not.toContain('"-0"');
      } else if (read.newer) {
        expect(storage.getItem(key)).toBe(text);
        expect(store.isFrozen()).toBe(true);
      } else {
        expect(store.backupKeys().map((k) => storage.getItem(k))).toEqual([text]);
        expect(store.$notice.get()?.kind).toBe('recovered');
      }
    }
  });
});
