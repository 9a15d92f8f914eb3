/**
 * Offers from other tools of this engagement that this tool accepts ("Use 4.2 from your
 * cultural-fit assessment of Acme?"), each shown with its source and value, applied to this
 * tool's own state only when the visitor says so. Re-read when another tab or tool writes one.
 * The tool's `accepts` code loads here, once the mailbox holds an offer of a kind it takes.
 */
import { useEffect, useState } from 'preact/hooks';
import type { ToolInstance } from '../framework/instance';
import { pendingOffers, readOffers, type Pending } from '../framework/offers';
import { useStoreNow } from './hooks';

interface Props<S> {
  tool: ToolInstance<S>;
}

export function OfferBanner<S>({ tool }: Props<S>) {
  const state = useStoreNow(tool.store.$state);
  const [tick, setTick] = useState(0);
  const [dismissed, setDismissed] = useState<string[]>([]);
  const [done, setDone] = useState<string | null>(null);

  useEffect(() => {
    const again = () => setTick((n) => n + 1);
    window.addEventListener('storage', again);
    window.addEventListener('focus', again);
    return () => {
      window.removeEventListener('storage', again);
      window.removeEventListener('focus', again);
    };
  }, []);

  const [pending, setPending] = useState<Pending<S>[]>([]);
  useEffect(() => {
    const accepts = tool.def.accepts;
    if (!accepts) return;
    const offers = readOffers(tool.engagement, accepts.kinds);
    if (offers.length === 0) {
      setPending([]);
      return;
    }
    // The code that asks and applies loads with the first offer of this tool's kinds; if it
    // cannot load, nothing is shown (as for no offers).
    let gone = false;
    void accepts.load().then(
      (list) => {
        if (!gone) setPending(pendingOffers(list, offers, state, tool.context()));
      },
      () => {
        if (!gone) setPending([]);
      },
    );
    return () => {
      gone = true;
    };
  }, [tool, state, tick]);

  const key = (p: Pending<S>) => `${p.offer.source}:${p.offer.id}`;
  const shown = pending.filter((p) => !dismissed.includes(key(p)));
  if (shown.length === 0 && !done) return null;

  const accept = (p: Pending<S>) => {
    tool.store.update((s) => p.accept.apply(p.value as never, s, tool.context()));
    setDone(`Done: used the value from ${p.offer.label}.`);
  };

  return (
    <section class="offers no-print" aria-label="Values offered by your other tools">
      {shown.map((p) => (
        <div class="banner info" key={key(p)}>
          <p>{p.question}</p>
          <div class="button-row">
            <button type="button" onClick={() => accept(p)}>
              Use it
            </button>
            <button type="button" class="secondary" onClick={() => setDismissed((d) => [...d, key(p)])}>
              Not now
            </button>
          </div>
        </div>
      ))}
      <div role="status">{done && <p class="banner ok">{done}</p>}</div>
    </section>
  );
}
