/**
 * The shell's side of cross-tool offers, loaded (with framework/offers.ts) only on pages of
 * tools whose declaration offers or accepts something. It publishes the tool's offers whenever
 * its state or companions change, and loads the offer banner once another tool of the engagement
 * has published something, for a tool that accepts offers (also when another tab writes one).
 */
import type { ToolInstance } from '../framework/instance';
import { listKeys } from '../framework/storage';
import { mailboxKey } from '../framework/tool-store';
import type { OfferBanner } from './OfferBanner';

/** Starts publishing and watching; returns the clean-up. */
export function startOffers<S>(tool: ToolInstance<S>, showBanner: (view: typeof OfferBanner) => void): () => void {
  const stops: (() => void)[] = [];
  const offers = tool.def.offers;
  let gone = false;
  if (offers)
    void import('../framework/offers-publish').then(({ publishOffers }) => {
      if (gone) return;
      let pending = false;
      const publish = () => {
        pending = false;
        publishOffers(tool.engagement, tool.def.tool, offers(tool.store.$state.get(), tool.context()));
      };
      // Offers are for other pages: they are worked out after the edit's frame is painted (a
      // task queued from an animation frame runs after its paint), so a keystroke's task stays
      // the tool's own; and at once when the page is hidden or left.
      const later = () => {
        if (pending) return;
        pending = true;
        requestAnimationFrame(() => setTimeout(() => pending && publish(), 0));
      };
      const now = () => pending && publish();
      const hidden = () => document.visibilityState === 'hidden' && now();
      publish();
      for (const s of [tool.store.$state, ...tool.store.companions.map((c) => c.$state)]) stops.push(s.listen(later));
      addEventListener('pagehide', now);
      document.addEventListener('visibilitychange', hidden);
      stops.push(() => {
        removeEventListener('pagehide', now);
        document.removeEventListener('visibilitychange', hidden);
        now();
      });
    });
  if (tool.def.accepts?.kinds.length) {
    let loading = false;
    const load = () => {
      // Only another tool's offers can be for this one (a producer and consumer, like the goals
      // and scope canvas, would otherwise load the banner for its own mailbox).
      const own = mailboxKey(tool.engagement, tool.def.tool);
      if (loading || !listKeys(mailboxKey(tool.engagement, '')).some((k) => k !== own)) return;
      loading = true;
      void import('./OfferBanner').then((m) => showBanner(m.OfferBanner));
    };
    load();
    window.addEventListener('storage', load);
    stops.push(() => window.removeEventListener('storage', load));
  }
  return () => {
    gone = true;
    stops.forEach((stop) => stop());
  };
}
