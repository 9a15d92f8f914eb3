/**
 * Moving a tool's values in and out as one piece: export files and share links carry the
 * tool's record plus its companions' (e.g. the vendor list). Reading is all-or-nothing:
 * if any part is invalid, nothing is applied and the message says why.
 */
import * as z from 'zod/mini';
import './schemas-ready';
import { parseJson, readRecordValue, toRecord } from './record';
import { applyTransfer, type Incoming, type ToolStore } from './tool-store';

/** The JSON text of a tool's values and its companions'. */
export function exportText<S>(store: ToolStore<S>): string {
  const record = toRecord(store.def, store.$state.get());
  if (store.companions.length === 0) return JSON.stringify(record);
  const companions = Object.fromEntries(store.companions.map((c) => [c.def.tool, toRecord(c.def, c.$state.get())]));
  return JSON.stringify({ ...record, companions });
}

export type { Incoming };

/** An exported file or share link: a record, plus its companions' records by tool id. */
const envelopeSchema = z.object({
  companions: z.optional(z.record(z.string().check(z.regex(/^[a-z0-9-]{1,40}$/)), z.unknown())),
});

/** Reads exported text for `store`; nothing is changed. */
export function readTransfer<S>(
  store: ToolStore<S>,
  text: string,
): { ok: true; incoming: Incoming<S> } | { ok: false; message: string } {
  let parsed: unknown;
  try {
    parsed = parseJson(text);
  } catch {
    return { ok: false, message: 'The data is not valid JSON, so it cannot be read.' };
  }
  const main = readRecordValue(store.def, parsed);
  if (!main.ok) return main;
  // The envelope itself is checked before any part of it is used.
  const envelope = envelopeSchema.safeParse(parsed);
  if (!envelope.success)
    return { ok: false, message: 'The data is not valid: “companions” should be a set of records, one per tool.' };
  const raw = envelope.data.companions ?? {};
  const parts: Incoming<S>['parts'] = [];
  for (const c of store.companions) {
    if (!Object.hasOwn(raw, c.def.tool)) continue;
    const read = readRecordValue(c.def, raw[c.def.tool]);
    if (!read.ok) return { ok: false, message: `The ${c.def.title} in it is not valid: ${read.message}` };
    parts.push({ store: c, state: read.state });
  }
  return { ok: true, incoming: { state: main.state, parts } };
}

export { applyTransfer };

/** True when applying would overwrite something the visitor entered (not defaults, not identical). */
export function wouldOverwrite<S>(store: ToolStore<S>, incoming: Incoming<S>): boolean {
  const differs = (s: ToolStore<unknown>, next: unknown) => {
    const mine = JSON.stringify(s.$state.get());
    return mine !== JSON.stringify(s.def.initial()) && mine !== JSON.stringify(next);
  };
  return differs(store as ToolStore<unknown>, incoming.state) || incoming.parts.some((p) => differs(p.store, p.state));
}
