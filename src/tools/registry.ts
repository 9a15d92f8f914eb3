/**
 * The registry of built tools: tool id → the Astro wrapper that mounts its island.
 * `/tools/<id>/` and `/embed/<id>/` are generated from it, and guides link only to tools
 * listed here (so no link ever points at a tool that does not exist yet).
 * Adding a tool: see docs/adding-a-tool.md.
 */
import type { ToolId } from './catalog';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- Astro components have no public type
type AstroComponent = (props: any) => any;

/** Built tools, in any order. */
export const TOOL_ISLANDS: Partial<Record<ToolId, AstroComponent>> = {};

/** True when the tool with this id is built and has a page. */
export function isToolBuilt(id: ToolId): boolean {
  return id in TOOL_ISLANDS;
}
