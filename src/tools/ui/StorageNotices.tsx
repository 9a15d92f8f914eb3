/**
 * The shell's rare notices, loaded only when one is to be shown: where values are (not) kept,
 * unreadable values kept aside (with their download), a newer version in another tab (reload),
 * and unreadable settings.
 */
import { useEffect } from 'preact/hooks';
import type { ToolInstance } from '../framework/instance';
import type { Notice } from '../framework/tool-store';
import type { StorageState } from '../framework/storage';
import { storageEngine } from '../framework/storage';
import { $settingsNotice } from '../framework/settings';
import { downloadText, today } from '../framework/download';

/** What the notices show. */
export interface NoticesProps<S = unknown> {
  tool: ToolInstance<S>;
  storage: StorageState;
  notice: Notice;
  settingsNotice: { message: string; backupKey: string } | null;
}

/** One copy kept aside: that text as it was; several: one JSON file with all of them. */
function downloadBackups<S>(store: ToolInstance<S>['store']): void {
  const keys = store.backupKeys();
  if (keys.length <= 1)
    return downloadText(`${store.def.tool}-unreadable-${today()}.txt`, store.backupText() ?? '', 'text/plain');
  void import('../framework/backups').then(({ backupsFile }) =>
    downloadText(`${store.def.tool}-unreadable-${today()}.json`, backupsFile(store.key)),
  );
}

export function StorageNotices<S>({ tool, storage, notice, settingsNotice }: NoticesProps<S>) {
  const store = tool.store;
  // The embed page's storage note (embed.css) follows the real state, e.g. storage blocked in a frame.
  useEffect(() => document.documentElement.setAttribute('data-storage-state', storage), [storage]);
  return (
    <>
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
      {notice && (
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
      {settingsNotice && (
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
    </>
  );
}
