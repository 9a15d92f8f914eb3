/**
 * Ids for rows that an accepted offer adds in one go: `<prefix>1`, `<prefix>2`, … skipping
 * the ids the list already has. Readable and stable in exports, unlike newRowId's random ones.
 * Its own module: only the offer code that loads on demand uses it.
 */
import type { Row } from './rows';

/** A function giving the next free numbered id each time it is called. */
export function numberedIds(rows: readonly Row[], prefix: string): () => string {
  const taken = new Set(rows.map((r) => r.id));
  let n = 0;
  return () => {
    do n += 1;
    while (taken.has(`${prefix}${n}`));
    return `${prefix}${n}`;
  };
}
