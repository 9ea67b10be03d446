/**
 * A timeframe as a Word or Excel plan writes it, read into plan fields the way docs/transcribing.md says:
 * "31/3/17" due 2017-03-31; "June 2016" and "March 17" due at the month's end; "April - July 2016" a start and
 * a due; "2018/19" due at the fiscal year's end; "Ongoing" due ongoing; "March 2016 onwards" a start and due
 * ongoing; "Annual cycle" ongoing and annual; blank or "-" tbc. What it cannot read is due tbc, with the
 * wording kept in timeframe.
 */
import { isoFromWritten, parseIsoDay } from '../model/dates.js';
import { mendDate } from '../util/mend-date.js';

export interface TimeframeFields {
  start?: string;
  due: string;
  timeframe?: string;
  recurrence?: string;
  phase?: string;
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** One written date (or month, or fiscal year) as plans write it, or undefined. */
export function writtenDate(text: string): string | undefined {
  const t = text.trim().replace(/^\(|\)$/g, '').replace(/\.$/, '').trim();
  if (/^\d{4}-\d{2}(-\d{2})?$/.test(t)) return t.length === 7 || parseIsoDay(t) !== undefined ? t : undefined;
  const fy = /^(\d{4})\s*[/-]\s*(\d{2})$/.exec(t);
  if (fy && (Number(fy[1]) + 1) % 100 === Number(fy[2])) return `${fy[1]}/${fy[2]}`;
  const mended = mendDate(t) ?? isoFromWritten(t);
  if (mended) return mended;
  // March 17, Sept '18: a month and a two-digit year
  const short = /^([a-z]{3,9})\.?\s*'?(\d{2})$/i.exec(t);
  const month = short ? MONTHS.indexOf(short[1]!.slice(0, 3).toLowerCase()) : -1;
  if (short && month >= 0) return `20${short[2]}-${String(month + 1).padStart(2, '0')}`;
  return undefined;
}

/** "April - July 2016": the start's month given its year from the end. */
function rangeStart(start: string, due: string): string | undefined {
  const own = writtenDate(start);
  if (own) return own;
  const year = /^(\d{4})/.exec(due)?.[1];
  return year ? writtenDate(`${start.trim()} ${year}`) : undefined;
}

export function readTimeframe(text: string): TimeframeFields {
  const t = text.trim().replace(/\s+/g, ' ');
  if (t === '' || /^[-–—]+$/.test(t) || /^(tbc|tba|to be confirmed|n\/?a)$/i.test(t)) return { due: 'tbc' };
  const whole = writtenDate(t);
  if (whole) return { due: whole };
  if (/^on-?going$/i.test(t)) return { due: 'ongoing' };
  if (/^on-?going\b/i.test(t)) return { due: 'ongoing', timeframe: t };
  if (/^annual(ly| cycle)?$/i.test(t)) return { due: 'ongoing', recurrence: 'annual' };
  const onwards = /^(?:from )?(.+?) onwards$/i.exec(t);
  if (onwards && writtenDate(onwards[1]!)) return { start: writtenDate(onwards[1]!)!, due: 'ongoing' };
  const range = /^(?:from )?(.+?)\s*(?:-|–|—|to|until)\s*(.+)$/i.exec(t);
  if (range) {
    const due = writtenDate(range[2]!);
    const start = due ? rangeStart(range[1]!, due) : undefined;
    if (due && start) return { start, due };
  }
  const phase = /^(phase \d+)\s+(.+)$/i.exec(t);
  if (phase && writtenDate(phase[2]!)) return { due: writtenDate(phase[2]!)!, phase: phase[1]! };
  const completion = /^(?:completion|complete|completed|by|end of|due)\s+(?:by\s+)?(.+)$/i.exec(t);
  if (completion && writtenDate(completion[1]!)) return { due: writtenDate(completion[1]!)! };
  return { due: 'tbc', timeframe: t };
}
