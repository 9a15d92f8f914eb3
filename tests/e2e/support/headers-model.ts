/**
 * How Netlify and Cloudflare Pages apply `public/_headers`: every rule whose path pattern
 * matches is applied, in order. Cloudflare joins the values of a header set by several rules
 * and honours "! Name" lines (detach a header set by an earlier rule); Netlify lets a later
 * rule's header replace an earlier one of the same name and skips lines without a colon.
 * Used by tests/unit/headers.test.ts and by the e2e server that serves dist/ with these rules.
 */

/** The parsed file: each rule's pattern, headers (names lower-case) and detached names. */
export type Rules = { pattern: string; headers: [string, string][]; detach: string[] }[];

/** Reads the text of a `_headers` file. */
export function parseHeaders(text: string): Rules {
  const rules: Rules = [];
  for (const line of text.split('\n')) {
    if (!line.trim() || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) rules.push({ pattern: line.trim(), headers: [], detach: [] });
    else if (line.trim().startsWith('!')) rules.at(-1)!.detach.push(line.trim().slice(1).trim().toLowerCase());
    else {
      const i = line.indexOf(':');
      rules.at(-1)!.headers.push([line.slice(0, i).trim().toLowerCase(), line.slice(i + 1).trim()]);
    }
  }
  return rules;
}

/** Netlify/Cloudflare matching: `*` matches any run of characters, everything else literally. */
export function matches(pattern: string, path: string): boolean {
  const re = new RegExp(
    `^${pattern
      .split('*')
      .map((s) => s.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
      .join('.*')}$`,
  );
  return re.test(path);
}

/** A host that reads `_headers`. */
export type Host = 'cloudflare' | 'netlify';

/** The header values a host sends for a path (several values of one name: joined by the host with ", "). */
export function headersFor(rules: Rules, path: string, host: Host = 'cloudflare'): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const rule of rules.filter((r) => matches(r.pattern, path))) {
    if (host === 'cloudflare') for (const name of rule.detach) out.delete(name);
    for (const [k, v] of rule.headers) out.set(k, host === 'netlify' ? [v] : [...(out.get(k) ?? []), v]);
  }
  return out;
}
