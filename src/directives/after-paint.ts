/**
 * `client:paint`: hydrate once the page's first paint is on screen — `client:load`, a frame
 * or so later. With `client:load` the island's scripts are requested while the HTML is still
 * being parsed, before anything is on screen, so on a slow connection they compete with the
 * first paint (Lighthouse counted them into the tool pages' LCP: 0.94–1.34 s, against 0.7 s
 * for pages without scripts).
 *
 * "On screen" is the first-contentful-paint entry, which the browser reports once that frame
 * has been presented. A task queued from requestAnimationFrame (the earlier rule) runs after
 * the main thread paints but often before the frame is presented, so the scripts' requests
 * still began before the paint Lighthouse measures in about a third of its runs, adding
 * 150–330 ms to their simulated LCP (issue 13). Where paint timing is missing, the earlier
 * rule stands; a page that never paints (a hidden frame) hydrates after 3 s all the same.
 *
 * While the island's modules download, the number and date formatting (ICU) is warmed up in
 * tasks of its own: the first Intl object of a page costs 45–90 ms at 4× CPU slowdown, and it
 * otherwise fell inside the hydration task, the page's longest.
 */
import type { ClientDirective } from 'astro';

const NEVER_PAINTED_MS = 3000;

const afterPaint: ClientDirective = (load) => {
  let started = false;
  const start = async () => {
    if (started) return;
    started = true;
    const modules = load();
    setTimeout(() => new Intl.NumberFormat().format(1), 0);
    setTimeout(() => new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeZone: 'UTC' }).format(0), 0);
    const hydrate = await modules;
    await hydrate();
  };
  setTimeout(start, NEVER_PAINTED_MS);
  if (self.PerformanceObserver?.supportedEntryTypes?.includes('paint'))
    new PerformanceObserver((list, observer) => {
      if (list.getEntriesByName('first-contentful-paint')[0]) {
        observer.disconnect();
        void start();
      }
    }).observe({ type: 'paint', buffered: true });
  else requestAnimationFrame(() => setTimeout(start, 0));
};

export default afterPaint;
