/**
 * Creating an engagement: a unique id from its name, the checks on the name, and the switch to
 * it. Apart from engagement.ts so that tool pages load it only when "New engagement" is pressed.
 */
import { MAX_ENGAGEMENT_NAME, MAX_ENGAGEMENTS, workspace, type Workspace } from './engagement';

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
