/**
 * The shared store of every tool: one versioned record per tool per engagement, persisted
 * with @nanostores/persistent. Data that cannot be read is moved to a backup key and the
 * visitor told (with a download), never dropped. Views read `$state` and `$notice` and call
 * the returned actions; they never call `.set()` themselves.
 */
import './boot';
import { atom, type ReadableAtom } from 'nanostores';
import { persistentAtom } from '@nanostores/persistent';
import { readRecord, toRecord, type ToolStateDef } from './record';
import { storageEngine } from './storage';

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
  { kind: 'recovered'; message: string; backupKey: string } | { kind: 'migrated'; message: string } | null;

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
  /** The raw text kept aside in the backup key, if any. */
  backupText(): string | undefined;
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
  const backupKey = `${key}:backup`;
  const $notice = atom<Notice>(null);

  const decode = (text: string): S => {
    const result = readRecord(def, text);
    if (result.ok) {
      if (result.migratedFrom)
        $notice.set({
          kind: 'migrated',
          message: 'Your saved values were upgraded to the current version of this tool.',
        });
      return result.state;
    }
    // Keep the unreadable text aside, tell the visitor, and start from the defaults.
    storageEngine()[backupKey] = text;
    $notice.set({
      kind: 'recovered',
      message: `Your saved values for this tool could not be read (${result.message}) They were kept aside; you can download them.`,
      backupKey,
    });
    queueMicrotask(() => delete storageEngine()[key]);
    return def.initial();
  };

  const $state = persistentAtom<S>(key, def.initial(), {
    encode: (state) => JSON.stringify(toRecord(def, state)),
    decode,
  });

  return {
    def,
    key,
    companions,
    $state,
    $notice,
    update: (change) => $state.set(change($state.get())),
    replace: (state) => $state.set(state),
    reset: () => $state.set(def.initial()),
    dismissNotice: () => $notice.set(null),
    backupText: () => storageEngine()[backupKey],
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
