/**
 * Build-time helper for checklist tools' island wrappers (.astro only: it reads content
 * collections): every file in content/checklists/ whose `tool` is this tool's id, in order,
 * plus the guide titles its links need. An author adds a checklist with one JSON file.
 */
import { getCollection } from 'astro:content';
import { publishedGuides } from '../../lib/content';
import { toolInfo, type ToolId } from '../catalog';
import type { ChecklistProps } from './ChecklistTool';

/** Everything the engine view needs for tool `id`. */
export async function checklistProps(id: ToolId): Promise<ChecklistProps> {
  const lists = (await getCollection('checklists', (c) => c.data.tool === id))
    .sort((a, b) => a.data.order - b.data.order || a.id.localeCompare(b.id))
    .map((c) => ({ ...c.data, id: c.id }));
  if (lists.length === 0) throw new Error(`No checklist in content/checklists/ has "tool": "${id}".`);
  const guides = Object.fromEntries((await publishedGuides()).map((g) => [g.id, g.data.title]));
  return { tool: id, title: toolInfo(id).title, lists, guides };
}
