/**
 * The visitor's engagements ("Bookkeeping", "Customer support") and which one the pages show.
 * The list is a versioned record at `os:workspace`; a visitor without one has a single
 * engagement, `default` ("My first engagement"), which is where release 0.1 stored everything.
 * `$engagement` is what tool views follow: switching it re-binds every island on the page.
 * Creating one lives in engagement-actions.ts, loaded when the visitor asks for it.
 */
import './boot';
import { computed } from 'nanostores';
import { createToolStore, DEFAULT_ENGAGEMENT } from './tool-store';
import type { ToolStateDef } from './record';
import { lazySchema } from './lazy-schema';
import type { Workspace } from './schema';

export { MAX_ENGAGEMENT_NAME, MAX_ENGAGEMENTS } from './limits';
export type { Workspace };
/** The first engagement's name until the visitor renames it. */
export const FIRST_ENGAGEMENT_NAME = 'My first engagement';

/** How the list is stored (under `os:workspace`). */
export const workspaceDef: ToolStateDef<Workspace> = {
  tool: 'workspace',
  title: 'list of engagements',
  version: 1,
  schema: lazySchema((s) => s.framework.workspace),
  initial: () => ({
    current: DEFAULT_ENGAGEMENT,
    engagements: [{ id: DEFAULT_ENGAGEMENT, name: FIRST_ENGAGEMENT_NAME }],
  }),
};

/** The workspace store. */
export const workspace = createToolStore(workspaceDef, { key: 'os:workspace' });

/** The engagement whose values the page shows (always one that exists). */
export const $engagement = computed(workspace.$state, (w) =>
  w.engagements.some((e) => e.id === w.current) ? w.current : w.engagements[0]!.id,
);

/** Switches the page (every island on it) to another engagement. */
export function switchEngagement(id: string): void {
  const w = workspace.$state.get();
  if (w.engagements.some((e) => e.id === id) && w.current !== id) workspace.replace({ ...w, current: id });
}
