/**
 * The one fake browser storage of the unit tests: a Storage backed by a Map that can be told
 * to fail like a full (`quota`) or blocked (`blocked`) browser store. `useTestStorage()` gives
 * every test a fresh one, configured as the site's local storage.
 */
import { configureStorage } from './storage';

/** A Storage backed by a Map. */
export class TestStorage implements Storage {
  map = new Map<string, string>();
  fail: 'quota' | 'blocked' | null = null;
  get length() {
    return this.map.size;
  }
  clear() {
    this.map.clear();
  }
  getItem(k: string) {
    if (this.fail === 'blocked') throw new DOMException('blocked', 'SecurityError');
    return this.map.get(k) ?? null;
  }
  key(i: number) {
    return [...this.map.keys()][i] ?? null;
  }
  removeItem(k: string) {
    this.map.delete(k);
  }
  setItem(k: string, v: string) {
    if (this.fail === 'quota') throw new DOMException('full', 'QuotaExceededError');
    if (this.fail === 'blocked') throw new DOMException('blocked', 'SecurityError');
    this.map.set(k, v);
  }
}

/** A fresh TestStorage, made the site's local storage (call in beforeEach). */
export function useTestStorage(initial: Record<string, string> = {}): TestStorage {
  const storage = new TestStorage();
  for (const [k, v] of Object.entries(initial)) storage.map.set(k, v);
  configureStorage('local', storage);
  return storage;
}
