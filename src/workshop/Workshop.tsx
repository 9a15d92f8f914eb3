/**
 * The facilitator's page (/workshop/): choose the tool, paste the participants' response codes
 * or drop their files, merge. Bad codes are listed with their line and reason and left out;
 * the room is kept in the current engagement, so a reload or a second session keeps it. All
 * work happens in this browser: nothing is sent anywhere.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { ToolContext, ToolDefinition } from '../tools/framework/define';
import { $engagement } from '../tools/framework/engagement';
import { MAX_IMPORT_BYTES } from '../tools/framework/download';
import { findCodes, type FoundCode } from '../tools/framework/merge';
import { toolOfCode, type CodeTool } from '../tools/framework/response-code';
import { EngagementPicker } from '../tools/ui/EngagementPicker';
import { useHydratedStore, useSettings } from '../tools/ui/hooks';
import { mergeCodes, type MergeOutcome, type Room } from './room';
import { chooseTool, clearRoom, keepRoom, workshopDef, workshopStore } from './workshop-store';
import { RoomView } from './RoomView';
import { Invite } from './Invite';

/** A tool that joins workshops (it declares a merge hook), by id and title. */
export interface WorkshopTool {
  tool: string;
  title: string;
}

/** What the page gives the island at build time. */
export interface WorkshopProps {
  /** The tools with a merge hook, in SPEC order. */
  tools: WorkshopTool[];
  /** Build-time content of the tools (questionnaire files by tool id). */
  content: Record<string, unknown>;
}

/** Every tool's declaration, loaded only when its room is shown (the page does not carry them all). */
const DECLARATIONS = import.meta.glob<{ default: ToolDefinition<unknown> }>('../tools/*/tool.ts');
const hooks = new Map<string, Promise<CodeTool>>();

/** A tool with its merge hook, loaded once. */
function codeTool(t: WorkshopTool): Promise<CodeTool> {
  let p = hooks.get(t.tool);
  if (!p) {
    const load = DECLARATIONS[`../tools/${t.tool}/tool.ts`];
    p = (load ? load() : Promise.reject(new Error(`No declaration for ${t.tool}`)))
      .then((m) => m.default.merge!())
      .then((merge) => ({ ...t, merge: merge as CodeTool['merge'] }));
    hooks.set(t.tool, p);
  }
  return p;
}

const EMPTY: Room = { responses: [], items: [], score: null };

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** What a merge says, in one status line. */
function outcomeText(o: MergeOutcome): string {
  const parts = [
    `${plural(o.room.responses.length, 'response', 'responses')} in the room (${o.added} new).`,
    o.duplicates ? `${plural(o.duplicates, 'duplicate', 'duplicates')} dropped.` : '',
    o.rejected.length ? `${plural(o.rejected.length, 'code', 'codes')} rejected, listed below.` : '',
  ];
  return parts.filter(Boolean).join(' ');
}

