import { z } from 'astro/zod';
import { slugSchema } from './guide';

/** A glossary term (`content/glossary.json`), anchored at `/glossary/#<id>`. */
export const glossarySchema = z.object({
  /** Anchor id, e.g. `sla`. */
  id: slugSchema,
  /** Display form, e.g. "Service-level agreement (SLA)". */
  term: z.string().min(2),
  /** Plain-English definition, 1–3 sentences. */
  definition: z.string().min(20),
  /** The guide that explains the term in practice. */
  guide: slugSchema.optional(),
});
