/**
 * The dashboard's model (pure apart from the `read` it is given): for one engagement, which
 * tools are started and what each says (its declaration's `summary`), progress per stage, and
 * the next recommended step — the first stage, in order, where no tool is started yet.
 */
import '../tools/framework/schemas-ready';
import type { ToolContext, ToolDefinition } from '../tools/framework/define';
import { readRecord } from '../tools/framework/record';
import { toolKey } from '../tools/framework/tool-store';
import { vendorListDef } from '../tools/framework/vendors';

/** What the dashboard needs to know about a built tool. */
export interface PlanTool {
  id: string;
  title: string;
  stage: number;
  def: ToolDefinition<unknown>;
  /** Build-time content the tool's summary reads (questionnaire or checklist data), if any. */
  content?: unknown;
}

/** The stored state of a tool in an engagement and what its hooks learn, or null when none is readable. */
export function storedState(
  t: PlanTool,
  read: (key: string) => string | undefined,
  e: string,
  extra: { locale?: string; currency?: string } = {},
): { state: unknown; ctx: ToolContext } | null {
  const text = read(toolKey(t.id, e));
  if (text === undefined) return null;
  const r = readRecord(t.def, text);
  if (!r.ok) return null;
  const vendorsText = read(toolKey('vendors', e));
  const vendors = vendorsText ? readRecord(vendorListDef, vendorsText) : null;
  return {
    state: r.state,
    ctx: { companions: { vendors: vendors?.ok ? vendors.state : { vendors: [] } }, content: t.content, ...extra },
  };
}

/** One tool's standing in an engagement. */
export interface ToolStatus {
  id: string;
  title: string;
  stage: number;
  started: boolean;
  /** The tool's one line, or null when it has nothing to report yet. */
  summary: string | null;
  /** The stored value could not be read (the tool page says why and keeps it). */
  unreadable: boolean;
}

/** The standing of every tool in engagement `e`; `read(key)` is the stored text at a key. */
export function engagementStatus(
  tools: PlanTool[],
  read: (key: string) => string | undefined,
  e: string,
): ToolStatus[] {
  const vendorsText = read(toolKey('vendors', e));
  const vendors = vendorsText ? readRecord(vendorListDef, vendorsText) : null;
  const companions = { vendors: vendors?.ok ? vendors.state : { vendors: [] } };
  return tools.map((t) => {
    const text = read(toolKey(t.id, e));
    const base = { id: t.id, title: t.title, stage: t.stage };
    if (text === undefined) return { ...base, started: false, summary: null, unreadable: false };
    const r = readRecord(t.def, text);
    if (!r.ok) return { ...base, started: true, summary: null, unreadable: true };
    const started = JSON.stringify(r.state) !== JSON.stringify(t.def.initial());
    let summary: string | null = null;
    try {
      summary = started ? (t.def.summary?.(r.state, { companions, content: t.content }) ?? null) : null;
    } catch {
      summary = null; // A summary is a courtesy: a tool that cannot describe itself still counts as started.
    }
    return { ...base, started, summary, unreadable: false };
  });
}

/** A stage's progress: how many of its built tools are started. */
export interface StageProgress {
  stage: number;
  started: number;
  total: number;
}

/** Progress per stage, in stage order (stages without built tools are left out). */
export function stageProgress(statuses: ToolStatus[]): StageProgress[] {
  const stages = [...new Set(statuses.map((s) => s.stage))].sort((a, b) => a - b);
  return stages.map((stage) => {
    const of = statuses.filter((s) => s.stage === stage);
    return { stage, started: of.filter((s) => s.started).length, total: of.length };
  });
}

/** The next step: the first tool of the first stage where nothing is started; null when every stage has begun. */
export function nextStep(statuses: ToolStatus[]): ToolStatus | null {
  for (const p of stageProgress(statuses)) {
    if (p.started === 0) return statuses.find((s) => s.stage === p.stage) ?? null;
  }
  return null;
}
