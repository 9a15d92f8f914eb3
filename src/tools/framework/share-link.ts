/**
 * Share links: a tool's record, deflated and base64url-encoded, in the URL fragment
 * (`#share=…`). The fragment never reaches a server, so shared values stay private to the
 * people who have the link. Decoding is bounded, so a crafted link cannot exhaust memory.
 */

/** The fragment parameter that carries shared state. */
export const SHARE_PARAM = 'share';
/** Longest encoded fragment we accept (characters). Browsers and chat apps cut longer URLs. */
export const MAX_ENCODED = 16_000;
/** Most bytes a link may inflate to. */
export const MAX_DECODED = 200_000;

function toBase64Url(bytes: Uint8Array): string {
  let bin = '';
  for (const b of bytes) bin += String.fromCharCode(b);
  return btoa(bin).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): Uint8Array | undefined {
  if (!/^[A-Za-z0-9_-]*$/.test(text)) return undefined;
  try {
    const bin = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
    return Uint8Array.from(bin, (c) => c.charCodeAt(0));
  } catch {
    return undefined;
  }
}

async function pipe(
  bytes: Uint8Array,
  stream: CompressionStream | DecompressionStream,
  limit: number,
): Promise<Uint8Array> {
  const reader = new Blob([bytes as BlobPart]).stream().pipeThrough(stream).getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.length;
    if (size > limit) {
      await reader.cancel();
      throw new RangeError('too large');
    }
    chunks.push(value);
  }
  const out = new Uint8Array(size);
  let offset = 0;
  for (const c of chunks) {
    out.set(c, offset);
    offset += c.length;
  }
  return out;
}

/** Encodes JSON text as the value of the share parameter. */
export async function encodeShare(json: string): Promise<string> {
  return toBase64Url(await pipe(new TextEncoder().encode(json), new CompressionStream('deflate-raw'), Infinity));
}

/** Result of reading a share fragment. */
export type ShareDecode = { ok: true; json: string } | { ok: false; message: string } | { ok: 'none' };

/** Reads the share parameter from a location hash such as `#share=…`. */
export async function decodeShare(hash: string): Promise<ShareDecode> {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const value = params.get(SHARE_PARAM);
  if (value === null) return { ok: 'none' };
  if (value.length > MAX_ENCODED)
    return { ok: false, message: 'This share link is too long to be read. Ask for the file export instead.' };
  const r = await decodePacked(value);
  if (r.ok) return r;
  return r.tooLarge
    ? { ok: false, message: 'This share link holds more data than a tool can have.' }
    : { ok: false, message: 'This share link is damaged (it may have been cut off when copied).' };
}

/** Reads text packed by `encodeShare` (also inside workshop response codes), inflating at most `limit` bytes. */
export async function decodePacked(
  value: string,
  limit = MAX_DECODED,
): Promise<{ ok: true; json: string } | { ok: false; tooLarge: boolean }> {
  const bytes = fromBase64Url(value);
  if (!bytes || bytes.length === 0) return { ok: false, tooLarge: false };
  try {
    const out = await pipe(bytes, new DecompressionStream('deflate-raw'), limit);
    return { ok: true, json: new TextDecoder('utf-8', { fatal: true }).decode(out) };
  } catch (e) {
    return { ok: false, tooLarge: e instanceof RangeError };
  }
}

/** A full share URL for the current page. */
export async function shareUrl(json: string, base: string): Promise<string> {
  const url = new URL(base);
  url.hash = `${SHARE_PARAM}=${await encodeShare(json)}`;
  url.search = '';
  return url.toString();
}
