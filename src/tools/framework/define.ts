/**
 * One declaration per tool: `defineTool({...})` in `src/tools/<id>/tool.ts` says everything
 * the site needs to know about a tool's data — id, title, version, schema, initial state,
 * migrations, companions, the guides to read with it, and the optional hooks of the roadmap
 * (a one-line `summary` for the dashboard, `offers` and `accepts` for cross-tool flows, `merge`
 * for workshops). Declarations are client-safe (no `.astro`, no store, no view), so the
 * registry, the pages and a whole-workspace export can all read every tool from them.
 */
import type { ToolStateDef } from './record';
import type { Accept, OfferDraft } from './offers';

/** What a hook learns besides the tool's own state. */
export interface ToolContext {
  /** The states of the tool's companions, by companion tool id (e.g. `vendors`). */
  companions: Record<string, unknown>;
  /** Build-time data the tool's island was given (a questionnaire or checklist file). */
  content?: unknown;
  /** Number format and currency, for hooks that write figures (the plan report). */
  locale?: string;
  currency?: string;
}

/** A tool's part of the printable plan report: what was entered and found, and what is left to do. */
export interface ReportSection {
  /** Label/value pairs: the key inputs and results, in the order to print. */
  rows: [string, string][];
  /** Open actions and recommendations, in words. */
  actions: string[];
}

/** A tool's declaration. */
export interface ToolDefinition<S> extends ToolStateDef<S> {
  /** Guides to read with the tool (slugs), listed on its page. */
  guides: string[];
  /** Stored shapes exported, imported and shared together with this tool's (e.g. the vendor list). */
  companions?: ToolStateDef<unknown>[];
  /** One line for the dashboard, or null while the tool holds nothing worth showing. */
  summary?: (state: S, ctx: ToolContext) => string | null;
  /**
   * The live one-line answer shown at the top of the tool page ("At a glance"), when it should
   * differ from the dashboard's `summary` (e.g. also for the example values). Defaults to `summary`.
   */
  glance?: (state: S, ctx: ToolContext) => string | null;
  /**
   * The tool's part of the plan report (inputs, results, open actions). Better kept in the
   * folder's `report.ts` (default export of the same function), which tool pages never load;
   * the summary alone prints when neither exists.
   */
  report?: (state: S, ctx: ToolContext) => ReportSection;
  /** Values this tool offers other tools, computed from its state (published on its page). */
  offers?: (state: S, ctx: ToolContext) => OfferDraft[];
  /** Offers this tool can take, each applied to its own state only when the visitor accepts. */
  accepts?: Accept<S>[];
}

/** Declares a tool (identity function, for type inference and one place to look). */
export function defineTool<S>(def: ToolDefinition<S>): ToolDefinition<S> {
  return def;
}
