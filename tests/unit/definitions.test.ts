/**
 * Every tool's declaration: its guides exist, its stored shape accepts its own initial state,
 * the offer kinds it names are those its on-demand `accepts` code takes, per-vendor engine
 * tools name the vendor list as companion exactly when their data file is per vendor, and the
 * dashboard summary says nothing for a new visitor.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DEFINITIONS, builtToolIds } from '../../src/tools/definitions';

const ids = builtToolIds();
const perVendorInData = (id: string): boolean | undefined => {
  const q = `content/questionnaires/${id}.json`;
  if (existsSync(q)) return JSON.parse(readFileSync(q, 'utf8')).perVendor === true;
  const lists = readdirSync('content/checklists')
    .map((f) => JSON.parse(readFileSync(`content/checklists/${f}`, 'utf8')))
    .filter((c) => c.tool === id);
  return lists.length ? lists.some((c) => c.perVendor === true) : undefined;
};

describe.each(ids)('the declaration of %s', (id) => {
  const def = DEFINITIONS[id]!;

  it('links guides that exist', () => {
    expect(def.guides.length).toBeGreaterThan(0);
    expect(def.guides.filter((g) => !existsSync(`content/guides/${g}.mdx`))).toEqual([]);
  });

  it('accepts its own initial state, and summarises it as nothing yet', () => {
    expect(def.schema.safeParse(def.initial()).success).toBe(true);
    expect(def.summary?.(def.initial(), { companions: { vendors: { vendors: [] } } }) ?? null).toBeNull();
  });

  it('names the offer kinds it accepts as its on-demand code does, in the same order', async () => {
    if (!def.accepts) return; // Takes no offers.
    expect((await def.accepts.load()).map((a) => a.kind)).toEqual(def.accepts.kinds);
  });

  it('has the vendor list as companion exactly when its data is per vendor', () => {
    const inData = perVendorInData(id);
    if (inData === undefined) return; // Not an engine tool: its own view decides.
    expect((def.companions ?? []).some((c) => c.tool === 'vendors')).toBe(inData);
  });
});
