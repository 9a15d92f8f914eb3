/**
 * Imported first by every tool store: picks the storage before any persistent store reads
 * it. The embed page sets `data-storage` on <html> (local, session or none); pages default
 * to local storage.
 */
import { configureStorage, listKeys, type StorageMode } from './storage';
import { loadSchemas } from './load-schemas';

const requested = typeof document === 'undefined' ? 'local' : document.documentElement.dataset.storage;
configureStorage(requested === 'session' || requested === 'none' ? (requested as StorageMode) : 'local');

/**
 * What a tool's island module awaits at its top level, before it renders: the schemas, when
 * this site has stored anything here (a returning visitor), so every store reads its data
 * with its schema ready; nothing on a first visit, whose page never loads them (lazy-schema.ts);
 * and the shell's parts registered with waitBeforeRender.
 * The await sits in the island's own module, not here: a module that waits at its top level
 * for a chunk that imports it would wait forever, and the schemas' chunk imports this one.
 */
export function schemasReady(): Promise<void> {
  return Promise.all([storedHere() ? loadSchemas() : undefined, ...beforeRender]).then(() => undefined);
}

/** What else the islands' first render waits for (ToolShell's toolbar, see waitBeforeRender). */
const beforeRender: Promise<unknown>[] = [];

/**
 * Makes every tool island's first render wait for `ready` too: for a part of the shared shell
 * that loads on demand (ui/deferred.tsx), which a returning visitor's island renders at once.
 * Called at the top level of a module the islands import, so it is registered before they wait.
 */
export function waitBeforeRender(ready: Promise<unknown>): void {
  beforeRender.push(ready);
}

/** Whether this site has stored anything in this browser (a returning visitor). */
export function storedHere(): boolean {
  return listKeys('os:').length > 0;
}
