/**
 * The facilitator's rooms in an engagement: per tool, the response codes merged so far, and
 * the tool last chosen. Stored like a tool's record (`os:tool:<engagement>:workshop`), so it is
 * versioned, validated on read, kept aside when unreadable, and removed with its engagement.
 */
import * as z from 'zod/mini';
import type { ToolStateDef } from '../tools/framework/record';
import { createToolStore, type ToolStore } from '../tools/framework/tool-store';
import { MAX_CODE_LENGTH } from '../tools/framework/response-code';

/** Most codes a room keeps (a large lecture hall). */
export const MAX_ROOM = 500;

const toolId = z.string().check(z.regex(/^[a-z0-9-]{1,40}$/));

const workshopSchema = z.object({
  /** The tool chosen in "Tool", or null before any choice. */
  tool: z.nullable(toolId),
  /** tool id → the codes merged, as sent. */
  rooms: z.record(toolId, z.array(z.string().check(z.maxLength(MAX_CODE_LENGTH))).check(z.maxLength(MAX_ROOM))),
});

/** The stored rooms. */
export type WorkshopState = z.output<typeof workshopSchema>;

/** How the rooms are stored. */
export const workshopDef: ToolStateDef<WorkshopState> = {
  tool: 'workshop',
  title: 'workshop rooms',
  version: 1,
  schema: workshopSchema,
  initial: () => ({ tool: null, rooms: {} }),
};

const stores = new Map<string, ToolStore<WorkshopState>>();

/** The rooms of an engagement (one store per engagement, made once). */
export function workshopStore(engagement: string): ToolStore<WorkshopState> {
  let store = stores.get(engagement);
  if (!store) stores.set(engagement, (store = createToolStore(workshopDef, { engagement })));
  return store;
}

/** Chooses the tool whose room is shown. */
export function chooseTool(store: ToolStore<WorkshopState>, tool: string): void {
  store.update((s) => ({ ...s, tool }));
}

/** Keeps a room's codes (the newest MAX_ROOM). */
export function keepRoom(store: ToolStore<WorkshopState>, tool: string, codes: string[]): void {
  store.update((s) => ({ ...s, tool, rooms: { ...s.rooms, [tool]: codes.slice(-MAX_ROOM) } }));
}

/** Empties a room. */
export function clearRoom(store: ToolStore<WorkshopState>, tool: string): void {
  store.update((s) => {
    const rooms = { ...s.rooms };
    delete rooms[tool];
    return { ...s, rooms };
  });
}
