/**
 * /plan/report/: one printable workbook of the current engagement — a cover (engagement, date,
 * currency), then every started tool in stage order with its summary, what was entered and
 * found (its declaration's `report`), and the open actions. Tables, not charts, so it reads in
 * black and white. Also "Copy as Markdown".
 */
import { useState } from 'preact/hooks';
import { DEFINITIONS, REPORTS } from '../tools/definitions';
import { workspace, $engagement } from '../tools/framework/engagement';
import { storageEngine } from '../tools/framework/storage';
import { oneLine, tableCell } from '../tools/framework/text';
import { EngagementPicker } from '../tools/ui/EngagementPicker';
import { useHydratedStore, useMounted, useSettings } from '../tools/ui/hooks';
import { engagementStatus, storedState, type PlanTool } from './plan-model';
import type { PlanProps } from './Plan';
import type { ToolId } from '../tools/catalog';

const read = (key: string) => storageEngine()[key];

interface Part {
  id: string;
  title: string;
  stage: string;
  summary: string | null;
  rows: [string, string][];
  actions: string[];
}

/** The report as Markdown (every piece of visitor text escaped). */
function toMarkdown(name: string, date: string, currency: string, parts: Part[]): string {
  const out = [`# Outsourcing plan — ${oneLine(name)}`, '', `${date} · amounts in ${currency}`, ''];
  for (const p of parts) {
    out.push(`## ${oneLine(p.title)} (${p.stage})`, '');
    if (p.summary) out.push(oneLine(p.summary), '');
    if (p.rows.length)
      out.push('| | |', '|---|---|', ...p.rows.map(([k, v]) => `| ${tableCell(k)} | ${tableCell(v)} |`), '');
    if (p.actions.length) out.push('Open actions:', '', ...p.actions.map((a) => `- ${oneLine(a)}`), '');
  }
  if (!parts.length) out.push('Nothing entered yet in this engagement.');
  return out.join('\n');
}

export default function Report({ stages, tools, contents }: PlanProps) {
  const mounted = useMounted();
  const w = useHydratedStore(workspace.$state, workspace.def.initial());
  const current = useHydratedStore($engagement, 'default');
  const { locale, currency } = useSettings();
  const [copied, setCopied] = useState<string | null>(null);
  const name = w.engagements.find((e) => e.id === current)?.name ?? '';
  const date = new Intl.DateTimeFormat(locale, { dateStyle: 'long' }).format(new Date());

  const planTools: PlanTool[] = tools.flatMap((t) => {
    const def = DEFINITIONS[t.id];
    return def ? [{ id: t.id, title: t.title, stage: t.stage, def, content: contents[t.id] }] : [];
  });
  const statuses = mounted ? engagementStatus(planTools, read, current) : [];
  const parts: Part[] = statuses
    .filter((s) => s.started && !s.unreadable)
    .sort((a, b) => a.stage - b.stage)
    .map((s) => {
      const t = planTools.find((x) => x.id === s.id)!;
      const stored = storedState(t, read, current, { locale, currency });
      let section = { rows: [] as [string, string][], actions: [] as string[] };
      try {
        const report = REPORTS[t.id as ToolId] ?? t.def.report;
        if (stored && report) section = report(stored.state, stored.ctx);
      } catch {
        // A report part is a courtesy: the summary still prints.
      }
      return {
        id: s.id,
        title: s.title,
        stage: stages.find((x) => x.id === s.stage)?.title ?? '',
        summary: s.summary,
        ...section,
      };
    });

  const copy = async () => {
    const md = toMarkdown(name, date, currency, parts);
    try {
      await navigator.clipboard.writeText(md);
      setCopied('The report was copied as Markdown.');
    } catch {
      setCopied(null);
      const area = document.getElementById('report-markdown') as HTMLTextAreaElement | null;
      if (area) {
        area.value = md;
        area.hidden = false;
        area.select();
      }
    }
  };

  return (
    <div class="report">
      <div class="no-print">
        <EngagementPicker />
        <div class="button-row">
          <button type="button" onClick={() => window.print()}>
            Print or save as PDF
          </button>
          <button type="button" class="secondary" onClick={() => void copy()}>
            Copy as Markdown
          </button>
        </div>
        <div role="status">{copied && <p class="banner ok">{copied}</p>}</div>
        <label for="report-markdown" class="visually-hidden">
          The report as Markdown
        </label>
        <textarea id="report-markdown" rows={8} readOnly hidden />
      </div>
      <section class="report-cover" aria-labelledby="report-title">
        <h2 id="report-title">{name}</h2>
        <p>
          {date} · amounts in {currency}
        </p>
      </section>
      {/* Also what the server renders (a first visit), so nothing moves once the script runs. */}
      {parts.length === 0 && (
        <p>
          Nothing entered yet in this engagement. Start on <a href="/plan/">your plan</a>.
        </p>
      )}
      {parts.map((p) => (
        <section key={p.id} class="report-part" aria-labelledby={`report-${p.id}`}>
          <h2 id={`report-${p.id}`}>
            {p.title} <span class="hint">({p.stage})</span>
          </h2>
          {p.summary && <p>{p.summary}</p>}
          {p.rows.length > 0 && (
            <table class="report-table">
              <caption class="visually-hidden">{p.title}: what was entered and found</caption>
              <tbody>
                {p.rows.map(([k, v], i) => (
                  <tr key={i}>
                    <th scope="row">{k}</th>
                    <td>{v}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          {p.actions.length > 0 && (
            <>
              <h3>Open actions</h3>
              <ul>
                {p.actions.map((a, i) => (
                  <li key={i}>{a}</li>
                ))}
              </ul>
            </>
          )}
          <p class="no-print">
            <a href={`/tools/${p.id}/`}>Open the {p.title}</a>
          </p>
        </section>
      ))}
    </div>
  );
}
