/**
 * The embed page's own script (inlined by the build, so it costs no request):
 * - its only message to the page around it is its height, so the host script (public/embed.js)
 *   can size the iframe: measured by a ResizeObserver, posted at most once a frame. Nothing else
 *   (no values, no address) is ever posted; the target origin is "*" because the embedding site
 *   is not known, and a height tells it nothing about the visitor.
 * - "Open the full version": when the pointer or focus reaches the link, it asks the tool
 *   (`os-embed-full`, answered by tools/ui/embed-chrome.ts, loaded only then) to put the current
 *   values into the link. A click before the link is up to date opens the tab at once (inside
 *   the click, so no pop-up blocker refuses it) and hands it over to be sent to the address.
 */
if (window.parent !== window) {
  let frame = 0;
  const post = () => {
    frame = 0;
    const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
    if (height > 0) window.parent.postMessage({ type: 'outsource-smart:height', height }, '*');
  };
  const schedule = () => {
    if (!frame) frame = requestAnimationFrame(post);
  };
  new ResizeObserver(schedule).observe(document.documentElement);
  addEventListener('load', schedule);
}

const link = document.querySelector<HTMLAnchorElement>('a[data-embed-full]');
if (link) {
  const ask = (tab?: Window | null) => dispatchEvent(new CustomEvent('os-embed-full', { detail: tab }));
  for (const name of ['pointerdown', 'pointerenter', 'focus']) link.addEventListener(name, () => ask());
  link.addEventListener('click', (e) => {
    if (link.dataset.fresh || e.button) return;
    e.preventDefault();
    const tab = open('', '_blank');
    if (tab) tab.opener = null;
    ask(tab);
  });
}
