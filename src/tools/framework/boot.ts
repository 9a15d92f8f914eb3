/**
 * Imported first by every tool store: picks the storage before any persistent store reads
 * it. The embed page sets `data-storage` on <html> (local, session or none); pages default
 * to local storage.
 */
import { configureStorage, type StorageMode } from './storage';

const requested = typeof document === 'undefined' ? 'local' : document.documentElement.dataset.storage;
configureStorage(requested === 'session' || requested === 'none' ? (requested as StorageMode) : 'local');
