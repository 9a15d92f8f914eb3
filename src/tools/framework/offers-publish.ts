/**
 * Publishing a producer's offers in the engagement's mailbox (see offers.ts). Apart from the
 * reader, which needs the offer schema, so a page that only offers loads no more than this.
 */
import { storageEngine } from './storage';
import { mailboxKey } from './tool-store';
import type { OfferDraft } from './offers';

/**
 * Publishes a producer's offers (written only when they changed). A producer with nothing to
 * offer has no mailbox, so a consumer's page loads no offer code on its account.
 */
export function publishOffers(engagement: string, tool: string, offers: OfferDraft[]): void {
  const key = mailboxKey(engagement, tool);
  const store = storageEngine();
  if (offers.length === 0) {
    if (key in store) delete store[key];
    return;
  }
  const text = JSON.stringify({ format: 'outsource-smart', tool, v: 1, data: { offers } });
  if (store[key] !== text) store[key] = text;
}
