/**
 * Cross-tool offers. A producer's declaration computes what it offers from its own state; the
 * framework publishes that list in the engagement's mailbox (`os:offers:<engagement>:<tool>`),
 * a versioned record like any other. A consumer's declaration says which kinds it accepts,
 * with a schema for the value, and turns an accepted value into a change of its own state.
 * No tool imports another tool's store: the only thing that travels is the schema-checked
 * value, with its label and its source.
 */
import * as z from 'zod/mini';
import './schemas-ready';
import { readRecord, type StateSchema, type ToolStateDef } from './record';
import { listKeys, storageEngine } from './storage';
import { mailboxKey } from './tool-store';
import type { ToolContext } from './define';

/** An offer as a producer computes it. */
export interface OfferDraft {
  /** Stable within the producer, e.g. `score:<vendor id>`; with the producer it identifies the offer. */
  id: string;
  /** What it is, matched against consumers' `accepts` (e.g. `vendor-score:cultural-fit`). */
  kind: string;
  /** Where it comes from, in words: "your cultural-fit assessment of Acme". */
  label: string;
  /** The value (checked again by the consumer's schema). */
  value: unknown;
}

/** An offer as read from the mailbox: the draft plus its source tool. */
export interface Offer extends OfferDraft {
  source: string;
}

/** What a consumer takes. */
export interface Accept<S> {
  kind: string;
  /** Validates the offered value (`lazySchema(...)`); anything else is ignored. */
  schema: StateSchema<unknown>;
  /** The question shown: "Use 4.2 from your cultural-fit assessment of Acme?". */
  question: (value: never, offer: Offer, state: S, ctx: ToolContext) => string;
  /** True when the state already holds what the offer would give (then it is not shown). */
  isApplied: (value: never, state: S, ctx: ToolContext) => boolean;
  /** The consumer's state with the value applied. */
  apply: (value: never, state: S, ctx: ToolContext) => S;
}

const offerSchema = z.object({
  id: z.string().check(z.maxLength(120)),
  kind: z.string().check(z.maxLength(80)),
  label: z.string().check(z.maxLength(300)),
  value: z.unknown(),
});

/** The mailbox record of one producer. */
const mailboxDef = (tool: string): ToolStateDef<{ offers: OfferDraft[] }> => ({
  tool,
  title: 'offers',
  version: 1,
  schema: z.object({ offers: z.array(offerSchema).check(z.maxLength(100)) }) as never,
  initial: () => ({ offers: [] }),
});

export { mailboxKey };

export { publishOffers } from './offers-publish';

/** Every offer in the engagement's mailbox whose kind is in `kinds` (unreadable mailboxes are skipped). */
export function readOffers(engagement: string, kinds: readonly string[]): Offer[] {
  const prefix = mailboxKey(engagement, '');
  return listKeys(prefix).flatMap((key) => {
    const tool = key.slice(prefix.length);
    const read = readRecord(mailboxDef(tool), storageEngine()[key] ?? '');
    if (!read.ok) return [];
    return read.state.offers.filter((o) => kinds.includes(o.kind)).map((o) => ({ ...o, source: tool }));
  });
}

/** An offer a consumer can show now: validated, not yet applied. */
export interface Pending<S> {
  offer: Offer;
  accept: Accept<S>;
  value: unknown;
  question: string;
}

/** The offers a consumer should show for its state (pure apart from reading the mailbox). */
export function pendingOffers<S>(accepts: Accept<S>[], offers: Offer[], state: S, ctx: ToolContext): Pending<S>[] {
  return offers.flatMap((offer) => {
    const accept = accepts.find((a) => a.kind === offer.kind);
    const parsed = accept?.schema.safeParse(offer.value);
    if (!accept || !parsed?.success) return [];
    const value = parsed.data as never;
    if (accept.isApplied(value, state, ctx)) return [];
    return [{ offer, accept, value, question: accept.question(value, offer, state, ctx) }];
  });
}
