/**
 * What the embed builder (/trainers/) hands out: the embed address with its options, the
 * direct link to the tool, the HTML snippet, and a prefill read from a pasted share link.
 * Pure functions, so the builder view only renders them.
 */
import { embedQuery, type EmbedOptions } from '../embed/options';
import { MAX_ENCODED, SHARE_PARAM } from '../tools/framework/share-link';

/** Height the iframe starts at before the host script sizes it (and keeps without the script). */
export const START_HEIGHT = 720;

/** `/embed/<id>/` with the options (defaults left out) and the prefill fragment. */
export function embedUrl(origin: string, id: string, options: Partial<EmbedOptions>, share = ''): string {
  return `${origin}/embed/${id}/${embedQuery(options)}${share ? `#${SHARE_PARAM}=${share}` : ''}`;
}

/** The tool's own page, with the prefill fragment: the direct link and the QR code. */
export function toolUrl(origin: string, id: string, share = ''): string {
  return `${origin}/tools/${id}/${share ? `#${SHARE_PARAM}=${share}` : ''}`;
}

/** Text made safe inside a double-quoted HTML attribute. */
function attr(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** The code a trainer pastes: the iframe and the host script that sizes it. */
export function embedSnippet(origin: string, id: string, title: string, options: Partial<EmbedOptions>, share = '') {
  return (
    `<iframe src="${attr(embedUrl(origin, id, options, share))}" title="${attr(title)}" ` +
    `width="100%" height="${START_HEIGHT}" style="width:100%;border:0" loading="lazy" ` +
    `allow="clipboard-write" data-outsource-smart></iframe>\n` +
    `<script src="${attr(`${origin}/embed.js`)}" async></script>`
  );
}

/** A prefill read from what the trainer pasted. */
export type Prefill = { ok: true; share: string } | { ok: false; message: string };

/**
 * Reads a share link copied from a tool ("Copy share link"): it must be a link to this tool's
 * page (or its embed) with a `#share=` fragment. Only the fragment's value is kept, and only
 * when it has the characters a share link can have; the tool checks the values on arrival.
 * An empty field is no prefill.
 */
export function readPrefill(text: string, id: string, titleOf: (id: string) => string | undefined): Prefill | null {
  const trimmed = text.trim();
  if (!trimmed) return null;
  let url: URL;
  try {
    url = new URL(trimmed);
  } catch {
    return { ok: false, message: 'This is not a link. Paste the whole share link copied with “Copy share link”.' };
  }
  const value = new URLSearchParams(url.hash.replace(/^#/, '')).get(SHARE_PARAM);
  if (value === null)
    return { ok: false, message: 'This link carries no values. Copy it with the tool’s “Copy share link” button.' };
  const path = /^\/(?:tools|embed)\/([a-z0-9-]+)\/$/.exec(url.pathname);
  if (!path || !titleOf(path[1]!))
    return { ok: false, message: 'This is not a share link of one of the tools on this site.' };
  if (path[1] !== id)
    return {
      ok: false,
      message: `This share link is for the “${titleOf(path[1]!)}”. Choose that tool, or copy a link from this one.`,
    };
  if (!value || value.length > MAX_ENCODED || !/^[A-Za-z0-9_-]+$/.test(value))
    return { ok: false, message: 'This share link is damaged (it may have been cut off when copied).' };
  return { ok: true, share: value };
}
