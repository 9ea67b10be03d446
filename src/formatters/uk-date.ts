/**
 * Dates as UK committee papers write them: 31 Aug 2026, a month as Aug 2026. An ISO day or month found
 * anywhere in a piece of text is rewritten so; anything else (2017/18, ongoing, tbc) is left as written.
 */
import { format } from 'date-fns';

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const ISO_MONTH = /^(\d{4})-(\d{2})$/;

/** One date: 2026-08-31 as 31 Aug 2026, 2016-06 as Jun 2016; other text unchanged. */
export function ukDate(text: string): string {
  const d = ISO_DAY.exec(text);
  if (d) {
    const date = new Date(Number(d[1]), Number(d[2]) - 1, Number(d[3]));
    return date.getMonth() === Number(d[2]) - 1 ? format(date, 'd MMM yyyy') : text;
  }
  const m = ISO_MONTH.exec(text);
  if (m && Number(m[2]) >= 1 && Number(m[2]) <= 12) return format(new Date(Number(m[1]), Number(m[2]) - 1, 1), 'MMM yyyy');
  return text;
}

/** Every ISO day in a piece of text written as a UK date ("due 2018-03-31, 90 days ago" as "due 31 Mar 2018, 90 days ago"). */
export function ukDatesIn(text: string): string {
  return text.replace(/\b\d{4}-\d{2}-\d{2}\b/g, (iso) => ukDate(iso));
}