export default function Workshop({ tools, content }: WorkshopProps) {
  const engagement = useHydratedStore($engagement, 'default');
  const store = workshopStore(engagement);
  const state = useHydratedStore(store.$state, workshopDef.initial());
  const { locale } = useSettings();
  const chosen = tools.find((t) => t.tool === state.tool) ?? tools[0]!;
  const [tool, setTool] = useState<CodeTool | null>(null);
  const ctx: ToolContext = { companions: {}, content: content[chosen.tool], locale };
  const saved = state.rooms[chosen.tool] ?? [];
  const [text, setText] = useState('');
  const [files, setFiles] = useState<File[]>([]);
  const [room, setRoom] = useState<Room | null>(null);
  const [outcome, setOutcome] = useState<MergeOutcome | null>(null);
  const [note, setNote] = useState<string | null>(null);
  const [presenter, setPresenter] = useState(false);
  const fileInput = useRef<HTMLInputElement>(null);

  // The stored room, read again with the tool's hook whenever the tool or its codes change.
  const savedKey = `${engagement}\u0000${chosen.tool}\u0000${saved.join('\n')}`;
  useEffect(() => {
    let gone = false;
    void codeTool(chosen).then(async (t) => {
      const o = await mergeCodes(saved, [], t, tools, ctx);
      if (gone) return;
      setTool(t);
      setRoom(o.room);
    });
    return () => {
      gone = true;
    };
  }, [savedKey]);

  useEffect(() => {
    if (!presenter) return;
    const exit = (e: KeyboardEvent) => e.key === 'Escape' && setPresenter(false);
    document.addEventListener('keydown', exit);
    return () => document.removeEventListener('keydown', exit);
  }, [presenter]);

  const choose = (id: string) => {
    chooseTool(store, id);
    setOutcome(null);
    setNote(null);
  };

  const onText = (value: string) => {
    setText(value);
    // Before any choice, the first code's tool is preselected.
    const first = findCodes(value)
      .map((f) => toolOfCode(f.code))
      .find((id) => tools.some((t) => t.tool === id));
    if (state.tool === null && first && first !== chosen.tool) chooseTool(store, first);
  };

  const merge = async () => {
    const found: FoundCode[] = findCodes(text);
    for (const f of files) {
      if (f.size > MAX_IMPORT_BYTES) found.push({ where: f.name, code: 'too large' });
      else found.push(...findCodes(await f.text(), (n) => `${f.name}, line ${n}`));
    }
    if (found.length === 0) {
      setOutcome(null);
      return setNote('Paste at least one response code, or choose a response file, then merge.');
    }
    const first = found.map((f) => toolOfCode(f.code)).find((id) => tools.some((t) => t.tool === id));
    const target = await codeTool(tools.find((t) => state.tool === null && t.tool === first) ?? chosen);
    const targetCtx = { ...ctx, content: content[target.tool] };
    const o = await mergeCodes(state.rooms[target.tool] ?? [], found, target, tools, targetCtx);
    keepRoom(
      store,
      target.tool,
      o.room.responses.map((r) => r.code),
    );
    setRoom(o.room);
    setOutcome(o);
    setNote(outcomeText(o));
    setText('');
    setFiles([]);
    if (fileInput.current) fileInput.current.value = '';
  };

  const onDrop = (e: DragEvent) => {
    const dropped = [...(e.dataTransfer?.files ?? [])];
    if (!dropped.length) return;
    e.preventDefault();
    setFiles((f) => [...f, ...dropped]);
  };

  return (
    <div class={`workshop${presenter ? ' presenter' : ''}`}>
      {!presenter && (
        <>
          <EngagementPicker />
          <form
            class="workshop-form no-print"
            onSubmit={(e) => {
              e.preventDefault();
              void merge();
            }}
            onDragOver={(e) => e.preventDefault()}
            onDrop={onDrop}
          >
            <div class="field">
              <label for="workshop-tool">Tool</label>
              <select id="workshop-tool" value={chosen.tool} onChange={(e) => choose(e.currentTarget.value)}>
                {tools.map((t) => (
                  <option key={t.tool} value={t.tool}>
                    {t.title}
                  </option>
                ))}
              </select>
            </div>
            <div class="field">
              <label for="workshop-codes">Response codes</label>
              <p class="hint" id="workshop-codes-hint">
                Paste the codes one per line, or as they came in the chat. Lines without a code and codes that are
                damaged or for another tool are listed with their line number and left out.
              </p>
              <textarea
                id="workshop-codes"
                rows={8}
                spellcheck={false}
                aria-describedby="workshop-codes-hint"
                value={text}
                onInput={(e) => onText(e.currentTarget.value)}
              />
            </div>
            <div class="field">
              <label for="workshop-files">Response files (optional)</label>
              <p class="hint" id="workshop-files-hint">
                Files saved with “Download code”; you can also drop them on this form.
                {files.length > 0 && ` Chosen: ${files.map((f) => f.name).join(', ')}.`}
              </p>
              <input
                ref={fileInput}
                id="workshop-files"
                type="file"
                multiple
                accept=".txt,text/plain"
                aria-describedby="workshop-files-hint"
                onChange={(e) => setFiles([...(e.currentTarget.files ?? [])])}
              />
            </div>
            <div class="button-row">
              <button type="submit">Merge responses</button>
            </div>
          </form>
        </>
      )}
      <div class="tool-messages no-print" role="status" aria-live="polite">
        {note && <p class={`banner ${outcome && outcome.rejected.length === 0 ? 'ok' : 'warn'}`}>{note}</p>}
      </div>
      {outcome && outcome.rejected.length > 0 && !presenter && (
        <div class="banner bad workshop-rejected no-print">
          <h2>Rejected codes</h2>
          <ul>
            {outcome.rejected.map((r, i) => (
              <li key={i}>
                {r.where}: {r.reason}.
              </li>
            ))}
          </ul>
        </div>
      )}
      <RoomView
        room={tool?.tool === chosen.tool && room ? room : EMPTY}
        title={chosen.title}
        tool={chosen.tool}
        locale={locale}
        presenter={presenter}
        onPresenter={setPresenter}
        onClear={() => {
          clearRoom(store, chosen.tool);
          setOutcome(null);
          setNote(`The room of the ${chosen.title} is empty now.`);
        }}
      />
      {!presenter && <Invite tool={chosen.tool} title={chosen.title} />}
    </div>
  );
}
