/**
 * Everything every tool has around its own form: the engagement picker, storage and recovery
 * notices, share-link arrival, offers from other tools (and publishing this tool's own), and
 * the toolbar (export, import, share link, print, reset). Generic over the tool's instance,
 * so a tool only renders its inputs and results.
 */
import type { ComponentChildren } from 'preact';
import type { ToolInstance } from '../framework/instance';
import { instanceHooks } from '../framework/instance';
import { useEffect, useState } from 'preact/hooks';
import { EngagementPicker } from './EngagementPicker';
import { BackupReminder } from './BackupReminder';
import { $settingsNotice } from '../framework/settings';
import { storageEngine } from '../framework/storage';
import type { OfferBanner as OfferBannerView } from './OfferBanner';
import { useMounted, useStorageState, useStoreNow } from './hooks';
import { useShareArrival } from './use-share-arrival';
import { ToolActions } from './ToolActions';
import { downloadText, today } from '../framework/download';

interface Props<S> {
  /** The tool's instance in the current engagement (from `useTool`). */
  tool: ToolInstance<S>;
  /** Build-time data the island was given (questionnaire or checklist), for the tool's hooks. */
  content?: unknown;
  children: ComponentChildren;
}

/** Cross-tool offers: their code loads only for tools that offer or accept something. */
function useOffers<S>(tool: ToolInstance<S>, mounted: boolean): typeof OfferBannerView | null {
  const [banner, setBanner] = useState<typeof OfferBannerView | null>(null);
  useEffect(() => {
    if (!mounted || (!tool.def.offers && !tool.def.accepts?.length)) return;
    let stop: (() => void) | undefined;
    let gone = false;
    void import('./offers-runtime').then(({ startOffers }) => {
      if (!gone) stop = startOffers(tool, (view) => setBanner(() => view));
    });
    return () => {
      gone = true;
      stop?.();
    };
  }, [tool, mounted]);
  return banner;
}

/** One copy kept aside: that text as it was; several: one JSON file with all of them. */
function downloadBackups<S>(store: ToolInstance<S>['store']) {
  const keys = store.backupKeys();
  if (keys.length <= 1)
    return downloadText(`${store.def.tool}-unreadable-${today()}.txt`, store.backupText() ?? '', 'text/plain');
  void import('../framework/backups').then(({ backupsFile }) =>
    downloadText(`${store.def.tool}-unreadable-${today()}.json`, backupsFile(store.key)),
  );
}

export function ToolShell<S>({ tool, content, children }: Props<S>) {
  const store = tool.store;
  if (content !== undefined) tool.content = content;
  const mounted = useMounted();
  const storage = useStorageState();
  const notice = useStoreNow(store.$notice);
  const settingsNotice = useStoreNow($settingsNotice);
  const { arrival, answer } = useShareArrival(tool, () => instanceHooks(tool as ToolInstance<unknown>).onArrival?.());
  const OfferBanner = useOffers(tool, mounted);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const shown = arrival?.kind === 'message' ? arrival : message;

  return (
    <div class="tool-shell">
      <EngagementPicker />
      <BackupReminder />
      {storage === 'off' && (
        <div class="banner info" role="status">
          <strong>Not kept: export before you close.</strong> The page this tool is embedded in asked for nothing to be
          stored, so your values last only while this page is open. Use Export to keep a copy.
        </div>
      )}
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
          <p>
            {notice.kind === 'newer' && <strong>This tool was updated in another tab. </strong>}
            {notice.kind === 'newer'
              ? notice.message.replace(/^This tool was updated in another tab\. /, '')
              : notice.message}
          </p>
          <div class="button-row">
            {notice.kind === 'newer' && (
              <button type="button" onClick={() => location.reload()}>
                Reload
              </button>
            )}
            {notice.kind === 'recovered' && (
              <button type="button" class="secondary" onClick={() => downloadBackups(store)}>
                Download the unreadable data
              </button>
            )}
            {notice.kind !== 'newer' && (
              <button type="button" class="secondary" onClick={() => store.dismissNotice()}>
                Dismiss
              </button>
            )}
          </div>
        </div>
      )}
      {mounted && settingsNotice && (
        <div class="banner bad" role="alert">
          <p>{settingsNotice.message}</p>
          <div class="button-row">
            <button
              type="button"
              class="secondary"
              onClick={() =>
                downloadText(
                  `settings-unreadable-${today()}.txt`,
                  storageEngine()[settingsNotice.backupKey] ?? '',
                  'text/plain',
                )
              }
            >
              Download the unreadable settings
            </button>
            <button type="button" class="secondary" onClick={() => $settingsNotice.set(null)}>
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
      {OfferBanner && <OfferBanner tool={tool} />}
      {children}
      <ToolActions tool={tool} onMessage={setMessage} />
    </div>
  );
}
