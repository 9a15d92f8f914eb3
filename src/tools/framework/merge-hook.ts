/**
 * Declaring a tool's merge hook (see `MergeHook` in define.ts). Apart from define.ts, whose code
 * every tool page carries, because only the lazily loaded merge modules need it.
 */
import type { MergeHook } from './define';

/** Declares a tool's merge hook, keeping `R` checked inside it and hidden from the declaration. */
export function mergeHook<S, R>(hook: MergeHook<S, R>): MergeHook<S, unknown> {
  return hook as unknown as MergeHook<S, unknown>;
}
