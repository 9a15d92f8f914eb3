import { z } from 'astro/zod';

/**
 * The coverage map (`content/coverage.json`): every point of every seed article, and the pages
 * that cover it. A target is a guide slug, `case-studies/<slug>` or `mistakes/<id>`.
 */
export const coverageSchema = z.object({
  seeds: z.array(
    z.object({
      /** File name of the seed in `shared/seeds/`. */
      file: z.string().regex(/\.txt$/),
      /** The seed's topic, in our words. */
      title: z.string().min(3),
      /** Each practice, step, mistake, example or case of the seed. */
      points: z
        .array(
          z.object({
            /** The point, in our words. */
            point: z.string().min(3),
            /** Pages that cover it (at least one). */
            guides: z.array(z.string().min(3)).min(1),
          }),
        )
        .min(1),
    }),
  ),
});
