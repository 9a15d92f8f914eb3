/** Moving keyboard focus to an element that a re-render is about to put in the DOM. */

/** Focuses an element by id once the re-rendered list is in the DOM (retrying a few frames). */
export function focusLater(id: string, tries = 10): void {
  const focus = (el: HTMLElement) => {
    el.focus();
    // Moving a focused node in the DOM can drop focus to the body: put it back once settled.
    setTimeout(() => {
      if (document.activeElement === document.body || !document.activeElement) document.getElementById(id)?.focus();
    }, 100);
  };
  const inFrame = (left: number) =>
    requestAnimationFrame(() => {
      const el = document.getElementById(id);
      if (el) focus(el);
      else if (left > 0) inFrame(left - 1);
    });
  // First after Preact's render, which runs in a microtask queued before this one: the new field
  // then has focus before the next keystroke is handled (a frame later, a fast typist's first
  // letter went to the button). Views rendered later are waited for, frame by frame.
  queueMicrotask(() => {
    const el = document.getElementById(id);
    if (el) focus(el);
    else inFrame(tries);
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
