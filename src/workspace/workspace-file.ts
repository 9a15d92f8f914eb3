/**
 * The whole-workspace backup file: every engagement (names and every stored record) and the
 * settings, in one JSON document. Reading it is all-or-nothing: every record is read with its
 * tool's own declaration (validated, migrated) before anything is written, and a bad file
 * names the engagement, the tool and the problem. Importing can add the engagements or
 * replace everything.
 */
import * as z from 'zod/mini';
import '../tools/framework/schemas-ready';
import type { ToolDefinition } from '../tools/framework/define';
import { parseJson, readRecordValue, toRecord, type ToolStateDef } from '../tools/framework/record';
import { toolKey } from '../tools/framework/tool-store';
import { vendorListDef } from '../tools/framework/vendors';
import { MAX_ENGAGEMENTS, workspaceDef, type Workspace } from '../tools/framework/engagement';
import { newEngagementId } from '../tools/framework/engagement-actions';
import { readSettings, type Settings } from '../tools/framework/settings';

/** Largest workspace file read (a real one is a few hundred KB at most). */
export const MAX_WORKSPACE_BYTES = 5 * 1024 * 1024;

const fileSchema = z.object({
  format: z.literal('outsource-smart-workspace'),
  v: z.literal(1),
  settings: z.optional(z.unknown()),
  engagements: z
    .array(
      z.object({
        id: z.string().check(z.regex(/^[a-z0-9-]{1,40}$/)),
        name: z.string().check(z.minLength(1), z.maxLength(60)),
        tools: z.record(z.string().check(z.regex(/^[a-z0-9-]{1,40}$/)), z.unknown()),
      }),
    )
    .check(z.minLength(1), z.maxLength(MAX_ENGAGEMENTS)),
});

/** Every stored shape a workspace holds, by tool id (the tools plus the vendor list). */
export function shapes(defs: ToolDefinition<unknown>[]): Map<string, ToolStateDef<unknown>> {
  return new Map<string, ToolStateDef<unknown>>([
    ...defs.map((d) => [d.tool, d] as [string, ToolStateDef<unknown>]),
    [vendorListDef.tool, vendorListDef as ToolStateDef<unknown>],
  ]);
}

/** The workspace as a file. `read(key)` is the stored text at a key; unreadable records are left out. */
export function exportWorkspace(
  defs: ToolDefinition<unknown>[],
  w: Workspace,
  settings: Settings,
  read: (key: string) => string | undefined,
  only?: string,
): string {
  const engagements = w.engagements
    .filter((e) => only === undefined || e.id === only)
    .map((e) => {
      const tools: Record<string, unknown> = {};
      for (const [id, def] of shapes(defs)) {
        const text = read(toolKey(id, e.id));
        if (text === undefined) continue;
        try {
          const r = readRecordValue(def, parseJson(text));
          if (r.ok) tools[id] = toRecord(def, r.state);
        } catch {
          // Unreadable: the tool page keeps it aside and offers its download.
        }
      }
      return { id: e.id, name: e.name, tools };
    });
  return JSON.stringify({ format: 'outsource-smart-workspace', v: 1, settings, engagements }, null, 2);
}

/** What importing a file would write, computed in full before anything is written. */
export interface WorkspaceImport {
  workspace: Workspace;
  /** Storage key → text, for every record of every imported engagement. */
  records: Record<string, string>;
  settings: Settings | null;
  /** Names of the engagements imported. */
  names: string[];
}

/** Reads a workspace file for `mode` (add to the current workspace, or replace it); nothing is written. */
export function readWorkspaceFile(
  defs: ToolDefinition<unknown>[],
  text: string,
  current: Workspace,
  mode: 'add' | 'replace',
): { ok: true; result: WorkspaceImport } | { ok: false; message: string } {
  let raw: unknown;
  try {
    raw = parseJson(text);
  } catch {
    return { ok: false, message: 'The file is not valid JSON, so it is not a workspace export.' };
  }
  const parsed = fileSchema.safeParse(raw);
  if (!parsed.success) return { ok: false, message: 'The file is not an Outsource Smart workspace export.' };
  const known = shapes(defs);
  const base: Workspace = mode === 'replace' ? { current: '', engagements: [] } : current;
  const engagements = [...base.engagements];
  const records: Record<string, string> = {};
  for (const e of parsed.data.engagements) {
    let name = e.name;
    for (let n = 2; engagements.some((x) => x.name.toLowerCase() === name.toLowerCase()); n++)
      name = `${e.name} (${n})`;
    const id = engagements.some((x) => x.id === e.id) ? newEngagementId({ current: '', engagements }, name) : e.id;
    for (const [tool, rec] of Object.entries(e.tools)) {
      const def = known.get(tool);
      if (!def) return { ok: false, message: `Engagement “${e.name}”: the tool “${tool}” is not one this site knows.` };
      const r = readRecordValue(def, rec);
      if (!r.ok) return { ok: false, message: `Engagement “${e.name}”, ${def.title}: ${r.message}` };
      records[toolKey(tool, id)] = JSON.stringify(toRecord(def, r.state));
    }
    engagements.push({ id, name: name.slice(0, 60) });
  }
  if (engagements.length > MAX_ENGAGEMENTS)
    return { ok: false, message: `That would make more than ${MAX_ENGAGEMENTS} engagements; delete some first.` };
  const settings = readSettings(parsed.data.settings);
  const workspace = { current: mode === 'replace' ? engagements[0]!.id : current.current, engagements };
  if (!workspaceDef.schema.safeParse(workspace).success)
    return { ok: false, message: 'The file’s engagements are not valid.' };
  return {
    ok: true,
    result: {
      workspace,
      records,
      settings,
      names: parsed.data.engagements.map((e) => e.name),
    },
  };
}
