/** Saves text as a file through the browser's download (no server involved). */
export function downloadText(filename: string, text: string, type = 'application/json'): void {
  const url = URL.createObjectURL(new Blob([text], { type: `${type};charset=utf-8` }));
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** Largest import file we read, in bytes: far above any real tool state. */
export const MAX_IMPORT_BYTES = 1_000_000;

/** Today's date as YYYY-MM-DD, for file names. */
export function today(): string {
  return new Date().toISOString().slice(0, 10);
}

/** A file name for a download: `<base>[-<subject>]-<YYYY-MM-DD>`, the subject made file-safe. */
export function fileName(base: string, subject?: string): string {
  const safe = (subject ?? '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 40);
  return `${base}${subject === undefined ? '' : `-${safe || 'vendor'}`}-${today()}`;
}
