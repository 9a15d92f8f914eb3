/**
 * Runs a Pagefind search for the `q` parameter and on each submit, without reloading.
 * Pagefind (its JS and WebAssembly index) is fetched from this site only on the first query.
 */
interface PagefindResult {
  data(): Promise<{ url: string; excerpt: string; meta: { title?: string } }>;
}
interface Pagefind {
  search(term: string): Promise<{ results: PagefindResult[] }>;
}

let pagefind: Promise<Pagefind> | undefined;
const form = document.querySelector<HTMLFormElement>('#search-form');
const input = document.querySelector<HTMLInputElement>('#search-q');
const statusEl = document.querySelector<HTMLElement>('#search-status');
const list = document.querySelector<HTMLOListElement>('#search-results');

function load(): Promise<Pagefind> {
  const url = '/pagefind/pagefind.js';
  pagefind ??= import(/* @vite-ignore */ url) as Promise<Pagefind>;
  return pagefind;
}

async function run(term: string): Promise<void> {
  if (!statusEl || !list) return;
  list.replaceChildren();
  if (!term.trim()) {
    statusEl.textContent = 'Type a word or phrase to search.';
    return;
  }
  statusEl.textContent = 'Searching…';
  try {
    const { results } = await (await load()).search(term);
    const top = await Promise.all(results.slice(0, 20).map((r) => r.data()));
    for (const r of top) {
      const li = document.createElement('li');
      const a = document.createElement('a');
      a.href = r.url;
      a.textContent = r.meta.title ?? r.url;
      const p = document.createElement('p');
      p.innerHTML = r.excerpt; // Pagefind's excerpt of our own pages: text plus <mark>.
      li.append(a, p);
      list.append(li);
    }
    const n = results.length;
    statusEl.textContent = n === 0 ? `No results for “${term}”.` : `${n} result${n === 1 ? '' : 's'} for “${term}”.`;
  } catch {
    statusEl.textContent = 'Search is not available right now (the search index did not load).';
  }
}

if (form && input) {
  const q = new URLSearchParams(location.search).get('q') ?? '';
  input.value = q;
  // The header's search box shows the query too, so it can be refined from either.
  const header = document.querySelector<HTMLInputElement>('#site-search');
  if (header) header.value = q;
  if (q) void run(q);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const term = input.value;
    history.replaceState(null, '', `/search/?q=${encodeURIComponent(term)}`);
    void run(term);
  });
}

export {};
