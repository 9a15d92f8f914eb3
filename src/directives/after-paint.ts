/**
 * `client:paint`: hydrate as soon as the page has been painted once — `client:load`, one frame
 * later. With `client:load` the island's scripts are requested while the HTML is still being
 * parsed, before anything is on screen, so on a slow connection they compete with the first
 * paint (Lighthouse counted them into the tool pages' LCP: 0.94–1.34 s, against 0.7 s for pages
 * without scripts). A frame later, the server-rendered page is already showing.
 * (A requestAnimationFrame callback runs just before a paint; a task queued from it runs after.)
 *
 * While the island's modules download, the number and date formatting (ICU) is warmed up in
 * tasks of its own: the first Intl object of a page costs 45–90 ms at 4× CPU slowdown, and it
 * otherwise fell inside the hydration task, the page's longest.
 */
import type { ClientDirective } from 'astro';

const afterPaint: ClientDirective = (load) => {
  requestAnimationFrame(() => {
    setTimeout(async () => {
      const modules = load();
      setTimeout(() => new Intl.NumberFormat().format(1), 0);
      setTimeout(() => new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeZone: 'UTC' }).format(0), 0);
      const hydrate = await modules;
      await hydrate();
    }, 0);
  });
};

export default afterPaint;
