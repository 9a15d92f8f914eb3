/**
 * Workshop response codes: one participant's answers to one tool, as text they can paste in a
 * chat or save as a file. `osw1.<tool>.<version>.<payload>.<checksum>`: `osw1` is the code format,
 * `<version>` the tool's response format (its merge hook's), `<payload>` the deflated JSON
 * `{ n: nickname, i: response id, r: response }` in base64url, and `<checksum>` the CRC-32 of
 * everything before it in lowercase hex. CRC-32 catches every change within 32 bits, so any one
 * changed, dropped or added character is caught. Reading is strict: the checksum, the tool,
 * the version, the size and the response's own schema must all hold, or the code is rejected
 * with a reason a facilitator can pass on. Nothing in a code is ever run or rendered as markup.
 */
import * as z from 'zod/mini';
import type { MergeHook } from './define';
import { describeIssue, parseJson } from './record';
import { decodePacked, encodeShare } from './share-link';

/** The code format's marker and version. */
export const CODE_PREFIX = 'osw1';
/** Longest code read (characters) and most bytes its payload may inflate to. */
export const MAX_CODE_LENGTH = 8_000;
export const MAX_PAYLOAD_BYTES = 64_000;
/** Longest nickname. */
export const MAX_NICKNAME = 40;

/** A tool as the codes need it: id, title and merge hook (of any state type). */
export interface CodeTool {
  tool: string;
  title: string;
  merge: MergeHook<never, unknown>;
}

/** A decoded response. */
export interface DecodedResponse {
  tool: string;
  nickname: string;
  /** Random per participant session, so two people with the same answers are not one duplicate. */
  id: string;
  response: unknown;
}

/** What reading a code gives. */
export type CodeResult = { ok: true; value: DecodedResponse } | { ok: false; reason: string };

const payloadSchema = z.object({
  n: z.string().check(z.maxLength(MAX_NICKNAME)),
  i: z.string().check(z.regex(/^[A-Za-z0-9_-]{6,24}$/)),
  r: z.unknown(),
});

/**
 * True when `parsed` kept every key of `raw`, at every depth. Schemas drop keys they do not know
 * (zod's object and record); a code must hold exactly what its schema reads, so a code with
 * anything more (an unknown field, a key such as "__proto__") is rejected, not quietly trimmed.
 */
export function nothingDropped(raw: unknown, parsed: unknown): boolean {
  if (typeof raw !== 'object' || raw === null) return true;
  if (typeof parsed !== 'object' || parsed === null) return false;
  const out = parsed as Record<string, unknown>;
  return Object.keys(raw).every(
    (k) => Object.hasOwn(out, k) && nothingDropped((raw as Record<string, unknown>)[k], out[k]),
  );
}

const TABLE = Uint32Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c;
});

/** CRC-32 (IEEE) of a text's UTF-8 bytes, as 8 lowercase hex digits. */
export function checksum(text: string): string {
  let crc = 0xffffffff;
  for (const b of new TextEncoder().encode(text)) crc = TABLE[(crc ^ b) & 0xff]! ^ (crc >>> 8);
  return ((crc ^ 0xffffffff) >>> 0).toString(16).padStart(8, '0');
}

/** A random response id (base64url). */
export function newResponseId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(6));
  return btoa(String.fromCharCode(...bytes))
    .replace(/\+/g, '-')
    .replace(/\//g, '_');
}

/** Makes the response code of `response` for `tool`. */
export async function encodeResponse(
  tool: { tool: string; merge: { version: number } },
  response: unknown,
  nickname: string,
  id: string,
): Promise<string> {
  const payload = await encodeShare(JSON.stringify({ n: nickname.trim().slice(0, MAX_NICKNAME), i: id, r: response }));
  const body = `${CODE_PREFIX}.${tool.tool}.${tool.merge.version}.${payload}`;
  return `${body}.${checksum(body)}`;
}

const SHAPE = /^osw(\d+)\.([a-z0-9-]{1,40})\.(\d{1,6})\.([A-Za-z0-9_-]+)\.([0-9a-f]{8})$/;
const DAMAGED = 'the code is damaged or incomplete (it may have been cut off when copied)';

/** The tool id a code names, when it looks like a code at all (to preselect the tool). */
export function toolOfCode(code: string): string | null {
  return SHAPE.exec(code.trim())?.[2] ?? null;
}

/**
 * Reads a code for the tool `expected`, checking it against every known tool (so a code for
 * another tool is named as such). Never throws.
 */
export async function decodeResponse(
  code: string,
  expected: CodeTool,
  known: readonly { tool: string; title: string }[],
): Promise<CodeResult> {
  const fail = (reason: string): CodeResult => ({ ok: false, reason });
  const text = code.trim();
  if (!text.toLowerCase().startsWith('osw')) return fail('this is not a response code');
  if (text.length > MAX_CODE_LENGTH) return fail('the code is too long to be a response code');
  const m = SHAPE.exec(text);
  if (!m) return fail(DAMAGED);
  const [, format, toolId, version, payload, sum] = m as unknown as [string, string, string, string, string, string];
  if (checksum(text.slice(0, text.lastIndexOf('.'))) !== sum)
    return fail('the checksum does not match (the code was changed or cut off when copied)');
  if (format !== '1') return fail(`the code has an unknown format (osw${format}); this page reads osw1 codes`);
  if (toolId !== expected.tool) {
    const other = known.find((t) => t.tool === toolId);
    return fail(
      other ? `the code is for the ${other.title}, not the ${expected.title}` : `the code is for an unknown tool`,
    );
  }
  const v = Number(version);
  if (v !== expected.merge.version)
    return fail(
      v > expected.merge.version
        ? `the code has response version ${v}, newer than this page reads (${expected.merge.version}); reload the page`
        : `the code has response version ${v}, which this page does not read (it reads ${expected.merge.version})`,
    );
  const packed = await decodePacked(payload, MAX_PAYLOAD_BYTES);
  if (!packed.ok) return fail(packed.tooLarge ? 'the code holds more data than a response can have' : DAMAGED);
  let raw: unknown;
  try {
    raw = parseJson(packed.json);
  } catch {
    return fail(DAMAGED);
  }
  const outer = payloadSchema.safeParse(raw);
  if (!outer.success || !nothingDropped(raw, outer.data)) return fail(DAMAGED);
  const inner = expected.merge.schema.safeParse(outer.data.r);
  if (!inner.success) return fail(`the answers in the code are not valid: ${describeIssue(inner.error.issues[0])}`);
  if (!nothingDropped(outer.data.r, inner.data)) return fail('the code holds fields this tool does not know');
  return { ok: true, value: { tool: toolId, nickname: outer.data.n, id: outer.data.i, response: inner.data } };
}
