/**
 * Reads a share link's values on arrival (and when a link is pasted into an open page).
 * If the visitor has values of their own, the view asks before replacing them; a damaged
 * or oversized link only produces a message.
 */
import { useEffect, useState } from 'preact/hooks';
import type { Incoming } from '../framework/tool-store';
import type { ToolInstance } from '../framework/instance';

/** What arrived in the link. */
export type Arrival<S> = { kind: 'ask'; incoming: Incoming<S> } | { kind: 'message'; ok: boolean; text: string } | null;

/** Handles `#share=…` after mount; returns what to show and how to answer the question. */
export function useShareArrival<S>(tool: ToolInstance<S>, onArrival?: () => void) {
  const [arrival, setArrival] = useState<Arrival<S>>(null);

  useEffect(() => {
    const arrive = async () => {
      // The decoder loads only when the address may carry shared values.
      if (!location.hash.includes('share=')) return;
      const { readArrival } = await import('./share-arrival-run');
      const result = await readArrival(tool);
      if (result !== 'none') setArrival(result);
    };
    // In a task of its own: seeding defaults re-renders the tool, and doing that inside the
    // hydration task would make one long task of the page's start.
    void arrive().then(() => setTimeout(() => onArrival?.(), 0));
    const onHash = () => void arrive();
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, []);

  const answer = (replace: boolean) => {
    if (arrival?.kind !== 'ask') return;
    if (replace) tool.apply(arrival.incoming);
    setArrival({
      kind: 'message',
      ok: true,
      text: replace
        ? 'Your values were replaced with the shared ones.'
        : 'You kept your own values. The shared values were not loaded.',
    });
  };

  return { arrival, answer };
}
