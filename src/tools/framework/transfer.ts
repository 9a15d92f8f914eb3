/**
 * Moving a tool's values in and out as one piece: export files and share links carry the
 * tool's record plus its companions' (e.g. the vendor list). Reading is all-or-nothing:
 * if any part is invalid, nothing is applied and the message says why.
 */
import { readRecord, readRecordValue, toRecord } from './record';
import { applyTransfer, type Incoming, type ToolStore } from './tool-store';

/** The JSON text of a tool's values and its companions'. */
export function exportText<S>(store: ToolStore<S>): string {
  const record = toRecord(store.def, store.$state.get());
  if (store.companions.length === 0) return JSON.stringify(record);
  const companions = Object.fromEntries(store.companions.map((c) => [c.def.tool, toRecord(c.def, c.$state.get())]));
  return JSON.stringify({ ...record, companions });
}

export type { Incoming };

/** Reads exported text for `store`; nothing is changed. */
export function readTransfer<S>(
  store: ToolStore<S>,
  text: string,
): { ok: true; incoming: Incoming<S> } | { ok: false; message: string } {
  const main = readRecord(store.def, text);
  if (!main.ok) return main;
  const raw = (JSON.parse(text) as { companions?: Record<string, unknown> }).companions ?? {};
  const parts: Incoming<S>['parts'] = [];
  for (const c of store.companions) {
    if (!(c.def.tool in raw)) continue;
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
