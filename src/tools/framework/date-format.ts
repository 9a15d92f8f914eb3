/**
 * Calendar dates (YYYY-MM-DD, as date inputs give them) for display and for "today". A date is
 * a day, not an instant: it is read and formatted in UTC, so no time zone moves it a day.
 */

const formats = new Map<string, Intl.DateTimeFormat>();

/** A YYYY-MM-DD date in the locale's medium style ("Mar 1, 2027", "1 Mar 2027"). */
export function formatDate(iso: string, locale: string): string {
  let f = formats.get(locale);
  if (!f) formats.set(locale, (f = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' })));
  const t = Date.parse(`${iso}T00:00:00Z`);
  return Number.isNaN(t) ? iso : f.format(t);
}

/** Today in the visitor's own calendar, as YYYY-MM-DD. */
export function todayIso(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
