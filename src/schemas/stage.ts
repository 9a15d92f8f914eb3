import { z } from 'astro/zod';

/** One of the six stages of the journey (`content/stages.json`). */
export const stageSchema = z.object({
  /** 1–6, the order of the journey. */
  id: z.number().int().min(1).max(6),
  /** URL segment of the hub page: `/stages/<slug>/`. */
  slug: z.enum(['decide', 'cost', 'choose', 'contract', 'transition', 'run']),
  /** Short name shown in navigation, e.g. "Run & grow". */
  title: z.string().min(3),
  /** One sentence shown on the home page. */
  summary: z.string().min(20),
  /** The question the stage answers, e.g. "Should we outsource, and what?". */
  question: z.string().min(5),
  /** A paragraph introducing the hub page. */
  intro: z.string().min(50),
});

/** A stage as stored. */
export type Stage = z.output<typeof stageSchema>;
