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

/** False during server rendering and hydration, true from the first effect on. */
export function useMounted(): boolean {
  const [mounted, setMounted] = useState(false);
  useEffect(() => setMounted(true), []);
  return mounted;
}

/** A store's value once mounted; `fallback` before (what the server rendered). */
export function useHydratedStore<T>(store: ReadableAtom<T>, fallback: T): T {
  const value = useStore(store);
  return useMounted() ? value : fallback;
}

/** Global locale and currency (fixed defaults until mounted). */
export function useSettings(): Settings {
  return useHydratedStore($settings, SSR_SETTINGS);
}

/** Where values are being kept ('saved' until mounted, so the server shows no warning). */
export function useStorageState(): StorageState {
  return useHydratedStore($storageState, 'saved');
}
