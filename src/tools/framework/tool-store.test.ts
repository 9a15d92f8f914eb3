import { beforeEach, describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { cleanStores } from 'nanostores';
import { configureStorage, $storageState, listKeys, storageEngine } from './storage';
import { createToolStore, NEWER_MESSAGE, toolKey } from './tool-store';
import { backupKeys, backupsFile } from './backups';
import type { ToolStateDef } from './record';
import { exportText, readTransfer, applyTransfer, wouldOverwrite } from './transfer';
import { vendorListDef } from './vendors';
import { useTestStorage, type TestStorage } from './test-storage';

/** Version 2 of a small tool whose version 1 stored `count` as a string. */
const def: ToolStateDef<{ count: number; note: string }> = {
  tool: 'demo',
  title: 'Demo tool',
  version: 2,
  schema: z.object({ count: z.number().check(z.gte(0)), note: z.string() }),
  initial: () => ({ count: 1, note: '' }),
  migrations: { 1: (d) => ({ count: Number((d as { count: string }).count), note: '' }) },
};
const key = toolKey('demo');
const rec = (v: number, data: unknown) => JSON.stringify({ format: 'outsource-smart', tool: 'demo', v, data });

let storage: TestStorage;
beforeEach(() => {
  storage = useTestStorage();
});

describe('createToolStore', () => {
  it('starts from the defaults and persists every change as a versioned record', () => {
    const store = createToolStore(def);
    expect(store.$state.get()).toEqual({ count: 1, note: '' });
    store.update((s) => ({ ...s, count: 5 }));
    expect(JSON.parse(storage.getItem(key)!)).toEqual({
      format: 'outsource-smart',
      tool: 'demo',
      v: 2,
      data: { count: 5, note: '' },
    });
  });

  it('reads a stored record back (a reload)', () => {
    storage.setItem(key, rec(2, { count: 7, note: 'hi' }));
    expect(createToolStore(def).$state.get()).toEqual({ count: 7, note: 'hi' });
  });

  it('migrates an old version and says so', () => {
    storage.setItem(key, rec(1, { count: '4' }));
    const store = createToolStore(def);
    expect(store.$state.get()).toEqual({ count: 4, note: '' });
    expect(store.$notice.get()?.kind).toBe('migrated');
  });

  it.each([
    ['not JSON', '{"format":'],
    ['wrong shape', rec(2, { count: -3, note: 'x' })],
    ['another tool', JSON.stringify({ format: 'outsource-smart', tool: 'raci', v: 1, data: {} })],
  ])('keeps %s aside in a backup key, tells the visitor, and starts from defaults', async (_, text) => {
    storage.setItem(key, text);
    const store = createToolStore(def);
    expect(store.$state.get()).toEqual({ count: 1, note: '' });
    expect(store.$notice.get()?.kind).toBe('recovered');
    expect(storage.getItem(`${key}:backup`)).toBe(text);
    expect(store.backupText()).toBe(text);
    await Promise.resolve();
    expect(storage.getItem(key)).toBeNull();
  });

  it('never deletes or overwrites a newer version’s record (another tab runs a newer deploy)', async () => {
    const newer = rec(9, { count: 1, note: 'from the future', extra: true });
    storage.setItem(key, newer);
    const store = createToolStore(def);
    expect(store.$state.get()).toEqual({ count: 1, note: '' });
    expect(store.$notice.get()).toEqual({ kind: 'newer', message: NEWER_MESSAGE });
    store.update((s) => ({ ...s, count: 4 }));
    store.reset();
    await Promise.resolve();
    expect(storage.getItem(key)).toBe(newer);
    expect(store.backupKeys()).toEqual([]);
    expect(store.isFrozen()).toBe(true);
  });

  it('keeps every unreadable value: a second one never overwrites the first backup', async () => {
    storage.setItem(key, 'first broken');
    const first = createToolStore(def);
    expect(first.$state.get()).toEqual({ count: 1, note: '' });
    await Promise.resolve();
    storage.setItem(key, 'second broken');
    const second = createToolStore(def);
    expect(second.$state.get()).toEqual({ count: 1, note: '' });
    expect(second.backupKeys().map((k) => storage.getItem(k))).toEqual(['first broken', 'second broken']);
    expect(second.backupText()).toBe('second broken');
    expect(JSON.parse(backupsFile(key)).backups.map((b: { text: string }) => b.text)).toEqual([
      'first broken',
      'second broken',
    ]);
  });

  it('keeps at most five copies, and says when the next one replaces the oldest', async () => {
    for (let n = 1; n <= 6; n++) {
      storage.setItem(key, `broken ${n}`);
      const store = createToolStore(def);
      store.$state.get();
      if (n === 5) expect(store.$notice.get()?.message).toMatch(/the next one will replace the oldest/);
      await Promise.resolve();
    }
    expect(backupKeys(key).map((k) => storage.getItem(k))).toEqual([
      'broken 2',
      'broken 3',
      'broken 4',
      'broken 5',
      'broken 6',
    ]);
  });

  it('reports a full storage and keeps the value in memory', () => {
    const store = createToolStore(def);
    storage.fail = 'quota';
    store.update((s) => ({ ...s, count: 9 }));
    expect($storageState.get()).toBe('full');
    expect(store.$state.get().count).toBe(9);
    expect(storageEngine()[key]).toContain('"count":9');
    storage.fail = null;
    store.update((s) => ({ ...s, count: 10 }));
    expect($storageState.get()).toBe('saved');
  });

  it('works in memory when storage is unavailable', () => {
    configureStorage('local'); // No browser storage here: the same as a browser that blocks it.
    expect($storageState.get()).toBe('memory');
    const store = createToolStore(def);
    store.update((s) => ({ ...s, note: 'kept' }));
    expect(createToolStore(def).$state.get().note).toBe('kept');
    cleanStores(store.$state);
  });

  it('tells "no storage, as the embedding page asked" apart from "blocked"', () => {
    configureStorage('none');
    expect($storageState.get()).toBe('off');
    configureStorage('local', storage);
    expect($storageState.get()).toBe('saved');
  });

  it('lists stored keys by prefix (in storage and in memory)', () => {
    storage.setItem('os:tool:a:x', '1');
    storage.setItem('os:tool:b:x', '2');
    storage.setItem('other', '3');
    storageEngine()['os:tool:c:y'] = '4';
    expect(listKeys('os:tool:').sort()).toEqual(['os:tool:a:x', 'os:tool:b:x', 'os:tool:c:y']);
    expect(Object.keys(storageEngine()).sort()).toEqual([
      'os:backup-meta',
      'os:tool:a:x',
      'os:tool:b:x',
      'os:tool:c:y',
      'other',
    ]);
  });
});

describe('transfer with companions', () => {
  it('exports and imports a tool together with the vendor list, all or nothing', () => {
    const vendors = createToolStore(vendorListDef);
    const store = createToolStore(def, { companions: [vendors as never] });
    vendors.replace({ vendors: [{ id: 'va', name: 'Acme' }] });
    store.update((s) => ({ ...s, count: 3 }));
    const text = exportText(store);

    vendors.replace({ vendors: [] });
    store.reset();
    const read = readTransfer(store, text);
    expect(read.ok).toBe(true);
    if (read.ok) {
      expect(wouldOverwrite(store, read.incoming)).toBe(false);
      applyTransfer(store, read.incoming);
    }
    expect(store.$state.get().count).toBe(3);
    expect(vendors.$state.get().vendors[0]?.name).toBe('Acme');

    // Now the visitor has values of their own: different incoming values would overwrite them.
    const other = JSON.parse(text);
    other.data.count = 5;
    const incoming = readTransfer(store, JSON.stringify(other));
    expect(incoming.ok && wouldOverwrite(store, incoming.incoming)).toBe(true);
    const renamed = JSON.parse(text);
    renamed.companions.vendors.data.vendors[0].name = 'Birch';
    const onlyVendors = readTransfer(store, JSON.stringify(renamed));
    expect(onlyVendors.ok && wouldOverwrite(store, onlyVendors.incoming)).toBe(true);
    // Identical values overwrite nothing.
    const same = readTransfer(store, text);
    expect(same.ok && wouldOverwrite(store, same.incoming)).toBe(false);

    const bad = JSON.parse(text);
    bad.companions.vendors.data.vendors[0].id = 'NOT VALID';
    const r = readTransfer(store, JSON.stringify(bad));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toMatch(/vendor list/);
  });
});
