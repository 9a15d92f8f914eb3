/**
 * Copies of stored values that could not be read. Each is kept under a key of its own —
 * `<key>:backup` for the first, `<key>:backup:<time>` after it — so a second unreadable value
 * never overwrites the first. At most MAX_BACKUPS are kept per key; the visitor is told when
 * the next one will replace the oldest, and can download all of them in one file.
 */
import { listKeys, storageEngine } from './storage';

/** Most copies kept per stored key. */
export const MAX_BACKUPS = 5;

/** The backup keys of `key`, oldest first. */
export function backupKeys(key: string): string[] {
  const first = `${key}:backup`;
  const later = listKeys(`${first}:`).sort();
  return [...(storageEngine()[first] !== undefined ? [first] : []), ...later];
}

/**
 * Keeps `text` aside for `key`; returns the backup key and how many copies there are now.
 * When MAX_BACKUPS are already kept, the oldest goes (the notice said so the time before).
 */
export function keepBackup(key: string, text: string, now = Date.now()): { backupKey: string; count: number } {
  let keys = backupKeys(key);
  while (keys.length >= MAX_BACKUPS) {
    delete storageEngine()[keys[0]!];
    keys = keys.slice(1);
  }
  const first = `${key}:backup`;
  // The plain key only for a first copy, so later copies always sort after the earlier ones.
  let backupKey =
    keys.length === 0 && storageEngine()[first] === undefined ? first : `${first}:${new Date(now).toISOString()}`;
  for (let n = 1; storageEngine()[backupKey] !== undefined; n++)
    backupKey = `${first}:${new Date(now).toISOString()}-${n}`;
  storageEngine()[backupKey] = text;
  return { backupKey, count: keys.length + 1 };
}

/** Every backup of `key` as one JSON document a visitor can download and keep. */
export function backupsFile(key: string): string {
  const backups = backupKeys(key).map((k) => ({ key: k, text: storageEngine()[k] ?? '' }));
  return JSON.stringify({ format: 'outsource-smart-backups', of: key, backups }, null, 2);
}
