/**
 * The toolbar of every tool: export and import JSON, copy a share link, print, reset, and for
 * tools with a merge hook "Send to facilitator" (its view loads on click).
 */
import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { ToolInstance } from '../framework/instance';
import type { SendToFacilitator as SendView } from './SendToFacilitator';

export interface ActionsProps<S = unknown> {
  tool: ToolInstance<S>;
  onMessage: (m: { ok: boolean; text: string }) => void;
}

export function ToolActions<S>({ tool, onMessage }: ActionsProps<S>) {
  const fileInput = useRef<HTMLInputElement>(null);
  const [confirmReset, setConfirmReset] = useState(false);
  const resetButton = useRef<HTMLButtonElement>(null);
  const confirmBox = useRef<HTMLDivElement>(null);
  // The confirmation takes focus when it opens; Escape or Cancel closes it and focus returns to Reset.
  // In the render's own task (a layout effect), not a frame later: a key pressed right after
  // Enter (Shift+Tab to "Yes, reset") must already find the focus in the question.
  useLayoutEffect(() => {
    if (confirmReset) confirmBox.current?.querySelector<HTMLButtonElement>('button.secondary')?.focus();
  }, [confirmReset]);
  const closeReset = () => {
    setConfirmReset(false);
    resetButton.current?.focus();
  };
  const [manualLink, setManualLink] = useState<string | null>(null);
  // "Send to facilitator": its view (null while closed) loads on click.
  const [Send, setSend] = useState<typeof SendView | null>(null);

  const run = () => import('./tool-actions-run');

  return (
    <section class="tool-actions no-print" aria-label="Save, share and print">
      <div class="button-row">
        <button type="button" class="secondary" onClick={() => void run().then((r) => r.exportFile(tool))}>
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
            const file = e.currentTarget.files?.[0];
            if (file) void run().then((r) => r.importFile(tool, file, onMessage));
            e.currentTarget.value = '';
          }}
        />
        <button
          type="button"
          class="secondary"
          onClick={() => void run().then((r) => r.copyLink(tool, onMessage, setManualLink))}
        >
          Copy share link
        </button>
        <button type="button" class="secondary" onClick={() => window.print()}>
          Print
        </button>
        <button
          ref={resetButton}
          type="button"
          class="secondary"
          onClick={() => setConfirmReset(true)}
          aria-expanded={confirmReset}
        >
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
        <div
          class="banner warn"
          role="alert"
          ref={confirmBox}
          onKeyDown={(e) => {
            if (e.key === 'Escape') {
              e.preventDefault();
              closeReset();
            }
          }}
        >
          <p>Reset every value in this tool to the defaults? This cannot be undone (export first to keep a copy).</p>
          <div class="button-row">
            <button
              type="button"
              onClick={() => {
                tool.reset();
                closeReset();
                onMessage({ ok: true, text: 'All values were reset to the defaults.' });
              }}
            >
              Yes, reset
            </button>
            <button type="button" class="secondary" onClick={closeReset}>
              Cancel
            </button>
          </div>
        </div>
      )}
    </section>
  );
}
