/**
 * The embed's only message to the page around it: its height, so the host script (public/embed.js)
 * can size the iframe. Measured by a ResizeObserver and posted at most once a frame; nothing
 * else (no values, no address) is ever posted. The target origin is "*" because the embedding
 * site is not known, and a height tells it nothing about the visitor.
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
