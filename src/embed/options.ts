/**
 * Embed options in TypeScript: what `/embed/<id>/?…` accepts (the same lists the inline script
 * uses, from embed-init.mjs), parsed and written back as a query string. Used by the embed
 * builder; options.test.ts checks the inline script against `parseEmbedOptions`.
 */
import { EMBED_CHOICES } from './embed-init.mjs';

export { EMBED_CHOICES };

/** One option's name. */
export type EmbedOptionName = keyof typeof EMBED_CHOICES;

/** Every option with a valid value. */
export type EmbedOptions = { [K in EmbedOptionName]: (typeof EMBED_CHOICES)[K][number] };

const NAMES = Object.keys(EMBED_CHOICES) as EmbedOptionName[];

/** The defaults (the first value of each list). */
export const DEFAULT_EMBED_OPTIONS = Object.fromEntries(NAMES.map((k) => [k, EMBED_CHOICES[k][0]])) as EmbedOptions;

/** True when `value` is one of the allowed values of option `name`. */
export function isEmbedChoice<K extends EmbedOptionName>(name: K, value: unknown): value is EmbedOptions[K] {
  return (EMBED_CHOICES[name] as readonly unknown[]).includes(value);
}

/** Reads options from a query string; unknown names and values are ignored (the default stays). */
export function parseEmbedOptions(search: string): EmbedOptions {
  const q = new URLSearchParams(search);
  const out = { ...DEFAULT_EMBED_OPTIONS };
  for (const name of NAMES) {
    const v = q.get(name);
    if (isEmbedChoice(name, v)) (out as Record<string, string>)[name] = v;
  }
  return out;
}

/** The query string for these options, leaving out defaults (`""` when all are defaults). */
export function embedQuery(options: Partial<EmbedOptions>): string {
  const q = new URLSearchParams();
  for (const name of NAMES) {
    const v = options[name];
    if (v !== undefined && isEmbedChoice(name, v) && v !== DEFAULT_EMBED_OPTIONS[name]) q.set(name, v);
  }
  const s = q.toString();
  return s ? `?${s}` : '';
}
