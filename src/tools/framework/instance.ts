/**
 * Tool instances: one per tool per engagement, made on first use and cached (the idea of
 * nanostores' map creator). An instance holds the persisted store, its companions' stores of
 * the same engagement, and the tool's transient state (field errors, limit messages), which the
 * framework clears whenever the whole state is replaced (import, share link, reset, undo).
 * Views never import an instance: they ask for it with `useTool(factory)` (ui/hooks.ts), which
 * follows the current engagement.
 */
import { atom, map, type MapStore, type WritableAtom } from 'nanostores';
import { applyTransfer, createToolStore, type Incoming, type ToolStore } from './tool-store';
import type { ToolContext, ToolDefinition } from './define';
import type { ToolStateDef } from './record';

/** A refused add or remove, shown next to the list it concerns. */
export interface LimitMessage {
  scope: string;
  text: string;
}

/** A tool's store and transient state in one engagement. */
export interface ToolInstance<S> {
  def: ToolDefinition<S>;
  engagement: string;
  store: ToolStore<S>;
  /** Messages of fields whose text is invalid, by field id (the stored value is the last good one). */
  $errors: MapStore<Record<string, string | undefined>>;
  /** The latest refused add or remove. */
  $limit: WritableAtom<LimitMessage | null>;
  /** The store of a companion (same engagement). */
  companion<T>(def: ToolStateDef<T>): ToolStore<T>;
  /** What the tool's hooks learn besides its state (companions' states, build-time content). */
  context(): ToolContext;
  /** Build-time content given by the island (questionnaire or checklist data), if any. */
  content?: unknown;
  /** Applies imported or shared values (all-or-nothing, already read), then clears transient state. */
  apply(incoming: Incoming<S>): void;
  /** Back to the initial state, then clears transient state. */
  reset(): void;
  /** Clears transient state and runs the tool's own after-replace step (e.g. seed two vendors). */
  replaced(): void;
}

/** Optional steps a tool's factory may add. */
export interface InstanceHooks {
  /** After the whole state was replaced (import, share link, reset). */
  afterReplace?: () => void;
  /** Once on arrival, after any share link was dealt with (seed first-use defaults). */
  onArrival?: () => void;
}

const cache = new Map<string, ToolInstance<unknown>>();

/** The instance of a tool in an engagement (made once, then reused). */
export function instanceFor<S>(def: ToolDefinition<S>, engagement: string): ToolInstance<S> {
  const cacheKey = `${engagement}\u0000${def.tool}`;
  const cached = cache.get(cacheKey);
  if (cached) return cached as ToolInstance<S>;
  const companions = (def.companions ?? []).map((c) => companionStore(c, engagement));
  const store = createToolStore(def, { engagement, companions });
  const $errors = map<Record<string, string | undefined>>({});
  const $limit = atom<LimitMessage | null>(null);
  const made: ToolInstance<S> = {
    def,
    engagement,
    store,
    $errors,
    $limit,
    companion: <T>(c: ToolStateDef<T>) => companionStore(c, engagement) as ToolStore<T>,
    context() {
      return {
        companions: Object.fromEntries(companions.map((c) => [c.def.tool, c.$state.get()])),
        content: made.content,
      };
    },
    apply(incoming) {
      applyTransfer(store, incoming);
      made.replaced();
    },
    reset() {
      store.reset();
      made.replaced();
    },
    replaced() {
      $errors.set({});
      $limit.set(null);
      hooksOf.get(made as ToolInstance<unknown>)?.afterReplace?.();
    },
  };
  cache.set(cacheKey, made as ToolInstance<unknown>);
  return made;
}

const companionCache = new Map<string, ToolStore<unknown>>();

/** A companion's store in an engagement, shared by every tool that names it. */
function companionStore<T>(def: ToolStateDef<T>, engagement: string): ToolStore<unknown> {
  const key = `${engagement}\u0000${def.tool}`;
  let store = companionCache.get(key);
  if (!store) companionCache.set(key, (store = createToolStore(def, { engagement }) as ToolStore<unknown>));
  return store;
}

const hooksOf = new WeakMap<ToolInstance<unknown>, InstanceHooks>();

/** The hooks a factory registered for an instance (used by ToolShell). */
export function instanceHooks(instance: ToolInstance<unknown>): InstanceHooks {
  return hooksOf.get(instance) ?? {};
}

/** A tool instance with the tool's own actions and derived stores. */
export type Bound<S, A> = ToolInstance<S> & A;

/**
 * Makes a tool's factory: `build` adds the tool's actions and derived stores to an instance
 * (and may return `afterReplace` / `onArrival` hooks). The result is cached per engagement.
 */
export function toolFactory<S, A extends object>(
  def: ToolDefinition<S>,
  build: (t: ToolInstance<S>) => A & InstanceHooks,
): (engagement: string) => Bound<S, A> {
  const built = new Map<string, Bound<S, A>>();
  return (engagement) => {
    let bound = built.get(engagement);
    if (!bound) {
      const base = instanceFor(def, engagement);
      const extra = build(base);
      hooksOf.set(base as ToolInstance<unknown>, { afterReplace: extra.afterReplace, onArrival: extra.onArrival });
      bound = Object.assign(base, extra);
      built.set(engagement, bound);
    }
    return bound;
  };
}
