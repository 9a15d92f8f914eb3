/**
 * Loads every schema (src/tools/all-schemas.ts, with Zod) on demand; see lazy-schema.ts. Kept
 * apart from lazy-schema.ts, which declarations import: the schemas import the declarations'
 * limits, and this module imports the schemas.
 */
let loading: Promise<void> | undefined;

/** Loads the schemas (once); resolves when they can be used. A failed load can be tried again. */
export function loadSchemas(): Promise<void> {
  return (loading ??= import('./schemas-ready').then(
    () => undefined,
    (e: unknown) => {
      loading = undefined;
      throw e;
    },
  ));
}
