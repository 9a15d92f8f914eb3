/**
 * Lazy schemas (lazy-schema.ts): before they load, a stored record is never judged — not
 * "invalid", not copied aside, not dropped — and a store reads it once they have loaded. Each
 * test gets fresh module instances (vi.resetModules), as a first visit's page has: the shared
 * setup file loads the schemas for every other test.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';

const rec = (data: unknown) => JSON.stringify({ format: 'outsource-smart', tool: 'vendors', v: 1, data });
const list = { vendors: [{ id: 'va', name: 'Acme' }] };

async function fresh() {
  vi.resetModules();
  const lazy = { ...(await import('./lazy-schema')), ...(await import('./load-schemas')) };
  const record = await import('./record');
  const { vendorListDef } = await import('./vendors');
  const { createToolStore, toolKey } = await import('./tool-store');
  const { useTestStorage } = await import('./test-storage');
  const { backupKeys } = await import('./backups');
  const { schemasReady } = await import('./boot');
  return {
    lazy,
    record,
    vendorListDef,
    createToolStore,
    key: toolKey('vendors'),
    storage: useTestStorage(),
    backupKeys,
    schemasReady,
  };
}

let m: Awaited<ReturnType<typeof fresh>>;
beforeEach(async () => {
  m = await fresh();
});

describe('lazy schemas', () => {
  it('start unloaded: a record read now is pending, with no verdict on it', () => {
    expect(m.lazy.schemasLoaded()).toBe(false);
    const r = m.record.readRecord(m.vendorListDef, rec(list));
    expect(r).toEqual({ ok: false, pending: true, message: m.record.PENDING_MESSAGE });
    // Even data that is invalid is not judged yet: the same answer.
    expect(m.record.readRecord(m.vendorListDef, rec({ vendors: 'x' }))).toMatchObject({ pending: true });
  });

  it('refuse to parse before they load (a programming error, never a silent pass)', () => {
    expect(() => m.vendorListDef.schema.safeParse(list)).toThrow(/not loaded/);
  });

  it('read a stored record once loaded: the store keeps it, copies nothing aside, then shows it', async () => {
    m.storage.setItem(m.key, rec(list));
    const store = m.createToolStore(m.vendorListDef);
    expect(store.$state.get()).toEqual({ vendors: [] });
    expect(m.storage.getItem(m.key)).toBe(rec(list)); // untouched while loading
    await m.lazy.loadSchemas();
    await Promise.resolve();
    expect(store.$state.get()).toEqual(list);
    expect(m.backupKeys(m.key)).toEqual([]);
    expect(store.$notice.get()).toBeNull();
  });

  it('keep unreadable data aside after loading, as on arrival', async () => {
    m.storage.setItem(m.key, rec({ vendors: 'x' }));
    const store = m.createToolStore(m.vendorListDef);
    await m.lazy.loadSchemas();
    await Promise.resolve();
    expect(store.$notice.get()?.kind).toBe('recovered');
    expect(m.backupKeys(m.key)).toHaveLength(1);
    expect(store.$state.get()).toEqual({ vendors: [] });
  });

  it('load for an island only when this site stored something here', async () => {
    await m.schemasReady();
    expect(m.lazy.schemasLoaded()).toBe(false);
    m.storage.setItem('os:settings', '{"locale":"en-GB","currency":"GBP"}');
    await m.schemasReady();
    expect(m.lazy.schemasLoaded()).toBe(true);
    expect(m.vendorListDef.schema.safeParse(list).success).toBe(true);
  });
});
