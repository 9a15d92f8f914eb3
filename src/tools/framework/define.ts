/**
 * One declaration per tool: `defineTool({...})` in `src/tools/<id>/tool.ts` says everything
 * the site needs to know about a tool's data — id, title, version, schema, initial state,
 * migrations, companions, the guides to read with it, and the optional hooks of the roadmap
 * (a one-line `summary` for the dashboard, `offers` and `accepts` for cross-tool flows, `merge`
 * for workshops). Declarations are client-safe (no `.astro`, no store, no view), so the
 * registry, the pages and a whole-workspace export can all read every tool from them. The code
 * of `accepts` and `merge` loads on demand (from the folder's `accepts.ts` and `merge.ts`), so
 * a tool page carries it only once an offer is to be shown or a workshop merged.
 */
import type { StateSchema, ToolStateDef } from './record';
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

/** One answer of one participant's response, as the workshop page merges it. */
export interface MergeValue {
  /** Stable key: the same question of two participants has the same key. */
  item: string;
  /** What the facilitator reads ("Have you written down …", "Acme — Price"). */
  label: string;
  /** `yesno`: value 1 is Yes, 0 is No. `scale`: a score from 1 to 5. */
  kind: 'yesno' | 'scale';
  value: number;
}

/**
 * How a tool joins a workshop: what a participant's response code carries and how the
 * facilitator's page reads it. The response travels as `R` (only this tool's answers), is
 * validated with `schema` on the facilitator's side, and turned into item values there.
 */
export interface MergeHook<S, R> {
  /** Format version of `R`; a code of another version is rejected. Bump it when `R` changes. */
  version: number;
  /** Validates a decoded response (zod/mini). */
  schema: StateSchema<R>;
  /** What a participant sends from their state, or null while there is nothing to send. */
  response: (state: S, ctx: ToolContext) => R | null;
  /** The item values of one response (labels may come from `ctx.content`). */
  values: (response: R, ctx: ToolContext) => MergeValue[];
  /** One response's overall score, where the tool has one (the room shows their mean). */
  score?: (response: R, ctx: ToolContext) => number | null;
  /** The band a score falls in, by name. */
  band?: (score: number, ctx: ToolContext) => string | null;
  /** How a score reads ("60 %", "3.4 of 5"). */
  scoreText?: (score: number, ctx: ToolContext) => string;
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
  /**
   * Offers this tool can take, each applied to its own state only when the visitor accepts. The
   * kinds are known at once (to read the mailbox); the code that asks and applies (the folder's
   * `accepts.ts`) loads when an offer of one of them is to be shown, so tool pages do not carry it.
   */
  accepts?: {
    /** The offer kinds this tool takes, in the order of the loaded list (known without loading the code). */
    kinds: readonly string[];
    /** The code that shows and applies them (loaded when an offer is to be shown). */
    load: () => Promise<Accept<S>[]>;
  };
  /**
   * How participants send this tool's answers to a workshop's facilitator (`/workshop/`): the
   * hook loads when a participant sends or a facilitator merges, so tool pages do not carry it.
   */
  merge?: () => Promise<MergeHook<S, unknown>>;
}

/** Declares a tool (identity function, for type inference and one place to look). */
export function defineTool<S>(def: ToolDefinition<S>): ToolDefinition<S> {
  return def;
}
