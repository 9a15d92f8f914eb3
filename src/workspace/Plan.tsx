/**
 * /plan/: the visitor's engagements — switch, create, rename, duplicate, delete (with undo) —
 * where each stands stage by stage (each tool's own summary), the next recommended step, and
 * the whole-workspace backup. Reads stored records through every tool's declaration; writes
 * only through the workspace actions.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { DEFINITIONS } from '../tools/definitions';
import type { ToolId } from '../tools/catalog';
import { workspace, $engagement } from '../tools/framework/engagement';
import {
  deleteEngagement,
  duplicateEngagement,
  renameEngagement,
  undoDelete,
  type Deleted,
} from '../tools/framework/engagement-actions';
import { storageEngine, storageMode } from '../tools/framework/storage';
import { $settings } from '../tools/framework/settings';
import { downloadText, today } from '../tools/framework/download';
import { EngagementPicker } from '../tools/ui/EngagementPicker';
import { BackupReminder } from '../tools/ui/BackupReminder';
import { exported } from '../tools/framework/backup-reminder';
import { AddField } from '../tools/ui/AddField';
import { useHydratedStore, useMounted, useStoreNow } from '../tools/ui/hooks';
import { engagementStatus, nextStep, stageProgress, type PlanTool } from './plan-model';
import { exportWorkspace, MAX_WORKSPACE_BYTES, readWorkspaceFile } from './workspace-file';
import { applyImport } from './apply-import';

/** What the page is given at build time (serialisable). */
export interface PlanProps {
  stages: { id: number; title: string; slug: string }[];
  tools: { id: ToolId; title: string; stage: number; guide: { slug: string; title: string } | null }[];
  /** Build-time data of engine tools (questionnaires, checklists), by tool id. */
  contents: Record<string, unknown>;
}

const defs = () => Object.values(DEFINITIONS) as NonNullable<(typeof DEFINITIONS)[ToolId]>[];
const read = (key: string) => storageEngine()[key];
/** What the server renders, and hydration matches: a first visit, nothing stored. */
const NOTHING_STORED = () => undefined;

/** Re-renders when another tab changes storage. */
function useStorageTick(): number {
  const [tick, setTick] = useState(0);
  useEffect(() => {
    const on = () => setTick((n) => n + 1);
    window.addEventListener('storage', on);
    return () => window.removeEventListener('storage', on);
  }, []);
  return tick;
}

