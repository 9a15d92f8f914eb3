/**
 * Every built tool's declaration, gathered from `src/tools/<id>/tool.ts` (the way Squoosh
 * generates its encoder map from each feature's meta file). Client-safe — no `.astro`, no
 * store, no view — so pages, the registry and a whole-workspace export can all read it.
 * Importing this module pulls in every tool's declaration: tool pages import their own tool.ts only.
 */
import type { ReportSection, ToolContext, ToolDefinition } from './framework/define';
import { TOOL_IDS, type ToolId } from './catalog';

const modules = import.meta.glob<{ default: ToolDefinition<unknown> }>('./*/tool.ts', { eager: true });

/** Built tools' declarations by tool id, in SPEC order. */
export const DEFINITIONS: Partial<Record<ToolId, ToolDefinition<unknown>>> = Object.fromEntries(
  TOOL_IDS.flatMap((id) => {
    const def = modules[`./${id}/tool.ts`]?.default;
    if (def && def.tool !== id) throw new Error(`src/tools/${id}/tool.ts declares the tool “${def.tool}”.`);
    return def ? [[id, def]] : [];
  }),
);

/** True when the tool with this id is built and has a page. */
export function isToolBuilt(id: ToolId): boolean {
  return id in DEFINITIONS;
}

/** Ids of the built tools, in SPEC order. */
export function builtToolIds(): ToolId[] {
  return TOOL_IDS.filter(isToolBuilt);
}

/** Each tool's optional part of the plan report (`src/tools/<id>/report.ts`), kept off the tool pages. */
export const REPORTS: Partial<Record<ToolId, (state: unknown, ctx: ToolContext) => ReportSection>> = Object.fromEntries(
  Object.entries(
    import.meta.glob<{ default: (state: unknown, ctx: ToolContext) => ReportSection }>('./*/report.ts', {
      eager: true,
    }),
  ).map(([path, m]) => [path.split('/')[1], m.default]),
);
