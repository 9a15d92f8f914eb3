import { z } from 'astro/zod';
import { TOOL_IDS } from '../tools/catalog';
import { slugSchema } from './guide';

/** A stable id: editing an item's text keeps visitors' answers because they are keyed by it. */
const itemId = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'ids are lower-case words joined by hyphens');

/** One item of a checklist. */
export const checklistItemSchema = z.object({
  /** Stable id; never reuse an id for a different item. */
  id: itemId,
  /** What to check or agree, as an instruction or question. */
  text: z.string().min(5),
  /** Why it matters, one click away in the UI. */
  why: z.string().min(10),
  /** Guide that explains the item. */
  guide: slugSchema.optional(),
  /** Critical items still open are listed at the top of the checklist. */
  critical: z.boolean().default(false),
  /** Optional extra detail, e.g. what a contract clause should say or questions for a lawyer. */
  detail: z.array(z.string().min(3)).default([]),
});

/** A checklist file in `content/checklists/` (rendered by the checklist engine). */
export const checklistSchema = z
  .object({
    /** The tool id that renders this checklist. */
    tool: z.enum(TOOL_IDS),
    /** Heading shown above the checklist. */
    title: z.string().min(3),
    /** One sentence on what the checklist is for. */
    summary: z.string().min(10),
    /** True when each vendor gets its own copy of the answers. */
    perVendor: z.boolean().default(false),
    /** Position among the checklists of the same tool (lowest first); ties sort by file name. */
    order: z.number().int().default(1),
    /** Words for the three answers, e.g. "Agreed" / "Not needed" / "Still open" for a contract. */
    statusLabels: z
      .object({
        /** The item is done, checked or agreed. */
        done: z.string().min(2),
        /** The item does not apply here; it is left out of the progress count. */
        na: z.string().min(2),
        /** The item is still open. */
        todo: z.string().min(2),
      })
      .default({ done: 'Done', na: 'Not applicable', todo: 'To do' }),
    /**
     * What the checklist clears the way for, after "ready for" / "blocks": e.g. "signing" or
     * "choosing this vendor". With it the checklist says what to do next, not only counts.
     */
    milestone: z.string().min(3).optional(),
    /** Title of the Markdown download, e.g. "Contract brief" (defaults to the checklist title). */
    exportTitle: z.string().min(3).optional(),
    /** Sections in display order. */
    sections: z
      .array(z.object({ id: itemId, title: z.string().min(3), items: z.array(checklistItemSchema).min(1) }))
      .min(1),
  })
  .superRefine((list, ctx) => {
    const seen = new Set<string>();
    for (const item of list.sections.flatMap((s) => s.items)) {
      if (seen.has(item.id)) ctx.addIssue({ code: 'custom', message: `duplicate item id "${item.id}"` });
      seen.add(item.id);
    }
  });

/** A parsed checklist. */
export type Checklist = z.output<typeof checklistSchema>;
