/**
 * Offline use after the first visit: registers the service worker (dist/sw.js) once the page
 * has loaded and the visitor has paused, so its install (some 240 files, fetched a few at a
 * time) never competes with the page's start or with the visitor's first taps and keystrokes.
 * Issue 13: on two cores, total cost's first keystroke painted in 48–168 ms at 4× slowdown
 * during the install, 40–48 ms without a worker. When a new version of the site has
 * installed in the background, a calm notice offers "Reload to update"; nothing is swapped
 * under a visitor mid-edit, and no tab runs two versions at once.
 */
/** How long the visitor has not acted (tapped, typed, pasted, scrolled) before the install starts. */
const QUIET_MS = 2000;
const ACTS = ['pointerdown', 'keydown', 'input', 'wheel', 'touchstart'] as const;

if ('serviceWorker' in navigator && import.meta.env.PROD) {
  const idle = (run: () => void) => ('requestIdleCallback' in window ? requestIdleCallback(run) : setTimeout(run, 1));
  const register = () =>
    idle(() => {
      for (const type of ACTS) removeEventListener(type, wait, true);
      navigator.serviceWorker.register('/sw.js').then(
        (registration) => registration && watch(registration),
        () => {
          // Offline use is an extra: a refused registration (private mode, policy) changes nothing else.
        },
      );
    });
  // Each act of the visitor's starts the quiet period again.
  let timer: ReturnType<typeof setTimeout> | undefined;
  const wait = () => {
    clearTimeout(timer);
    timer = setTimeout(register, QUIET_MS);
  };
  const start = () => {
    for (const type of ACTS) addEventListener(type, wait, { capture: true, passive: true });
    wait();
  };
  if (document.readyState === 'complete') start();
  else addEventListener('load', start, { once: true });
}

let accepted = false;

function watch(registration: ServiceWorkerRegistration): void {
  const offer = (worker: ServiceWorker | null) => {
    if (worker && navigator.serviceWorker.controller) show(worker);
  };
  const follow = (worker: ServiceWorker | null) =>
    worker?.addEventListener('statechange', () => {
      if (worker.state === 'installed') offer(worker);
    });
  offer(registration.waiting);
  // The browser may have begun installing an update while this page waited for a pause.
  follow(registration.installing);
  registration.addEventListener('updatefound', () => follow(registration.installing));
  // Reload only when the visitor asked for the update (a first install also changes the controller).
  navigator.serviceWorker.addEventListener('controllerchange', () => {
    if (accepted) location.reload();
  });
}

function show(worker: ServiceWorker): void {
  if (document.getElementById('os-update')) return;
  const box = document.createElement('div');
  box.id = 'os-update';
  box.className = 'update-notice no-print';
  box.setAttribute('role', 'status');
  const text = document.createElement('p');
  text.textContent = 'A new version of this site is ready. Your saved values are kept.';
  const button = document.createElement('button');
  button.type = 'button';
  button.textContent = 'Reload to update';
  button.addEventListener('click', () => {
    accepted = true;
    worker.postMessage('os:activate');
  });
  box.append(text, button);
  (document.querySelector('#main .wrap') ?? document.body).prepend(box);
}
