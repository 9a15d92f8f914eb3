/**
 * Hooks shared by tool views. Server HTML is rendered with defaults, and Preact's hydrate
 * does not correct an input's value, so views show defaults until mounted and the stored
 * values from the first render after that.
 */
import { useEffect, useState } from 'preact/hooks';
import { useStore } from '@nanostores/preact';
import type { ReadableAtom } from 'nanostores';
import { $settings, SSR_SETTINGS, type Settings } from '../framework/settings';
import { $storageState, type StorageState } from '../framework/storage';

/**
 * A store's value, re-rendering the component as soon as it changes, for what changes with
 * every keystroke (a tool's state, its field errors and results). Preact batches the re-render
 * into the same task, so results are painted in the frame of the keystroke that changed them.
 * @nanostores/preact's useStore defers each re-render with setTimeout, which put results one
 * frame behind the input (about 30 ms at 4× CPU slowdown, against SPEC's 50 ms budget); it is
 * still used for stores that change rarely (settings, storage state, notices).
 */
export function useStoreNow<T>(store: ReadableAtom<T>): T {
  const [, rerender] = useState(0);
  const [atRender] = useState(() => store.get());
  useEffect(() => {
    const unlisten = store.listen(() => rerender((n) => n + 1));
    // A change between the first render and this subscription.
    if (store.get() !== atRender) rerender((n) => n + 1);
    return unlisten;
  }, [store]);
  return store.get();
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
  const value = useStore($settings);
  return useMounted() ? value : SSR_SETTINGS;
}

/** Where values are being kept ('saved' until mounted, so the server shows no warning). */
export function useStorageState(): StorageState {
  const value = useStore($storageState);
  return useMounted() ? value : 'saved';
}
