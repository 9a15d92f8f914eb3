/**
 * The registry of built tools, made from the tool folders: a tool is built when its folder
 * has a declaration (`tool.ts`, see definitions.ts) and an island wrapper (`Island.astro`).
 * `/tools/<id>/` and `/embed/<id>/` are generated from it, and guides link only to tools
 * listed here (so no link points at a tool not built yet). Build-time only (it imports
 * `.astro` files); client code uses definitions.ts. Adding a tool: see docs/adding-a-tool.md.
 */
import { createHash } from 'node:crypto';
import type { ToolDefinition } from './framework/define';
import { DEFINITIONS, builtToolIds } from './definitions';
import type { ToolId } from './catalog';

export { isToolBuilt, builtToolIds } from './definitions';

// Astro components have no exported public type; this is the shape pages need.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AstroComponent = (props: any) => any;

const islands = import.meta.glob<{ default: AstroComponent }>('./*/Island.astro', { eager: true });
// A tool's own stylesheet (`<id>.css` in its folder), inlined on its pages only. Imported as CSS
// it would be bundled into the one route every tool page shares, so each page carried every
// tool's CSS (38 KB raw, 7.5 KB gzip, a tenth of it its own).
const styles = import.meta.glob<string>('./*/*.css', { query: '?inline', import: 'default', eager: true });

/** A built tool: its declaration and the island that mounts it. */
export interface BuiltTool {
  def: ToolDefinition<unknown>;
  island: AstroComponent;
  guides: string[];
  /** The tool's own CSS (empty when it has none), and its hash for the page's CSP style-src. */
  css: string;
  cssHash: `sha256-${string}`;
}

/** The built tool with this id (its folder must have both files). */
export function builtTool(id: ToolId): BuiltTool {
  const def = DEFINITIONS[id];
  const island = islands[`./${id}/Island.astro`]?.default;
  if (!def || !island) throw new Error(`src/tools/${id}/ needs both tool.ts and Island.astro.`);
  const css = styles[`./${id}/${id}.css`] ?? '';
  const cssHash = `sha256-${createHash('sha256').update(css).digest('base64')}` as const;
  return { def, island, guides: def.guides, css, cssHash };
}

/** Every built tool, in SPEC order. */
export const builtTools = (): [ToolId, BuiltTool][] => builtToolIds().map((id) => [id, builtTool(id)]);
