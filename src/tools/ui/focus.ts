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
