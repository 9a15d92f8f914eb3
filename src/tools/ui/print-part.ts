/**
 * Prints one part of a page (a brief, a request for proposal) rather than the whole tool: the
 * part and its ancestors are marked, and the print stylesheet hides everything else. The marks
 * go once printing is over, so the toolbar's Print button still prints the whole tool.
 */

const PATH = 'data-print-path';

function clear(): void {
  document.documentElement.classList.remove('print-one');
  for (const el of document.querySelectorAll(`[${PATH}]`)) el.removeAttribute(PATH);
}

/** Opens the print dialog for `el` alone. */
export function printPart(el: HTMLElement): void {
  clear();
  document.documentElement.classList.add('print-one');
  el.setAttribute(PATH, 'target');
  for (let p = el.parentElement; p && p !== document.documentElement; p = p.parentElement) p.setAttribute(PATH, '');
  window.addEventListener('afterprint', clear, { once: true });
  window.print();
}
