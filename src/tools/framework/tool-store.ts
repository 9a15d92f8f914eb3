/**
 * The shared store of every tool: one versioned record per tool per engagement, persisted
 * with @nanostores/persistent. Data that cannot be read is copied aside (backups.ts, one key
 * per copy) and the visitor told, with a download, never dropped. A record of a NEWER version
 * (another tab runs a newer deploy) is never deleted or overwritten: the store keeps what is
 * on screen, stops writing, and asks the visitor to reload. Views read `$state` and `$notice`
 * and call the returned actions; they never call `.set()` themselves.
 */
import './boot';
import { atom, type ReadableAtom, type WritableAtom } from 'nanostores';
import { persistentAtom } from '@nanostores/persistent';
import { readRecord, toRecord, type ToolStateDef } from './record';
import { storageEngine } from './storage';
import { backupKeys, keepBackup, MAX_BACKUPS } from './backups';
import { loadSchemas } from './load-schemas';

/** The engagement whose data a page shows. Many engagements come with the workspace. */
export const DEFAULT_ENGAGEMENT = 'default';

/** Storage key of a tool's record in an engagement. */
export function toolKey(tool: string, engagement = DEFAULT_ENGAGEMENT): string {
  return `os:tool:${engagement}:${tool}`;
}

/** Storage key of a producer tool's published offers in an engagement (see offers.ts). */
export function mailboxKey(engagement: string, tool: string): string {
  return `os:offers:${engagement}:${tool}`;
}

/** Something the visitor should know about their stored data. */
export type Notice =
  | { kind: 'recovered'; message: string; backupKey: string }
  | { kind: 'migrated'; message: string }
  | { kind: 'newer'; message: string }
  | null;

/** What a newer record says: reload, nothing was lost. */
export const NEWER_MESSAGE =
  'This tool was updated in another tab. Reload this page to see and keep working on those values; until then, changes here are not saved, so nothing of the newer version is overwritten.';

/** A tool's store and its actions. */
export interface ToolStore<S> {
  def: ToolStateDef<S>;
  key: string;
  /** Stores exported, imported and shared together with this one (e.g. the vendor list). */
  companions: ToolStore<unknown>[];
  $state: ReadableAtom<S>;
  $notice: ReadableAtom<Notice>;
  /** Applies a change to the state (pure function of the old state). */
  update(change: (state: S) => S): void;
  /** Replaces the whole state (import, share link). */
  replace(state: S): void;
  /** Back to the initial state. */
  reset(): void;
  /** Dismisses the notice (the backup stays). */
  dismissNotice(): void;
  /** The raw text kept aside in the (latest) backup key, if any. */
  backupText(): string | undefined;
  /** Keys of every copy kept aside, oldest first. */
  backupKeys(): string[];
  /** True while a newer version's record is stored: changes stay on screen and are not written. */
  isFrozen(): boolean;
}

/** Options of a tool store. */
export interface ToolStoreOptions {
  engagement?: string;
  companions?: ToolStore<unknown>[];
  /** A storage key of its own instead of `os:tool:<engagement>:<tool>` (the workspace list). */
  key?: string;
}

/** Creates the persisted store of a tool. Tools get theirs from `instanceFor` (framework/instance.ts). */
export function createToolStore<S>(def: ToolStateDef<S>, options: ToolStoreOptions = {}): ToolStore<S> {
  const { engagement = DEFAULT_ENGAGEMENT, companions = [] } = options;
  const key = options.key ?? toolKey(def.tool, engagement);
  const $notice = atom<Notice>(null);
  let frozen = false;
  // The atom, once made: a record read from another tab's event keeps what this one shows.
  const made: { atom?: WritableAtom<S> } = {};

  const decode = (text: string): S => {
    const result = readRecord(def, text);
    if (!result.ok && result.pending) {
      // Read before the schemas loaded (boot.ts loads them first when anything is stored, so
      // only data written during this visit gets here): keep what is shown, read it once they are.
      void loadSchemas().then(() => {
        if (storageEngine()[key] !== text) return;
        const ok = readRecord(def, text).ok;
        const state = decode(text); // Says what happened (upgraded, kept aside, newer), as on arrival.
        if (ok && !frozen) made.atom?.set(state);
      });
      return made.atom ? made.atom.get() : def.initial();
    }
    if (result.ok) {
      if (frozen) {
        frozen = false; // The other tab went back to a version this page reads.
        if ($notice.get()?.kind === 'newer') $notice.set(null);
      }
      if (result.migratedFrom)
        $notice.set({
          kind: 'migrated',
          message: 'Your saved values were upgraded to the current version of this tool.',
        });
      return result.state;
    }
    if (result.newer) {
      // Keep the newer record exactly as it is, and what this page shows; write nothing more.
      frozen = true;
      $notice.set({ kind: 'newer', message: NEWER_MESSAGE });
      return made.atom ? made.atom.get() : def.initial();
    }
    // Keep the unreadable text aside (never over an earlier copy), tell the visitor, start from the defaults.
    const kept = keepBackup(key, text);
    const more =
      kept.count >= MAX_BACKUPS
        ? ` ${MAX_BACKUPS} unreadable copies are kept now; the next one will replace the oldest, so download them.`
        : kept.count > 1
          ? ` ${kept.count} unreadable copies are kept; the download has all of them.`
          : '';
    $notice.set({
      kind: 'recovered',
      message: `Your saved values for this tool could not be read (${result.message}) They were kept aside; you can download them.${more}`,
      backupKey: kept.backupKey,
    });
    queueMicrotask(() => {
      if (storageEngine()[key] === text) delete storageEngine()[key];
    });
    return def.initial();
  };

  const atomState = persistentAtom<S>(key, def.initial(), {
    encode: (state) => JSON.stringify(toRecord(def, state)),
    decode,
  });
  made.atom = atomState;

  /** Every write goes through here: refused while a newer version's record is stored. */
  const set = (state: S) => {
    if (frozen) return $notice.set({ kind: 'newer', message: NEWER_MESSAGE });
    atomState.set(state);
  };

  return {
    def,
    key,
    companions,
    $state: atomState,
    $notice,
    update: (change) => set(change(atomState.get())),
    replace: (state) => set(state),
    reset: () => set(def.initial()),
    dismissNotice: () => $notice.set(frozen ? { kind: 'newer', message: NEWER_MESSAGE } : null),
    backupText: () => {
      const keys = backupKeys(key);
      return keys.length ? storageEngine()[keys.at(-1)!] : undefined;
    },
    backupKeys: () => backupKeys(key),
    isFrozen: () => frozen,
  };
}

/** Values read from a file or link (transfer.ts), ready to apply. */
export interface Incoming<S> {
  state: S;
  parts: { store: ToolStore<unknown>; state: unknown }[];
}

/** Applies values read by `readTransfer` (here, not in transfer.ts, so the page loads the reader only when needed). */
export function applyTransfer<S>(store: ToolStore<S>, incoming: Incoming<S>): void {
  for (const p of incoming.parts) p.store.replace(p.state);
  store.replace(incoming.state);
}
