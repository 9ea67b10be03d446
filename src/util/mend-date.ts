/**
 * A date as an officer typed it, in the form plans use, when there is exactly one reading: 2026-7 as
 * 2026-07, 2026-7-3 as 2026-07-03, and what isoFromWritten reads (31/10/2026 as 2026-10-31). Undefined
 * otherwise, or for a day that does not exist.
 */
import { isoFromWritten, isRealDate } from '../model/dates.js';

export function mendDate(text: string): string | undefined {
  const t = text.trim();
  const short = /^(\d{4})-(\d{1,2})(?:-(\d{1,2}))?$/.exec(t);
  if (short) {
    const [y, m, d] = [Number(short[1]), Number(short[2]), short[3] === undefined ? undefined : Number(short[3])];
    if (m < 1 || m > 12 || (d !== undefined && !isRealDate(y, m, d))) return undefined;
    const iso = `${short[1]}-${String(m).padStart(2, '0')}${d === undefined ? '' : `-${String(d).padStart(2, '0')}`}`;
    return iso === t ? undefined : iso;
  }
  const written = isoFromWritten(t);
  return written === t ? undefined : written;
}
