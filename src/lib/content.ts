/**
 * Queries over the content collections that several pages share: published guides in
 * journey order, stages in order, guides of a stage. Drafts never leave this module.
 */
import { getCollection, type CollectionEntry } from 'astro:content';

async function loadGuides(): Promise<CollectionEntry<'guides'>[]> {
  const all = await getCollection('guides', (g) => !g.data.draft);
  return all.sort((a, b) => a.data.stage - b.data.stage || a.data.order - b.data.order);
}

// Every guide and tool page asks for the list (its related guides): a build sorts it once, not
// once per page, which grew with the square of the number of guides. The dev server asks afresh,
// so an edited guide shows at once.
let guidesOnce: Promise<CollectionEntry<'guides'>[]> | undefined;

/** Published guides sorted by stage, then order (a fresh array: callers may sort or splice it). */
export async function publishedGuides(): Promise<CollectionEntry<'guides'>[]> {
  if (import.meta.env.DEV) return loadGuides();
  return [...(await (guidesOnce ??= loadGuides()))];
}

/** Published case studies, by stage then title. */
export async function publishedCaseStudies(): Promise<CollectionEntry<'caseStudies'>[]> {
  const all = await getCollection('caseStudies', (c) => !c.data.draft);
  return all.sort((a, b) => a.data.stage - b.data.stage || a.data.title.localeCompare(b.data.title));
}

/** The six stages in journey order. */
export async function orderedStages(): Promise<CollectionEntry<'stages'>[]> {
  return (await getCollection('stages')).sort((a, b) => a.data.num - b.data.num);
}

// The slug index, built once per build for the same reason (every guide and tool page looks up
// its related guides: a map of all guides per page was 111 ms of the build with 1,000 extra).
let bySlugOnce: Promise<Map<string, CollectionEntry<'guides'>>> | undefined;
const bySlug = async () => new Map((await publishedGuides()).map((g) => [g.id, g]));

/** Looks up guides by slug, keeping the given order and dropping unknown or draft slugs. */
export async function guidesBySlug(slugs: readonly string[]): Promise<CollectionEntry<'guides'>[]> {
  const guides = import.meta.env.DEV ? await bySlug() : await (bySlugOnce ??= bySlug());
  return slugs.flatMap((s) => guides.get(s) ?? []);
}
