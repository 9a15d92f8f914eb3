/**
 * Build-time helper for questionnaire wrappers (.astro only: it reads content collections):
 * the questionnaire of a tool plus the guide and built-tool titles its links need.
 */
import { getEntry } from 'astro:content';
import { publishedGuides } from '../../lib/content';
import { TOOLS, toolInfo, type ToolId } from '../catalog';
import { isToolBuilt } from '../definitions';
import type { QuestionnaireProps } from './QuestionnaireTool';

/** Everything the engine view needs for tool `id`, read from `content/questionnaires/<id>.json`. */
export async function questionnaireProps(id: ToolId): Promise<QuestionnaireProps> {
  const entry = await getEntry('questionnaires', id);
  if (!entry) throw new Error(`content/questionnaires/${id}.json is missing.`);
  const guides = Object.fromEntries((await publishedGuides()).map((g) => [g.id, g.data.title]));
  const tools = Object.fromEntries(TOOLS.filter((t) => isToolBuilt(t.id)).map((t) => [t.id, t.title]));
  return { tool: id, title: toolInfo(id).title, data: { ...entry.data, id: entry.id }, guides, tools };
}
