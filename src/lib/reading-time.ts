/** Words a reader gets through per minute when reading to act, not skim. */
const WORDS_PER_MINUTE = 200;

/** Counts the words of Markdown/MDX source, ignoring frontmatter, link targets and markup. */
export function countWords(source: string): number {
  const body = source
    .replace(/^---[\s\S]*?\n---/, '')
    .replace(/\]\([^)]*\)/g, ']')
    .replace(/[#*_>`|[\]-]/g, ' ');
  // Runs of non-space holding a letter or digit: the words, counted without splitting the text.
  return body.match(/\S*[\p{L}\p{N}]\S*/gu)?.length ?? 0;
}

/** Whole minutes to read, at least 1. */
export function readingMinutes(source: string): number {
  return Math.max(1, Math.round(countWords(source) / WORDS_PER_MINUTE));
}
