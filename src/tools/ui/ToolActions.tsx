/**
 * The toolbar of every tool: export and import JSON, copy a share link, print, reset, and for
 * tools with a merge hook "Send to facilitator" (its view loads on click).
 */
import { useRef, useState } from 'preact/hooks';
import type { ToolInstance } from '../framework/instance';
import type { SendToFacilitator as SendView } from './SendToFacilitator';
import { exported } from '../framework/backup-reminder';
import { downloadText, MAX_IMPORT_BYTES, today } from '../framework/download';

interface Props<S> {
  tool: ToolInstance<S>;
  onMessage: (m: { ok: boolean; text: string }) => void;
}

export function ToolActions<S>({ tool, onMessage }: Props<S>) {
  const store = tool.store;
  const fileInput = useRef<HTMLInputElement>(null);
  const [confirmReset, setConfirmReset] = useState(false);
  const [manualLink, setManualLink] = useState<string | null>(null);
  // "Send to facilitator": its view (null while closed) loads on click.
  const [Send, setSend] = useState<typeof SendView | null>(null);

  const importFile = async (file: File | undefined) => {
    if (!file) return;
    const fail = (why: string) =>
      onMessage({ ok: false, text: `Import failed: ${why} Your current values are unchanged.` });
    if (file.size > MAX_IMPORT_BYTES) return fail('the file is larger than 1 MB, so it is not a file from this tool.');
    const { readTransfer } = await import('../framework/transfer');
    const result = readTransfer(store, await file.text());
    if (!result.ok) return fail(result.message);
    tool.apply(result.incoming);
    onMessage({ ok: true, text: `Imported the values from “${file.name}”.` });
  };

  const copyLink = async () => {
    // Always the tool's own page, also from an embed (the embed's options are not carried).
    const [{ shareUrl, MAX_ENCODED }, { exportText }] = await Promise.all([
      import('../framework/share-link'),
      import('../framework/transfer'),
    ]);
    const url = await shareUrl(exportText(store), new URL(`/tools/${store.def.tool}/`, location.href).href);
    if (url.length > MAX_ENCODED + 200)
      return onMessage({ ok: false, text: 'There is too much data for a share link. Use Export instead.' });
    try {
      await navigator.clipboard.writeText(url);
      setManualLink(null);
      onMessage({
        ok: true,
        text: 'Share link copied. The values travel inside the link itself; no server ever sees them.',
      });
    } catch {
      setManualLink(url);
      onMessage({ ok: true, text: 'Copy the share link from the box below.' });
    }
  };

  return (
    <section class="tool-actions no-print" aria-label="Save, share and print">
      <div class="button-row">
        <button
          type="button"
          class="secondary"
          onClick={() =>
            void import('../framework/transfer').then(({ exportText }) => {
              downloadText(`${store.def.tool}-${today()}.json`, exportText(store));
              exported();
            })
          }
        >
          Export (JSON)
        </button>
        <button type="button" class="secondary" onClick={() => fileInput.current?.click()}>
          Import (JSON)
        </button>
        <input
          ref={fileInput}
          type="file"
          accept="application/json,.json"
          class="visually-hidden"
          tabIndex={-1}
          aria-label="Choose a JSON file to import"
          onChange={(e) => {
            void importFile(e.currentTarget.files?.[0]);
            e.currentTarget.value = '';
          }}
        />
        <button type="button" class="secondary" onClick={() => void copyLink()}>
          Copy share link
        </button>
        <button type="button" class="secondary" onClick={() => window.print()}>
          Print
        </button>
        <button type="button" class="secondary" onClick={() => setConfirmReset(true)} aria-expanded={confirmReset}>
          Reset
        </button>
        {tool.def.merge && (
          <button
            type="button"
            class="secondary"
            aria-expanded={!!Send}
            onClick={() =>
              Send ? setSend(null) : void import('./SendToFacilitator').then((m) => setSend(() => m.SendToFacilitator))
            }
          >
            Send to facilitator
          </button>
        )}
      </div>
      {Send && <Send tool={tool} />}
      {manualLink && (
        <p>
          <label for="manual-share-link">Share link</label>
          <input
            id="manual-share-link"
            type="text"
            readOnly
            value={manualLink}
            onFocus={(e) => e.currentTarget.select()}
          />
        </p>
      )}
      {confirmReset && (
        <div class="banner warn" role="alert">
          <p>Reset every value in this tool to the defaults? This cannot be undone (export first to keep a copy).</p>
          <div class="button-row">
            <button
              type="button"
              onClick={() => {
                tool.reset();
                setConfirmReset(false);
                onMessage({ ok: true, text: 'All values were reset to the defaults.' });
              }}
            >
              Yes, reset
            </button>
            <button type="button" class="secondary" onClick={() => setConfirmReset(false)}>
              Cancel
            </button>
          </div>
        </div>
      )}
    </section>
  );
}
