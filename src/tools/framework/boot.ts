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
 * with its schema ready; nothing on a first visit, whose page never loads them (lazy-schema.ts).
 * The await sits in the island's own module, not here: a module that waits at its top level
 * for a chunk that imports it would wait forever, and the schemas' chunk imports this one.
 */
export function schemasReady(): Promise<void> {
  return storedHere() ? loadSchemas() : Promise.resolve();
}

/** Whether this site has stored anything in this browser (a returning visitor). */
export function storedHere(): boolean {
  return listKeys('os:').length > 0;
}
