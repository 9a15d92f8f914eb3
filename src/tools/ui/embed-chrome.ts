/**
 * What an embed page adds around its tool, loaded by ToolShell only on `/embed/<id>/`:
 * - "Open the full version" carries the current values in the share-link fragment, so
 *   nothing typed in the iframe is lost when the visitor moves to the tool's own page (which
 *   asks before replacing values of its own). The link is brought up to date when the pointer
 *   or focus reaches it; a click that comes before that opens the tab at once and fills it in.
 * - The storage note that is true: the real state (blocked storage) set on <html> for embed.css.
 */
import type { ToolInstance } from '../framework/instance';
import { $storageState } from '../framework/storage';

/** Starts the embed chrome for this tool; returns the stop function. */
export function startEmbedChrome<S>(tool: ToolInstance<S>): () => void {
  const root = document.documentElement;
  const stopState = $storageState.subscribe((s) => root.setAttribute('data-storage-state', s));
  const link = document.querySelector<HTMLAnchorElement>('a[data-embed-full]');
  if (!link) return stopState;

  const store = tool.store;
  const base = new URL(`/tools/${tool.def.tool}/`, location.href).href;
  let fresh = false;
  const stale = () => {
    fresh = false;
  };
  const stops = [store.$state, ...store.companions.map((c) => c.$state)].map((s) => s.listen(stale));

  const prepare = async (): Promise<string> => {
    const [{ shareUrl, MAX_ENCODED }, { exportText }] = await Promise.all([
      import('../framework/share-link'),
      import('../framework/transfer'),
    ]);
    const url = await shareUrl(exportText(store), base);
    // Too much for a link: the full version opens without the values (Export still has them).
    link.href = url.length <= MAX_ENCODED + 200 ? url : base;
    fresh = true;
    return link.href;
  };
  const warm = () => void (fresh || prepare());
  const click = (e: MouseEvent) => {
    if (fresh || e.button !== 0) return;
    e.preventDefault();
    // Opened inside the click, so no pop-up blocker refuses it; the address follows.
    const tab = window.open('', '_blank');
    if (tab) tab.opener = null;
    void prepare().then((url) => (tab ? tab.location.replace(url) : window.open(url, '_blank', 'noopener')));
  };
  const events = ['pointerdown', 'pointerenter', 'focus'] as const;
  for (const name of events) link.addEventListener(name, warm);
  link.addEventListener('click', click);
  return () => {
    stopState();
    for (const stop of stops) stop();
    for (const name of events) link.removeEventListener(name, warm);
    link.removeEventListener('click', click);
  };
}
