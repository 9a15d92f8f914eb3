/** Moving keyboard focus to an element that a re-render is about to put in the DOM. */

/** Focuses an element by id once the re-rendered list is in the DOM (retrying a few frames). */
export function focusLater(id: string, tries = 10): void {
  requestAnimationFrame(() => {
    const el = document.getElementById(id);
    if (!el) {
      if (tries > 0) focusLater(id, tries - 1);
      return;
    }
    el.focus();
    // Moving a focused node in the DOM can drop focus to the body: put it back once settled.
    setTimeout(() => {
      if (document.activeElement === document.body || !document.activeElement) document.getElementById(id)?.focus();
    }, 100);
  });
}

/** An in-page link's click: focus its target region (made focusable) and bring the region's top into view. */
export function jumpTo(id: string): (e: Event) => void {
  return (e) => {
    const el = document.getElementById(id);
    if (!el) return;
    e.preventDefault();
    if (!el.hasAttribute('tabindex')) el.tabIndex = -1;
    el.focus({ preventScroll: true });
    el.scrollIntoView({ block: 'start' });
  };
}
