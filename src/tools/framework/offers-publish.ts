/**
 * Publishing a producer's offers in the engagement's mailbox (see offers.ts). Apart from the
 * reader, which needs the offer schema, so a page that only offers loads no more than this.
 */
import { storageEngine } from './storage';
import { mailboxKey } from './tool-store';
import type { OfferDraft } from './offers';

/** Publishes a producer's offers (written only when they changed). */
export function publishOffers(engagement: string, tool: string, offers: OfferDraft[]): void {
  const key = mailboxKey(engagement, tool);
  const text = JSON.stringify({ format: 'outsource-smart', tool, v: 1, data: { offers } });
  if (storageEngine()[key] !== text) storageEngine()[key] = text;
}
