/**
 * Whole-workspace backup keeps everything (issue 18): for generated states of every tool's
 * stored shape (and the vendor list), in two engagements, "Export workspace" then "Import
 * workspace" gives back the same records, byte for byte once parsed, and the same engagements.
 */
import { LazySchema } from '../../src/tools/framework/lazy-schema';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { DEFINITIONS } from '../../src/tools/definitions';
import type { ToolDefinition } from '../../src/tools/framework/define';
import { workspaceDef } from '../../src/tools/framework/engagement';
import { toRecord, type ToolStateDef } from '../../src/tools/framework/record';
import { toolKey } from '../../src/tools/framework/tool-store';
import { exportWorkspace, readWorkspaceFile, shapes } from '../../src/workspace/workspace-file';
import { arbitraryOf } from './support/zod-arbitrary';

const defs = Object.values(DEFINITIONS) as ToolDefinition<unknown>[];
const settings = { locale: 'de-DE', currency: 'EUR' };
const w = {
  current: 'default',
  engagements: [
    { id: 'default', name: 'Bookkeeping' },
    { id: 'support', name: 'Kundendienst “2027”' },
  ],
};

/** Valid states of a stored shape (what the walker cannot see, e.g. cross-field rules, filtered). */
const statesOf = (def: ToolStateDef<unknown>) =>
  (
    arbitraryOf(
      (def.schema instanceof LazySchema ? def.schema.resolve() : def.schema) as never,
    ) as fc.Arbitrary<unknown>
  )
    .map((s) => JSON.parse(JSON.stringify(s)) as unknown)
    .filter((s) => def.schema.safeParse(s).success);

describe('workspace export → import round trip (property, every tool)', () => {
  const all = [...shapes(defs).values()];
  it('covers every built tool and the vendor list', () => {
    expect(all.length).toBe(defs.length + 1);
    expect(all.length).toBeGreaterThanOrEqual(14);
  });

  it.each(all.map((d) => [d.tool, d] as const))('%s: the generator makes varied states, not one', (_id, def) => {
    const samples = fc.sample(statesOf(def), { numRuns: 12, seed: 7 }).map((s) => JSON.stringify(s));
    expect(new Set(samples).size).toBeGreaterThanOrEqual(4);
  });

  it.each(all.map((d) => [d.tool, d] as const))('%s: generated states come back unchanged', (_id, def) => {
    fc.assert(
      fc.property(statesOf(def), statesOf(def), (a, b) => {
        const store: Record<string, string> = {
          [toolKey(def.tool, 'default')]: JSON.stringify(toRecord(def, a)),
          [toolKey(def.tool, 'support')]: JSON.stringify(toRecord(def, b)),
        };
        const text = exportWorkspace(defs, w, settings, (k) => store[k]);
        const r = readWorkspaceFile(defs, text, workspaceDef.initial(), 'replace');
        if (!r.ok) throw new Error(r.message);
        expect(r.result.workspace.engagements).toEqual(w.engagements);
        expect(r.result.settings).toEqual(settings);
        expect(Object.keys(r.result.records).sort()).toEqual(Object.keys(store).sort());
        for (const [k, v] of Object.entries(store)) expect(JSON.parse(r.result.records[k]!)).toEqual(JSON.parse(v));
      }),
      { numRuns: 25 },
    );
  });
});
