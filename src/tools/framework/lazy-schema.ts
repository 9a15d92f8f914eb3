/**
 * Stored shapes are checked with Zod, but only data that was stored, imported or shared needs
 * checking: a first visit has none. So the schemas (and Zod, about 8 KB gzip) are not part of a
 * tool page's first load. A declaration names its schema with `lazySchema(s => s.raci.schema)`,
 * a pick from `src/tools/all-schemas.ts`, which loads (`loadSchemas()` of load-schemas.ts):
 * - before a tool's island renders, when this site has stored something here (each island's
 *   module awaits `schemasReady()` of boot.ts at its top level);
 * - with every module that reads outside data (transfer.ts, offers.ts, the workspace file and
 *   the plan pages), by importing `schemas-ready.ts`;
 * - before another tab's change is read (storage.ts delays the event until then).
 * A record read while they are still loading comes back `pending` (record.ts), never "invalid":
 * nothing is copied aside or dropped for it; a store reads it again once they are (tool-store.ts).
 */
import type { StateSchema } from './record';
import type * as AllSchemas from '../all-schemas';

/** Every stored shape, by module (see src/tools/all-schemas.ts). */
export type Schemas = typeof AllSchemas;

let loaded: Schemas | undefined;

/** Called by schemas-ready.ts once all-schemas.ts has run. */
export function provideSchemas(all: Schemas): void {
  loaded = all;
}

/** True once the schemas can be used. */
export function schemasLoaded(): boolean {
  return loaded !== undefined;
}

/** A schema that is looked up in all-schemas.ts when first used. */
export class LazySchema<S> implements StateSchema<S> {
  constructor(private readonly pick: (all: Schemas) => StateSchema<S>) {}

  /** The Zod schema itself (for tests that walk its shape); throws before the schemas load. */
  resolve(): StateSchema<S> {
    if (!loaded) throw new Error('The schemas are not loaded yet: await loadSchemas() (load-schemas.ts) first.');
    return this.pick(loaded);
  }

  safeParse(data: unknown): ReturnType<StateSchema<S>['safeParse']> {
    return this.resolve().safeParse(data);
  }
}

/** A declaration's schema, picked from all-schemas.ts: `lazySchema((s) => s.raci.schema)`. */
export function lazySchema<S>(pick: (all: Schemas) => StateSchema<S>): LazySchema<S> {
  return new LazySchema(pick);
}

/** True for a lazy schema whose module has not loaded yet. */
export function isPending(schema: StateSchema<unknown>): boolean {
  return schema instanceof LazySchema && loaded === undefined;
}
