/**
 * Reading a share link that arrived in the address: loaded only when the address carries
 * `share=`, with the decoder and the transfer code it needs.
 */
import { decodeShare } from '../framework/share-link';
import { readTransfer, wouldOverwrite } from '../framework/transfer';
import type { ToolInstance } from '../framework/instance';
import type { Arrival } from './use-share-arrival';

/** Decodes the link, applies it when nothing would be overwritten, and says what happened. */
export async function readArrival<S>(tool: ToolInstance<S>): Promise<Arrival<S> | 'none'> {
  const decoded = await decodeShare(location.hash);
  if (decoded.ok === 'none') return 'none';
  history.replaceState(history.state, '', location.pathname + location.search);
  if (!decoded.ok) return { kind: 'message', ok: false, text: decoded.message };
  const read = readTransfer(tool.store, decoded.json);
  if (!read.ok) return { kind: 'message', ok: false, text: `This share link cannot be used: ${read.message}` };
  if (!wouldOverwrite(tool.store, read.incoming)) {
    tool.apply(read.incoming);
    return { kind: 'message', ok: true, text: 'Loaded the values from the share link.' };
  }
  return { kind: 'ask', incoming: read.incoming };
}
