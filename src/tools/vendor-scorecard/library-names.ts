/**
 * The criteria library's ids and names, all the client needs up front (the picker, a criterion
 * added from the library, an accepted cultural-fit offer). Descriptions and rubrics (library.ts)
 * reach the view as build-time props instead, so they travel in the page's HTML, not its JS.
 */

/** Library criteria by id, in the order the picker offers them. */
export const LIBRARY_NAMES: readonly (readonly [id: string, name: string])[] = [
  ['industry-experience', 'Industry experience'],
  ['track-record', 'Track record'],
  ['references', 'References'],
  ['capabilities', 'Capabilities and capacity'],
  ['infrastructure', 'Infrastructure and technology'],
  ['security-compliance', 'Security and compliance'],
  ['cultural-fit', 'Cultural fit'],
  ['communication', 'Communication and responsiveness'],
  ['price', 'Price'],
  ['scalability', 'Scalability'],
  ['trial-quality', 'Trial or sample quality'],
];

/** The name of a library criterion, or undefined for an unknown id (or null: a custom criterion). */
export function libraryName(id: string | null): string | undefined {
  return id === null ? undefined : LIBRARY_NAMES.find(([k]) => k === id)?.[1];
}
