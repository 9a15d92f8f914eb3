/**
 * "Open the full version" on an embed page carries the current values in the share-link
 * fragment, so nothing typed in the iframe is lost on the way to the tool's own page (which
 * asks before replacing values of its own). Loaded by ToolShell on the first `os-embed-full`
 * request of the embed page's script (embed/page.ts): the pointer or focus reached the link, or
 * a click came first and handed over the tab it opened.
 */
import type { ToolInstance } from '../framework/instance';

/** Keeps the link up to date from now on, answering the asks made so far; returns the stop function. */
export function startEmbedChrome<S>(tool: ToolInstance<S>, asks: Event[]): () => void {
  const link = document.querySelector<HTMLAnchorElement>('a[data-embed-full]')!;
  const store = tool.store;
  const base = new URL(`/tools/${tool.def.tool}/`, location.href).href;
  const stale = () => delete link.dataset.fresh;
  const stops = [store.$state, ...store.companions.map((c) => c.$state)].map((s) => s.listen(stale));

  const answer = async (e: Event) => {
    const tab = (e as CustomEvent<Window | null | undefined>).detail;
    if (!link.dataset.fresh) {
      const [{ shareUrl, MAX_ENCODED }, { exportText }] = await Promise.all([
        import('../framework/share-link'),
        import('../framework/transfer'),
      ]);
      const url = await shareUrl(exportText(store), base);
      // Too much for a link: the full version opens without the values (Export still has them).
      link.href = url.length <= MAX_ENCODED + 200 ? url : base;
      link.dataset.fresh = '1';
    }
    tab?.location.replace(link.href);
  };
  const on = (e: Event) => void answer(e);
  addEventListener('os-embed-full', on);
  asks.forEach(on);
  return () => {
    stale();
    for (const stop of stops) stop();
    removeEventListener('os-embed-full', on);
  };
}
