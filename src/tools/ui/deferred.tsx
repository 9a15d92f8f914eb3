/**
 * A part of a tool's view whose code waits until the part is needed: results and documents,
 * which a first visit sees but does not use before its first edit (issue 13).
 *
 * The server renders the part in full. On a first visit that HTML is exactly what the part
 * would render, so the browser keeps it without the part's code until the page's first use
 * (framework/first-use.ts: a key, a pointer, focus, an edit, another tab's write, a new
 * address) or, for a part that draws a chart, until its chart nears the viewport. Then the code
 * loads and hydrates the kept HTML in place, as an island of its own: the same nodes, so focus
 * and scroll stay where they were. A click inside the part before that is held and replayed
 * once the part is live. A returning visitor's island waits for the part's code before it
 * renders, as it waits for the schemas.
 *
 * A part reads the tool's stores with the hydration hooks (useHydratedStore, useSettings), as
 * every view does. Its props are hydrated as the server rendered them, then updated.
 */
import { h, hydrate, render, type ComponentType } from 'preact';
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { firstVisit, onFirstUse } from '../framework/first-use';

interface Options {
  /** The part draws a chart, which needs its code once it nears the viewport. */
  chart?: boolean;
}

/**
 * The part's component, for a view to render like any other. Awaited at the island's top
 * level: on the server it is the part itself; for a returning visitor it resolves once the
 * part's code is loaded; on a first visit at once.
 */
export async function deferred<P extends object>(
  load: () => Promise<ComponentType<P>>,
  { chart = false }: Options = {},
): Promise<ComponentType<P>> {
  if (import.meta.env.SSR) {
    const View = await load();
    return (props: P) => <div class="deferred-part">{h(View, props)}</div>;
  }
  let View: ComponentType<P> | null = null;
  let loading: Promise<unknown> | null = null;
  const live = new Set<() => void>();
  const start = () => {
    loading ??= load().then((v) => {
      View = v;
      live.forEach((show) => show());
    });
  };
  onFirstUse(start);
  if (!firstVisit) await loading;

  return function Deferred(props: P) {
    const ref = useRef<HTMLDivElement>(null);
    // The props of the first render, which hydrates the server's HTML: those it was rendered with.
    const served = useRef(props);
    const held = useRef<HTMLElement | null>(null);
    const hydrated = useRef(false);
    const [ready, setReady] = useState(View !== null);

    useEffect(() => {
      if (View) return;
      const el = ref.current!;
      const show = () => setReady(true);
      live.add(show);
      const hold = (e: Event) => {
        if (hydrated.current) return;
        e.preventDefault();
        e.stopPropagation();
        held.current = e.target as HTMLElement;
      };
      el.addEventListener('click', hold, true);
      // A part made on the client (no server HTML to keep) needs its code now.
      let seen: IntersectionObserver | undefined;
      if (!el.firstChild) start();
      else if (chart) {
        // The chart's own box is watched, not the part's: on a wide screen a part may start
        // beside the inputs with its chart far below. A part showing no chart yet (nothing to
        // draw) waits for the first use, when its content can change.
        const canvas = el.querySelector('.chart-canvas');
        if (canvas) {
          seen = new IntersectionObserver((entries) => entries.some((e) => e.isIntersecting) && start(), {
            rootMargin: '0px 0px 25% 0px',
          });
          seen.observe(canvas);
        }
      }
      return () => {
        live.delete(show);
        el.removeEventListener('click', hold, true);
        seen?.disconnect();
      };
    }, []);

    useLayoutEffect(() => {
      const el = ref.current!;
      if (!ready || !View) return;
      if (!hydrated.current) {
        hydrated.current = true;
        if (el.firstChild) hydrate(h(View, served.current), el);
        el.dataset.live = '';
      }
      render(h(View, props), el);
      const target = held.current;
      held.current = null;
      if (target?.isConnected) target.click();
    });

    useEffect(() => {
      const el = ref.current!;
      return () => render(null, el);
    }, []);

    return <div class="deferred-part" ref={ref} dangerouslySetInnerHTML={{ __html: '' }} />;
  };
}
