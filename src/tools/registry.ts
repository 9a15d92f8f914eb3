/**
 * The registry of built tools: tool id → the Astro wrapper that mounts its island, and the
 * guides that explain it. `/tools/<id>/` and `/embed/<id>/` are generated from it, and
 * guides link only to tools listed here (so no link points at a tool not built yet).
 * Adding a tool: see docs/adding-a-tool.md.
 */
import type { ToolId } from './catalog';
import TotalCostIsland from './total-cost/TotalCostIsland.astro';
import ChecklistIsland from './checklist-engine/ChecklistIsland.astro';
import QuestionnaireIsland from './questionnaire-engine/QuestionnaireIsland.astro';
import CulturalFitIsland from './cultural-fit/CulturalFitIsland.astro';
import RelationshipReviewIsland from './relationship-review/RelationshipReviewIsland.astro';
import VendorScorecardIsland from './vendor-scorecard/VendorScorecardIsland.astro';

// Astro components have no exported public type; this is the shape pages need.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AstroComponent = (props: any) => any;

/** A built tool: its island and the guides to read with it (slugs). */
export interface BuiltTool {
  island: AstroComponent;
  guides: string[];
}

/** Built tools, in any order. */
export const TOOL_ISLANDS: Partial<Record<ToolId, BuiltTool>> = {
  'total-cost': {
    island: TotalCostIsland,
    guides: ['total-cost-of-engagement', 'cheapest-vendor-costs-more', 'why-outsource'],
  },
  'vendor-scorecard': { island: VendorScorecardIsland, guides: ['evaluating-vendors', 'cultural-fit', 'trial-period'] },
  readiness: { island: QuestionnaireIsland, guides: ['why-outsource', 'goals-and-scope'] },
  'due-diligence': { island: ChecklistIsland, guides: ['evaluating-vendors', 'protecting-data-and-ip'] },
  'contract-checklist': { island: ChecklistIsland, guides: ['contracts-and-slas', 'protecting-data-and-ip'] },
  'cultural-fit': { island: CulturalFitIsland, guides: ['cultural-fit'] },
  'relationship-review': {
    island: RelationshipReviewIsland,
    guides: ['long-term-partnership', 'monitoring-performance'],
  },
};

/** True when the tool with this id is built and has a page. */
export function isToolBuilt(id: ToolId): boolean {
  return id in TOOL_ISLANDS;
}
