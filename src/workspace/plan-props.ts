/**
 * Build-time data of the plan pages (.astro only: reads content collections): the stages, the
 * built tools with their first guide, and the data engine tools' summaries read.
 */
import { getCollection, getEntry } from 'astro:content';
import { orderedStages, guidesBySlug } from '../lib/content';
import { TOOLS } from '../tools/catalog';
import { builtToolIds, DEFINITIONS } from '../tools/definitions';
import type { PlanProps } from './Plan';

/** Props of Plan and Report. */
export async function planProps(): Promise<PlanProps> {
  const built = new Set(builtToolIds());
  const stages = (await orderedStages()).map((s) => ({ id: s.data.num, title: s.data.title, slug: s.data.slug }));
  const tools = await Promise.all(
    TOOLS.filter((t) => built.has(t.id)).map(async (t) => {
      const [guide] = await guidesBySlug(DEFINITIONS[t.id]!.guides.slice(0, 1));
      return {
        id: t.id,
        title: t.title,
        stage: t.stage,
        guide: guide ? { slug: guide.id, title: guide.data.title } : null,
      };
    }),
  );
  // The data engine tools' summaries read: a tool's questionnaire, else its checklists.
  const contents: Record<string, unknown> = {};
  for (const t of tools) {
    const q = await getEntry('questionnaires', t.id);
    if (q) contents[t.id] = { ...q.data, id: q.id };
    else {
      const lists = (await getCollection('checklists', (c) => c.data.tool === t.id)).map((c) => ({
        ...c.data,
        id: c.id,
      }));
      if (lists.length) contents[t.id] = lists;
    }
  }
  return { stages, tools, contents };
}
