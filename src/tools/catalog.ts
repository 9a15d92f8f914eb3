/**
 * The catalogue of all 16 tools of the product (SPEC "Tools"): ids, titles, stages and the
 * guides that explain them. Pure data, importable from schemas, pages and tests alike.
 * Whether a tool is built yet is decided by the registry (`registry.ts`), not here.
 */

/** Every tool id, in SPEC order. The id is the URL: `/tools/<id>/`, `/embed/<id>/`. */
export const TOOL_IDS = [
  'goals-scope',
  'task-classifier',
  'readiness',
  'total-cost',
  'vendor-scorecard',
  'due-diligence',
  'cultural-fit',
  'pilot-planner',
  'sla-builder',
  'contract-checklist',
  'raci',
  'communication-plan',
  'transition-plan',
  'kpi-tracker',
  'risk-register',
  'relationship-review',
] as const;

/** A tool id from SPEC. */
export type ToolId = (typeof TOOL_IDS)[number];

/** What every page needs to know about a tool, built or not. */
export interface ToolInfo {
  id: ToolId;
  title: string;
  /** Stage 1–6 whose hub lists the tool. */
  stage: number;
  /** One sentence: what the visitor gets from it. */
  summary: string;
}

/** All tools, in SPEC order. */
export const TOOLS: readonly ToolInfo[] = [
  {
    id: 'goals-scope',
    stage: 1,
    title: 'Goals and scope canvas',
    summary: 'Turn a vague wish to outsource into a one-page brief with measurable success criteria.',
  },
  {
    id: 'task-classifier',
    stage: 1,
    title: 'What to outsource',
    summary:
      'Score your tasks on strategic importance and operational impact to see what to keep, partner on, outsource or drop.',
  },
  {
    id: 'readiness',
    stage: 1,
    title: 'Readiness self-audit',
    summary: 'Check yourself against the ten common outsourcing mistakes before you start.',
  },
  {
    id: 'total-cost',
    stage: 2,
    title: 'Total cost of engagement',
    summary:
      'Compare the full monthly cost of doing the work in-house with outsourcing it, including the hidden costs.',
  },
  {
    id: 'vendor-scorecard',
    stage: 3,
    title: 'Vendor scorecard',
    summary: 'Rank vendors on weighted criteria with must-haves, and see how robust the winner is.',
  },
  {
    id: 'due-diligence',
    stage: 3,
    title: 'Due-diligence checklist',
    summary: 'Check each vendor’s track record, finances, security and continuity before you sign.',
  },
  {
    id: 'cultural-fit',
    stage: 3,
    title: 'Cultural fit and communication',
    summary: 'Assess how well each vendor’s hours, language and ways of working fit yours.',
  },
  {
    id: 'pilot-planner',
    stage: 3,
    title: 'Pilot planner',
    summary: 'Plan a trial with pass marks agreed up front, and get a clear go or no-go.',
  },
  {
    id: 'sla-builder',
    stage: 4,
    title: 'SLA and KPI builder',
    summary: 'Define the service levels, targets and service credits your contract should hold.',
  },
  {
    id: 'contract-checklist',
    stage: 4,
    title: 'Contract checklist',
    summary: 'Make sure the contract covers every clause that protects a small business.',
  },
  {
    id: 'raci',
    stage: 4,
    title: 'RACI builder',
    summary: 'Agree who is responsible and accountable for each task, on both sides.',
  },
  {
    id: 'communication-plan',
    stage: 4,
    title: 'Communication plan',
    summary: 'Set the meetings, reports and escalation steps, and see the time they take.',
  },
  {
    id: 'transition-plan',
    stage: 5,
    title: 'Transition planner',
    summary: 'Plan the handover phase by phase, with training, check-ins and documentation.',
  },
  {
    id: 'kpi-tracker',
    stage: 6,
    title: 'KPI tracker',
    summary: 'Track the vendor’s results against targets period by period, with service credits due.',
  },
  {
    id: 'risk-register',
    stage: 6,
    title: 'Risk register',
    summary: 'List what could go wrong, how likely and how bad it is, and what you will do about it.',
  },
  {
    id: 'relationship-review',
    stage: 6,
    title: 'Relationship review',
    summary: 'Score the partnership each quarter from both sides and decide what to change.',
  },
];

/** The catalogue entry for an id. */
export function toolInfo(id: ToolId): ToolInfo {
  const info = TOOLS.find((t) => t.id === id);
  if (!info) throw new Error(`Unknown tool id: ${id}`);
  return info;
}
