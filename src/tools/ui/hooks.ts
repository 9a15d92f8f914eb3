/**
 * Hooks shared by tool views. Server HTML is rendered with defaults, and Preact's hydrate
 * does not correct an input's value, so views show defaults until mounted and the stored
 * values from the first render after that.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { ReadableAtom } from 'nanostores';
import { $settings, SSR_SETTINGS, type Settings } from '../framework/settings';
import { $storageState, type StorageState } from '../framework/storage';
import { $engagement } from '../framework/engagement';
// Every view's text runs hydrate as the one text node the server's HTML has (text-runs.ts).
import './text-runs';

const kept = new WeakSet<object>();
/**
 * Keeps a store that views read mounted for the page's life. Nanostores mounts a store with no
 * listener for each get() and unmounts it again with a timer (STORE_UNMOUNT_DELAY), and
 * recomputes a computed store each time: hydrating the scorecard read its stores a few hundred
 * times before any effect subscribed, 28 ms of timers at 4x CPU slowdown in the hydration task.
 * The browser only: on the server stores live for the whole build.
 */
function keepMounted(store: ReadableAtom<unknown>): void {
  if (typeof document === 'undefined' || kept.has(store)) return;
  kept.add(store);
  store.listen(() => {});
}

/**
 * A store's value, re-rendering the component as soon as it changes, for what changes with
 * every keystroke (a tool's state, its field errors and results). Preact batches the re-render
 * into the same task, so results are painted in the frame of the keystroke that changed them.
 * @nanostores/preact's useStore defers each re-render with setTimeout, which put results one
 * frame behind the input (about 30 ms at 4× CPU slowdown, against SPEC's 50 ms budget). Every
 * view uses this hook, so pages no longer carry @nanostores/preact at all.
 */
export function useStoreNow<T>(store: ReadableAtom<T>): T {
  const [, rerender] = useState(0);
  const rendered = useRef<T>(undefined as T);
  keepMounted(store);
  rendered.current = store.get();
  useEffect(() => {
    const unlisten = store.listen(() => rerender((n) => n + 1));
    // A change between the render and this subscription (or another store after a switch).
    if (store.get() !== rendered.current) rerender((n) => n + 1);
    return unlisten;
  }, [store]);
  return store.get();
}

/**
 * The instance of a tool (its store, transient state and actions) in the current engagement.
 * Switching the engagement re-renders every view that asked, bound to the other instance.
 */
export function useTool<T>(factory: (engagement: string) => T): T {
  return factory(useStoreNow($engagement));
}

/** False during server rendering and hydration, true from the first effect on. */
export function useMounted(): boolean {
  const [mounted, setMounted] = useState(false);
  useEffect(() => setMounted(true), []);
  return mounted;
}

/** A store's value once mounted; `fallback` before (what the server rendered). */
export function useHydratedStore<T>(store: ReadableAtom<T>, fallback: T): T {
  const value = useStoreNow(store);
  return useMounted() ? value : fallback;
}

/** Global locale and currency (fixed defaults until mounted). */
export function useSettings(): Settings {
  const value = useStoreNow($settings);
  return useMounted() ? value : SSR_SETTINGS;
}

/** Where values are being kept ('saved' until mounted, so the server shows no warning). */
export function useStorageState(): StorageState {
  const value = useStoreNow($storageState);
  return useMounted() ? value : 'saved';
}
