/*! Outsource Smart embed host script · MIT licence · https://outsource-smart.example/trainers/
 *
 * Sizes every <iframe data-outsource-smart> to the height of the tool inside it. The tool
 * posts only its height; this script accepts a message only when all of these hold:
 * - it comes from the contentWindow of one of those iframes (event.source),
 * - from that iframe's own origin (event.origin equals the origin of its src),
 * - its data is { type: 'outsource-smart:height', height } with a finite 0 < height <= 20000.
 * Everything else is ignored. Iframes added to the page later are found when they post.
 */
(function () {
  'use strict';
  if (window.__outsourceSmartEmbed) return; // The script was included twice.
  window.__outsourceSmartEmbed = true;

  var TYPE = 'outsource-smart:height';
  var MAX = 20000;

  function originOf(frame) {
    try {
      return new URL(frame.getAttribute('src') || '', document.baseURI).origin;
    } catch {
      return null;
    }
  }

  function heightOf(data) {
    if (!data || typeof data !== 'object' || data.type !== TYPE) return null;
    var h = data.height;
    return typeof h === 'number' && isFinite(h) && h > 0 && h <= MAX ? h : null;
  }

  window.addEventListener('message', function (event) {
    var height = heightOf(event.data);
    if (height === null || !event.source) return;
    var frames = document.querySelectorAll('iframe[data-outsource-smart]');
    for (var i = 0; i < frames.length; i++) {
      var frame = frames[i];
      if (frame.contentWindow !== event.source) continue;
      if (event.origin !== originOf(frame) || event.origin === 'null') return;
      frame.style.height = Math.ceil(height) + 'px';
      return;
    }
  });
})();
