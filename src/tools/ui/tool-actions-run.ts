/**
 * What the toolbar's buttons do once clicked: import, export and the share link. Loaded on the
 * first click, so no tool page carries this code (or the transfer and share-link code) up front.
 */
import type { ToolInstance } from '../framework/instance';
import { exported } from '../framework/backup-reminder';
import { downloadText, MAX_IMPORT_BYTES, today } from '../framework/download';
import { exportText, readTransfer } from '../framework/transfer';

type Message = (m: { ok: boolean; text: string }) => void;

export async function importFile<S>(tool: ToolInstance<S>, file: File, onMessage: Message): Promise<void> {
  const fail = (why: string) =>
    onMessage({ ok: false, text: `Import failed: ${why} Your current values are unchanged.` });
  if (file.size > MAX_IMPORT_BYTES) return fail('the file is larger than 1 MB, so it is not a file from this tool.');
  const result = readTransfer(tool.store, await file.text());
  if (!result.ok) return fail(result.message);
  tool.apply(result.incoming);
  onMessage({ ok: true, text: `Imported the values from “${file.name}”.` });
}

export function exportFile<S>(tool: ToolInstance<S>): void {
  downloadText(`${tool.store.def.tool}-${today()}.json`, exportText(tool.store));
  exported();
}

export async function copyLink<S>(
  tool: ToolInstance<S>,
  onMessage: Message,
  showManual: (url: string | null) => void,
): Promise<void> {
  // Always the tool's own page, also from an embed (the embed's options are not carried).
  const { shareUrl, MAX_ENCODED } = await import('../framework/share-link');
  const url = await shareUrl(exportText(tool.store), new URL(`/tools/${tool.store.def.tool}/`, location.href).href);
  if (url.length > MAX_ENCODED + 200)
    return onMessage({ ok: false, text: 'There is too much data for a share link. Use Export instead.' });
  try {
    await navigator.clipboard.writeText(url);
    showManual(null);
    onMessage({
      ok: true,
      text: 'Share link copied. The values travel inside the link itself; no server ever sees them.',
    });
  } catch {
    showManual(url);
    onMessage({ ok: true, text: 'Copy the share link from the box below.' });
  }
}