export default function Plan({ stages, tools, contents }: PlanProps) {
  const mounted = useMounted();
  const w = useHydratedStore(workspace.$state, workspace.def.initial());
  const current = useHydratedStore($engagement, 'default');
  useStoreNow($settings);
  useStorageTick();
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [deleted, setDeleted] = useState<Deleted | null>(null);
  const [rename, setRename] = useState('');
  const [renameError, setRenameError] = useState<string | undefined>();
  const [mode, setMode] = useState<'add' | 'replace'>('add');
  const [persisted, setPersisted] = useState<boolean | null>(null);
  const file = useRef<HTMLInputElement>(null);

  useEffect(() => {
    void navigator.storage?.persisted?.().then(setPersisted);
  }, []);

  const planTools: PlanTool[] = tools.flatMap((t) => {
    const def = DEFINITIONS[t.id];
    return def ? [{ id: t.id, title: t.title, stage: t.stage, def, content: contents[t.id] }] : [];
  });
  const me = w.engagements.find((e) => e.id === current) ?? w.engagements[0]!;

  const exportAll = (only?: string) => {
    const text = exportWorkspace(defs(), w, $settings.get(), read, only);
    const name = only ? me.name.toLowerCase().replace(/[^a-z0-9]+/g, '-') : 'workspace';
    downloadText(`outsource-smart-${name}-${today()}.json`, text);
    if (!only) exported();
  };

  const importFile = async (f: File | undefined) => {
    if (!f) return;
    const fail = (why: string) => setMessage({ ok: false, text: `Import failed: ${why} Nothing was changed.` });
    if (f.size > MAX_WORKSPACE_BYTES) return fail('the file is larger than 5 MB, so it is not a workspace export.');
    const r = readWorkspaceFile(defs(), await f.text(), workspace.$state.get(), mode);
    if (!r.ok) return fail(r.message);
    applyImport(r.result, mode);
    setMessage({
      ok: true,
      text: `${mode === 'add' ? 'Added' : 'Replaced everything with'} ${r.result.names.length} engagement${r.result.names.length === 1 ? '' : 's'} from “${f.name}”: ${r.result.names.join(', ')}.`,
    });
  };

  return (
    <div class="plan">
      <EngagementPicker />
      <BackupReminder />
      <div role="status" class="tool-messages">
        {message && <p class={`banner ${message.ok ? 'ok' : 'bad'}`}>{message.text}</p>}
        {deleted && (
          <div class="banner info">
            <p>Deleted “{deleted.engagement.name}” and all its values.</p>
            <button
              type="button"
              onClick={() => {
                undoDelete(deleted);
                setDeleted(null);
                setMessage({ ok: true, text: `“${deleted.engagement.name}” is back, with all its values.` });
              }}
            >
              Undo
            </button>
          </div>
        )}
      </div>

      {w.engagements.map((e) => {
        const statuses = engagementStatus(planTools, mounted ? read : NOTHING_STORED, e.id);
        const progress = stageProgress(statuses);
        const next = nextStep(statuses);
        const nextTool = next && tools.find((t) => t.id === next.id);
        const anyStarted = statuses.some((s) => s.started);
        return (
          <section key={e.id} class="plan-engagement" aria-labelledby={`plan-${e.id}`}>
            <h2 id={`plan-${e.id}`}>
              {e.name}
              {e.id === current && <span class="tag">shown on tool pages</span>}
            </h2>
            {!anyStarted && (
              <p>
                Nothing entered yet. Start with the first stage, <a href="/stages/decide/">Decide</a>: be clear about
                why and what you want to outsource before you talk to any provider.
              </p>
            )}
            {nextTool && (
              <div class="banner info plan-next">
                <p>
                  <strong>Next step: </strong>
                  {/* One text run up to the first link, as the server's HTML has it (ui/text-runs.ts). */}
                  {`${stages.find((s) => s.id === nextTool.stage)?.title}. ${nextTool.guide ? 'Read ' : ''}`}
                  {nextTool.guide && (
                    <>
                      <a href={`/guides/${nextTool.guide.slug}/`}>{nextTool.guide.title}</a>, then use the{' '}
                    </>
                  )}
                  <a href={`/tools/${nextTool.id}/`}>{nextTool.title}</a>.
                </p>
              </div>
            )}
            <ol class="plan-stages">
              {progress.map((p) => {
                const stage = stages.find((s) => s.id === p.stage);
                return (
                  <li key={p.stage}>
                    <h3>
                      {stage ? <a href={`/stages/${stage.slug}/`}>{stage.title}</a> : `Stage ${p.stage}`}{' '}
                      <span class="hint">
                        {p.started} of {p.total} tools started
                      </span>
                    </h3>
                    <ul>
                      {statuses
                        .filter((s) => s.stage === p.stage)
                        .map((s) => (
                          <li key={s.id}>
                            <a href={`/tools/${s.id}/`}>{s.title}</a>:{' '}
                            {s.unreadable
                              ? 'its stored values could not be read; open the tool to download them.'
                              : s.started
                                ? (s.summary ?? 'started.')
                                : 'not started.'}
                          </li>
                        ))}
                    </ul>
                  </li>
                );
              })}
            </ol>
          </section>
        );
      })}

      <p class="no-print">
        <a href="/plan/report/">Print the plan report of “{me.name}”</a>: every started tool's inputs, results and open
        actions in one document.
      </p>

      <section class="plan-manage no-print" aria-labelledby="plan-manage">
        <h2 id="plan-manage">Manage “{me.name}”</h2>
        <AddField
          id="plan-rename"
          label={`New name for ${me.name}`}
          error={renameError}
          maxLength={60}
          value={rename}
          onInput={setRename}
          onAdd={() => {
            const why = renameEngagement(me.id, rename);
            setRenameError(why ?? undefined);
            if (!why) {
              setMessage({ ok: true, text: `Renamed to “${rename.trim()}”.` });
              setRename('');
            }
          }}
          button="Rename"
        />
        <div class="button-row">
          <button
            type="button"
            class="secondary"
            onClick={() => {
              const r = duplicateEngagement(me.id);
              setMessage(
                r.ok
                  ? { ok: true, text: `Made a copy of “${me.name}”, with all its values.` }
                  : { ok: false, text: r.message },
              );
            }}
          >
            Duplicate “{me.name}”
          </button>
          <button
            type="button"
            class="secondary"
            onClick={() => {
              const r = deleteEngagement(me.id);
              if (typeof r === 'string') return setMessage({ ok: false, text: r });
              setMessage(null);
              setDeleted(r);
            }}
          >
            Delete “{me.name}”
          </button>
        </div>
      </section>

      <section class="plan-backup no-print" aria-labelledby="plan-backup">
        <h2 id="plan-backup">Back up and restore</h2>
        <p>
          One file with every engagement and your settings. Keep it somewhere safe, or open it in another browser with
          “Import workspace”.
        </p>
        <div class="button-row">
          <button type="button" onClick={() => exportAll()}>
            Export workspace
          </button>
          <button type="button" class="secondary" onClick={() => exportAll(me.id)}>
            Export “{me.name}” only
          </button>
        </div>
        <fieldset class="radios">
          <legend>When importing</legend>
          <label class="radio">
            <input type="radio" name="import-mode" checked={mode === 'add'} onChange={() => setMode('add')} /> Add the
            imported engagements to mine
          </label>
          <label class="radio">
            <input type="radio" name="import-mode" checked={mode === 'replace'} onChange={() => setMode('replace')} />{' '}
            Replace all my engagements and settings
          </label>
        </fieldset>
        <div class="field">
          <label for="plan-import">Import workspace</label>
          <input
            id="plan-import"
            ref={file}
            type="file"
            accept="application/json,.json"
            onChange={(e) => {
              void importFile(e.currentTarget.files?.[0]);
              e.currentTarget.value = '';
            }}
          />
        </div>
        <p class="hint">
          {mounted &&
            (storageMode() === 'local'
              ? `Kept in this browser's storage for this site${persisted === true ? ', marked persistent (the browser will not clear it to free space)' : persisted === false ? '; the browser may clear it when space runs low, so export now and then' : ''}.`
              : 'Not kept in this browser: export before you close the page.')}
        </p>
      </section>
    </div>
  );
}
