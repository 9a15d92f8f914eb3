import { z } from 'astro/zod';
import { TOOL_IDS } from '../tools/catalog';

/** A guide slug: lower-case words joined by hyphens (the file name without `.mdx`). */
export const slugSchema = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'use lower-case words joined by hyphens');

/** Fields shared by guides and case studies. */
export const articleSchema = z.object({
  /** Title in sentence case; the page's H1 and `<title>`. */
  title: z.string().min(5).max(90),
  /** One-sentence summary shown under the title and as the meta description. */
  description: z.string().min(30).max(200),
  /** The stage 1–6 (Decide, Cost, Choose, Contract, Transition, Run & grow). */
  stage: z.number().int().min(1).max(6),
  /** Tool ids (SPEC) that apply; only tools that are built are linked. */
  tools: z.array(z.enum(TOOL_IDS)).default([]),
  /** Slugs of related guides, shown at the end of the page. */
  related: z.array(slugSchema).default([]),
  /** Date of the last meaningful revision (YYYY-MM-DD). */
  updated: z.coerce.date(),
  /** Drafts are built in neither pages, sitemap nor search. */
  draft: z.boolean().default(false),
});

/** Frontmatter of a guide in `content/guides/`. */
export const guideSchema = articleSchema.extend({
  /** Position within its stage hub (1 first). */
  order: z.number().int().min(1),
  /** Concrete actions, one sentence each: the "Do this" list. */
  doThis: z.array(z.string().min(10)).min(3),
  /** Pitfalls, one sentence each: the "Watch out" list. */
  watchOut: z.array(z.string().min(10)).min(2),
});

/** Frontmatter of a case study in `content/case-studies/`. */
export const caseStudySchema = articleSchema.extend({
  /** What a reader should take away, one sentence each. */
  lessons: z.array(z.string().min(10)).min(2),
});

/** A parsed guide's frontmatter. */
export type GuideData = z.output<typeof guideSchema>;
