/**
 * Managing engagements: create (a unique id from the name, checks on the name), rename,
 * duplicate (with every value), delete (with an undo for the rest of the visit). Apart from
 * engagement.ts so that tool pages load it only when "New engagement" is pressed.
 */
import { MAX_ENGAGEMENT_NAME, MAX_ENGAGEMENTS, workspace, type Workspace } from './engagement';
import { listKeys, storageEngine } from './storage';

/** The result of creating an engagement. */
export type Created = { ok: true; id: string } | { ok: false; message: string };

/** A new id for a name, unique in the list (pure). */
export function newEngagementId(w: Workspace, name: string, random = Math.random): string {
  const base =
    name
      .toLowerCase()
      .normalize('NFKD')
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 30) || 'engagement';
  for (;;) {
    const id = `${base}-${Math.floor(random() * 36 ** 4).toString(36)}`;
    if (!w.engagements.some((e) => e.id === id)) return id;
  }
}

/** The workspace with a new engagement added and made current, or why not (pure). */
export function withEngagement(w: Workspace, name: string, random = Math.random): Workspace | string {
  const trimmed = name.trim();
  if (!trimmed) return 'Enter a name for the engagement, like “Bookkeeping”';
  if (trimmed.length > MAX_ENGAGEMENT_NAME) return `Engagement name must be ${MAX_ENGAGEMENT_NAME} characters or fewer`;
  if (w.engagements.length >= MAX_ENGAGEMENTS) return `You can keep at most ${MAX_ENGAGEMENTS} engagements`;
  if (w.engagements.some((e) => e.name.trim().toLowerCase() === trimmed.toLowerCase()))
    return `There is already an engagement called “${trimmed}”`;
  const id = newEngagementId(w, trimmed, random);
  return { current: id, engagements: [...w.engagements, { id, name: trimmed }] };
}

/** Creates an engagement and switches to it. */
export function createEngagement(name: string): Created {
  const next = withEngagement(workspace.$state.get(), name);
  if (typeof next === 'string') return { ok: false, message: next };
  workspace.replace(next);
  return { ok: true, id: next.current };
}

/** Every stored key that belongs to an engagement (its tools' records, backups and offers). */
export function engagementKeys(id: string): string[] {
  return [...listKeys(`os:tool:${id}:`), ...listKeys(`os:offers:${id}:`)];
}

/** The workspace with an engagement renamed, or why not (pure). */
export function withRenamed(w: Workspace, id: string, name: string): Workspace | string {
  const trimmed = name.trim();
  if (!trimmed) return 'Enter a name for the engagement, like “Bookkeeping”';
  if (trimmed.length > MAX_ENGAGEMENT_NAME) return `Engagement name must be ${MAX_ENGAGEMENT_NAME} characters or fewer`;
  if (w.engagements.some((e) => e.id !== id && e.name.trim().toLowerCase() === trimmed.toLowerCase()))
    return `There is already an engagement called “${trimmed}”`;
  return { ...w, engagements: w.engagements.map((e) => (e.id === id ? { ...e, name: trimmed } : e)) };
}

/** Renames an engagement; returns the message when refused. */
export function renameEngagement(id: string, name: string): string | null {
  const next = withRenamed(workspace.$state.get(), id, name);
  if (typeof next === 'string') return next;
  workspace.replace(next);
  return null;
}

/** A copy of an engagement under a new name, with a copy of every value it holds; made current. */
export function duplicateEngagement(id: string): Created {
  const w = workspace.$state.get();
  const from = w.engagements.find((e) => e.id === id);
  if (!from) return { ok: false, message: 'That engagement no longer exists' };
  let name = `${from.name} (copy)`.slice(0, MAX_ENGAGEMENT_NAME);
  for (let n = 2; w.engagements.some((e) => e.name === name); n++)
    name = `${from.name} (copy ${n})`.slice(0, MAX_ENGAGEMENT_NAME);
  const next = withEngagement(w, name);
  if (typeof next === 'string') return { ok: false, message: next };
  for (const key of engagementKeys(id)) {
    const text = storageEngine()[key];
    if (text !== undefined) storageEngine()[key.replace(`:${id}:`, `:${next.current}:`)] = text;
  }
  workspace.replace(next);
  return { ok: true, id: next.current };
}

/** What a deletion removed, so it can be undone for the rest of the page visit. */
export interface Deleted {
  engagement: { id: string; name: string };
  index: number;
  values: Record<string, string>;
  wasCurrent: boolean;
}

/** Deletes an engagement and all its values (not the last one); returns what undo needs. */
export function deleteEngagement(id: string): Deleted | string {
  const w = workspace.$state.get();
  const index = w.engagements.findIndex((e) => e.id === id);
  if (index < 0) return 'That engagement no longer exists';
  if (w.engagements.length === 1) return 'The last engagement cannot be deleted; reset its tools instead';
  const values: Record<string, string> = {};
  for (const key of engagementKeys(id)) {
    const text = storageEngine()[key];
    if (text !== undefined) values[key] = text;
  }
  const engagements = w.engagements.filter((e) => e.id !== id);
  workspace.replace({ current: w.current === id ? engagements[0]!.id : w.current, engagements });
  for (const key of Object.keys(values)) delete storageEngine()[key];
  return { engagement: w.engagements[index]!, index, values, wasCurrent: w.current === id };
}

/** Puts a deleted engagement back, values and all. */
export function undoDelete(d: Deleted): void {
  const w = workspace.$state.get();
  if (w.engagements.some((e) => e.id === d.engagement.id)) return;
  for (const [key, text] of Object.entries(d.values)) storageEngine()[key] = text;
  const engagements = [...w.engagements];
  engagements.splice(Math.min(d.index, engagements.length), 0, d.engagement);
  workspace.replace({ current: d.wasCurrent ? d.engagement.id : w.current, engagements });
}
