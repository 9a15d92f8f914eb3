/**
 * Everything every tool has around its own form: storage and recovery notices, share-link
 * arrival, and the toolbar (export, import, share link, print, reset). Generic over the
 * tool's store, so a tool only renders its inputs and results.
 */
import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import type { ToolStore } from '../framework/tool-store';
import { useStore } from '@nanostores/preact';
import { useMounted, useStorageState } from './hooks';
import { useShareArrival } from './use-share-arrival';
import { ToolActions } from './ToolActions';
import { downloadText, today } from '../framework/download';

interface Props<S> {
  store: ToolStore<S>;
  /** Called after the state is replaced (import, share link, reset), e.g. to clear field errors. */
  onReplace?: () => void;
  /**
   * Called once on arrival after any share link in the address has been dealt with (loaded,
   * refused or still waiting for the visitor's answer), or at once when there is none; e.g. to
   * seed first-use defaults that must not be mistaken for the visitor's own values.
   */
  onArrival?: () => void;
  children: ComponentChildren;
}

export function ToolShell<S>({ store, onReplace, onArrival, children }: Props<S>) {
  const mounted = useMounted();
  const storage = useStorageState();
  const notice = useStore(store.$notice);
  const { arrival, answer } = useShareArrival(store, onReplace, onArrival);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const shown = arrival?.kind === 'message' ? arrival : message;

  return (
    <div class="tool-shell">
      {storage === 'memory' && (
        <div class="banner warn" role="status">
          <strong>Not saved in this browser.</strong> Storage is blocked or turned off here (for example in a private
          window or an embedded frame), so your values last only while this page is open. Use Export to keep a copy.
        </div>
      )}
      {storage === 'full' && (
        <div class="banner warn" role="alert">
          <strong>Your latest changes are not saved:</strong> this browser’s storage for the site is full. Nothing on
          screen is lost. Export a copy, or free space by clearing data of other sites.
        </div>
      )}
      {mounted && notice && (
        <div class={`banner ${notice.kind === 'recovered' ? 'bad' : 'info'}`} role="alert">
          <p>{notice.message}</p>
          <div class="button-row">
            {notice.kind === 'recovered' && (
              <button
                type="button"
                class="secondary"
                onClick={() =>
                  downloadText(`${store.def.tool}-unreadable-${today()}.txt`, store.backupText() ?? '', 'text/plain')
                }
              >
                Download the unreadable data
              </button>
            )}
            <button type="button" class="secondary" onClick={() => store.dismissNotice()}>
              Dismiss
            </button>
          </div>
        </div>
      )}
      {arrival?.kind === 'ask' && (
        <div class="banner info" role="alert">
          <p>
            <strong>This link contains shared values for this tool.</strong> Replace the values you have entered with
            them? Your own values will be overwritten (export them first to keep a copy).
          </p>
          <div class="button-row">
            <button type="button" onClick={() => answer(true)}>
              Replace my values
            </button>
            <button type="button" class="secondary" onClick={() => answer(false)}>
              Keep my values
            </button>
          </div>
        </div>
      )}
      <div class="tool-messages" role="status" aria-live="polite">
        {shown && <p class={`banner ${shown.ok ? 'ok' : 'bad'}`}>{shown.text}</p>}
      </div>
      {children}
      <ToolActions store={store} onMessage={setMessage} onReplace={onReplace} />
    </div>
  );
}
