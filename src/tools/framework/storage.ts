/**
 * Where tool data is kept, and what went wrong with it. Browsers can block storage
 * (SecurityError in sandboxed or partitioned iframes, some private modes) or run out of
 * room (QuotaExceededError). Tools must keep working in memory and say so, so every write
 * goes through this engine, which never throws and reports its state in `$storageState`.
 */
import { atom } from 'nanostores';
import { setPersistentEngine, windowPersistentEvents } from '@nanostores/persistent';
import { loadSchemas } from './load-schemas';
import { schemasLoaded } from './lazy-schema';

/** Where values are kept: the browser's local storage, this tab's session, or nowhere. */
export type StorageMode = 'local' | 'session' | 'none';

/**
 * `saved`: stored in the chosen storage. `memory`: the browser blocks storage here, values
 * last only for this page. `off`: the embedding page asked for no storage (`storage=none`),
 * values last only for this page. `full`: the last write failed for lack of room (values on screen
 * are kept, the stored copy is older).
 */
export type StorageState = 'saved' | 'memory' | 'off' | 'full';

/** The current storage state, shown by every tool. */
export const $storageState = atom<StorageState>('saved');

/** Returns the storage of that kind if it can be read and written here, else undefined. */
export function probeStorage(mode: StorageMode): Storage | undefined {
  if (mode === 'none' || typeof window === 'undefined') return undefined;
  try {
    const s = mode === 'local' ? window.localStorage : window.sessionStorage;
    s.setItem('os:probe', '1');
    s.removeItem('os:probe');
    return s;
  } catch {
    return undefined;
  }
}

/** True for the DOMException browsers throw when storage is full. */
function isQuotaError(e: unknown): boolean {
  return e instanceof DOMException && (e.name === 'QuotaExceededError' || e.code === 22);
}

/**
 * A key/value engine for @nanostores/persistent: reads and writes `storage` when it works,
 * and always keeps a copy in memory, so a failed write loses nothing on screen.
 */
export function createEngine(storage: Storage | undefined): Record<string, string> {
  const memory: Record<string, string> = {};
  const read = (key: string): string | undefined => {
    if (key in memory) return memory[key];
    try {
      return storage?.getItem(key) ?? undefined;
    } catch {
      return undefined;
    }
  };
  /** Keys in storage and in memory (storage first), without duplicates. */
  const keys = (): string[] => {
    const found = new Set<string>();
    try {
      for (let i = 0; storage && i < storage.length; i++) {
        const k = storage.key(i);
        if (k !== null) found.add(k);
      }
    } catch {
      // Storage went away while listing; the memory copy still counts.
    }
    for (const k of Object.keys(memory)) found.add(k);
    return [...found];
  };
  return new Proxy(memory, {
    ownKeys: () => keys(),
    getOwnPropertyDescriptor: (_, key) => {
      const value = typeof key === 'string' ? read(key) : undefined;
      return value === undefined ? undefined : { value, writable: true, enumerable: true, configurable: true };
    },
    get: (_, key) => (typeof key === 'string' ? read(key) : undefined),
    has: (_, key) => typeof key === 'string' && read(key) !== undefined,
    set(_, key, value: string) {
      if (typeof key !== 'string') return true;
      memory[key] = value;
      if (!storage) return true;
      try {
        storage.setItem(key, value);
        delete memory[key]; // Stored: let other tabs' changes show through from now on.
        if ($storageState.get() === 'full') $storageState.set('saved');
        if (key.startsWith('os:tool:')) afterSave(storage);
      } catch (e) {
        $storageState.set(isQuotaError(e) ? 'full' : 'memory');
      }
      return true;
    },
    deleteProperty(_, key) {
      if (typeof key !== 'string') return true;
      delete memory[key];
      try {
        storage?.removeItem(key);
      } catch {
        // Nothing stored that we could remove; the memory copy is gone either way.
      }
      return true;
    },
  });
}

/** Set on the first save of a page: the browser was asked to keep the site's storage. */
let askedToPersist = false;

/** Key of the backup reminder's bookkeeping: when changes began that no export has covered. */
export const BACKUP_META_KEY = 'os:backup-meta';

/**
 * After a tool's value is saved: ask once per page for persistent storage (so the browser does
 * not clear it to free space), and note when unexported changes began (the backup reminder).
 */
function afterSave(storage: Storage): void {
  if (!askedToPersist && typeof navigator !== 'undefined') {
    askedToPersist = true;
    // Asked after the edit's frame: the request is the browser's business, not the keystroke's.
    setTimeout(() => void navigator.storage?.persist?.().catch(() => undefined), 0);
  }
  try {
    const meta = JSON.parse(storage.getItem(BACKUP_META_KEY) ?? '{}') as { changedSince?: unknown };
    if (typeof meta.changedSince !== 'number')
      storage.setItem(BACKUP_META_KEY, JSON.stringify({ ...meta, changedSince: Date.now() }));
  } catch {
    storage.setItem(BACKUP_META_KEY, JSON.stringify({ changedSince: Date.now() }));
  }
}

const noEvents = { addEventListener() {}, removeEventListener() {} };

type Events = typeof windowPersistentEvents;

/**
 * Another tab's change (or a page restored from the back/forward cache) is read only once the
 * schemas are loaded: a first visit's page has not loaded them (lazy-schema.ts).
 */
function afterSchemas(events: Events): Events {
  const wrapped = new WeakMap<object, never>();
  const wrap = <A extends unknown[]>(f: (...args: A) => void): ((...args: A) => void) => {
    let w: ((...args: A) => void) | undefined = wrapped.get(f);
    if (!w) {
      w = (...args: A) => (schemasLoaded() ? f(...args) : void loadSchemas().then(() => f(...args)));
      wrapped.set(f, w as never);
    }
    return w;
  };
  return {
    addEventListener: (key, listener, restore) => events.addEventListener(key, wrap(listener), wrap(restore)),
    removeEventListener: (key, listener, restore) => events.removeEventListener(key, wrap(listener), wrap(restore)),
  };
}

let engine: Record<string, string> = createEngine(undefined);

/** The engine in use (also for reading keys that are not stores, such as backups). */
export function storageEngine(): Record<string, string> {
  return engine;
}

/** Every stored key that starts with `prefix` (e.g. `os:tool:` to enumerate engagements). */
export function listKeys(prefix: string): string[] {
  return Object.keys(engine).filter((k) => k.startsWith(prefix));
}

/** The storage mode chosen by `configureStorage`. */
let currentMode: StorageMode = 'local';
/** Where values go on this page: local, session or none (embeds may ask for the last two). */
export function storageMode(): StorageMode {
  return currentMode;
}

/**
 * Chooses where values go. Must run before any tool store is created (framework/boot.ts
 * does it on import). Embeds pass their `storage` option; pages use local storage; tests
 * pass a Storage of their own.
 */
export function configureStorage(mode: StorageMode, given?: Storage): void {
  const storage = given ?? probeStorage(mode);
  currentMode = mode;
  engine = createEngine(storage);
  $storageState.set(storage ? 'saved' : mode === 'none' ? 'off' : 'memory');
  const crossTab = storage && mode === 'local' && typeof window !== 'undefined';
  setPersistentEngine(engine, crossTab ? afterSchemas(windowPersistentEvents) : noEvents);
}
