import { z } from 'astro/zod';
import { TOOL_IDS } from '../tools/catalog';
import { slugSchema } from './guide';

/** One of the ten common mistakes (`content/mistakes.json`), anchored at `/mistakes/#<id>`. */
export const mistakeSchema = z.object({
  /** Anchor id, e.g. `vague-goals`. */
  id: slugSchema,
  /** Short name, e.g. "Vague goals and scope". */
  title: z.string().min(5),
  /** Why owners fall into it. */
  why: z.string().min(20),
  /** Signs that it is happening to you. */
  warningSigns: z.array(z.string().min(5)).min(2),
  /** What to do instead. */
  remedy: z.string().min(20),
  /** The guide that explains the remedy. */
  guide: slugSchema,
  /** The tool that helps apply the remedy. */
  tool: z.enum(TOOL_IDS),
});
