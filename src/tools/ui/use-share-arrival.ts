/**
 * Reads a share link's values on arrival. If the visitor has values of their own, the view
 * asks before replacing them; a damaged or oversized link only produces a message.
 */
import { useEffect, useState } from 'preact/hooks';
import { decodeShare } from '../framework/share-link';
import { readRecord } from '../framework/record';
import type { ToolStore } from '../framework/tool-store';

/** What arrived in the link. */
export type Arrival<S> = { kind: 'ask'; state: S } | { kind: 'message'; ok: boolean; text: string } | null;

function clearHash(): void {
  history.replaceState(history.state, '', location.pathname + location.search);
}

/** Handles `#share=…` once after mount; returns what to show and how to answer a question. */
export function useShareArrival<S>(store: ToolStore<S>, onReplace?: () => void) {
  const [arrival, setArrival] = useState<Arrival<S>>(null);

  useEffect(() => {
    const read = async () => {
      const decoded = await decodeShare(location.hash);
      if (decoded.ok === 'none') return;
      clearHash();
      if (!decoded.ok) return setArrival({ kind: 'message', ok: false, text: decoded.message });
      const record = readRecord(store.def, decoded.json);
      if (!record.ok)
        return setArrival({ kind: 'message', ok: false, text: `This share link cannot be used: ${record.message}` });
      const mine = JSON.stringify(store.$state.get());
      if (mine === JSON.stringify(store.def.initial()) || mine === JSON.stringify(record.state)) {
        store.replace(record.state);
        onReplace?.();
        return setArrival({ kind: 'message', ok: true, text: 'Loaded the values from the share link.' });
      }
      setArrival({ kind: 'ask', state: record.state });
    };
    void read();
    // A link pasted while the page is open changes only the fragment.
    const onHash = () => void read();
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, []);

  const answer = (replace: boolean) => {
    if (arrival?.kind !== 'ask') return;
    if (replace) {
      store.replace(arrival.state);
      onReplace?.();
    }
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
