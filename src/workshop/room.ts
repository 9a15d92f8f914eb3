/**
 * A workshop room: the response codes a facilitator merged for one tool, read again on every
 * visit with the tool's own merge hook, and the room's figures. Codes are kept as the
 * participants sent them (validated when added), so the room survives reloads and a second
 * session can add late codes; each is re-checked whenever the room is read.
 */
import type { ToolContext } from '../tools/framework/define';
import { decodeResponse, type CodeTool, type DecodedResponse } from '../tools/framework/response-code';
import {
  dropDuplicates,
  itemStats,
  summarise,
  type FoundCode,
  type ItemStats,
  type Summary,
} from '../tools/framework/merge';

/** The tools a code may name (for “the code is for the …”). */
type Known = { tool: string; title: string };

/** A code left out, with where it was found and why. */
export interface Rejection {
  where: string;
  reason: string;
}

/** A response in the room, with its code (what is stored). */
export interface RoomResponse extends DecodedResponse {
  code: string;
}

/** The room's overall score: the mean of everyone's scores, with its band. */
export interface RoomScore extends Summary {
  text: string;
  band: string | null;
}

/** A merged room. */
export interface Room {
  responses: RoomResponse[];
  items: ItemStats[];
  score: RoomScore | null;
}

/** What merging new codes into a room found. */
export interface MergeOutcome {
  room: Room;
  added: number;
  duplicates: number;
  rejected: Rejection[];
}

/** Reads codes for `tool`; a code that decodes but holds no answer for it is rejected too. */
async function readCodes(found: FoundCode[], tool: CodeTool, known: readonly Known[], ctx: ToolContext) {
  const accepted: RoomResponse[] = [];
  const rejected: Rejection[] = [];
  for (const f of found) {
    const r = await decodeResponse(f.code, tool, known);
    if (!r.ok) rejected.push({ where: f.where, reason: r.reason });
    else if (tool.merge.values(r.value.response, ctx).length === 0)
      rejected.push({ where: f.where, reason: 'the code holds no answers for this tool' });
    else accepted.push({ ...r.value, code: f.code.trim() });
  }
  return { accepted, rejected };
}

/** The figures of a room's responses. */
export function roomOf(responses: RoomResponse[], tool: CodeTool, ctx: ToolContext): Room {
  const items = itemStats(responses.map((r) => tool.merge.values(r.response, ctx)));
  const { score, band, scoreText } = tool.merge;
  const scores = score ? responses.flatMap((r) => score(r.response, ctx) ?? []) : [];
  const s = summarise(scores);
  return {
    responses,
    items,
    score: s && {
      ...s,
      text: scoreText ? scoreText(s.mean, ctx) : s.mean.toFixed(1),
      band: band?.(s.mean, ctx) ?? null,
    },
  };
}

/**
 * Merges `found` codes into a room that holds `stored` codes: bad codes are rejected with where
 * they were found and why, the rest are added, and one response per participant is kept.
 */
export async function mergeCodes(
  stored: string[],
  found: FoundCode[],
  tool: CodeTool,
  known: readonly Known[],
  ctx: ToolContext,
): Promise<MergeOutcome> {
  const before = await readCodes(
    stored.map((code, i) => ({ where: `Saved code ${i + 1}`, code })),
    tool,
    known,
    ctx,
  );
  const fresh = await readCodes(found, tool, known, ctx);
  const { kept, duplicates } = dropDuplicates([...before.accepted, ...fresh.accepted]);
  return {
    room: roomOf(kept, tool, ctx),
    added: kept.length - dropDuplicates(before.accepted).kept.length,
    duplicates,
    rejected: [...before.rejected, ...fresh.rejected],
  };
}
