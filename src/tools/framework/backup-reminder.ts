/**
 * The calm backup reminder: after 14 days with changes that no export has covered, tool pages
 * and /plan/ suggest an export. Exporting clears it; dismissing hides it for another 14 days.
 * Bookkeeping lives in `os:backup-meta` (written by the storage engine on save).
 */
import { BACKUP_META_KEY, storageEngine } from './storage';

/** Days of unexported changes before the reminder shows. */
export const REMIND_AFTER_DAYS = 14;
const DAY = 24 * 60 * 60 * 1000;

interface Meta {
  changedSince?: number;
  dismissedAt?: number;
}

function meta(): Meta {
  try {
    const m = JSON.parse(storageEngine()[BACKUP_META_KEY] ?? '{}') as Meta;
    return typeof m === 'object' && m !== null ? m : {};
  } catch {
    return {};
  }
}

/** True when the reminder should show now (pure apart from reading storage). */
export function reminderDue(now = Date.now()): boolean {
  const m = meta();
  if (typeof m.changedSince !== 'number' || now - m.changedSince < REMIND_AFTER_DAYS * DAY) return false;
  return typeof m.dismissedAt !== 'number' || now - m.dismissedAt >= REMIND_AFTER_DAYS * DAY;
}

/** An export covered every change so far. */
export function exported(): void {
  storageEngine()[BACKUP_META_KEY] = JSON.stringify({});
}

/** The visitor dismissed the reminder. */
export function dismissReminder(now = Date.now()): void {
  storageEngine()[BACKUP_META_KEY] = JSON.stringify({ ...meta(), dismissedAt: now });
}
