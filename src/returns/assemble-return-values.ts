/**
 * A filled return's rows as the updates, actuals and reviews they record, pure, checked as plan update,
 * plan actual and plan rescore check their options: a status from the list, a percent from 0 to 100, a real
 * day in the quarter and not after today, numbers, numerator and denominator together, likelihood and impact
 * both given and whole. A row with nothing filled in (the As at day aside) records nothing. Each cell that
 * fails is reported as workbook, sheet and cell: "returns/tom-ellery.xlsx, Actions!D7".
 */
import type ExcelJS from 'exceljs';
import { STATUSES } from '../edit/plan-values.js';
import { isoFromWritten, parseIsoDay } from '../model/dates.js';
import { valueText } from '../import/read-sheets.js';
import type { ReturnInput, ReturnRow } from './get-return-workbook.js';

export interface ReturnValue {
  row: ReturnRow;
  /** the update, actual or review, as the plan will hold it */
  value: Record<string, unknown>;
}

export interface CellError {
  /** workbook, sheet and cell */
  place: string;
  message: string;
}

export interface ReturnWindow {
  /** the quarter's first and last days, and today (ISO) */
  from: string;
  to: string;
  today: string;
}

type Read = { ok: unknown } | { error: string };

function readDay(v: ExcelJS.CellValue): string | undefined {
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  const t = valueText(v);
  if (parseIsoDay(t) !== undefined) return t;
  const w = /^\d{4}-\d{2}-\d{2}$/.test(t) ? undefined : isoFromWritten(t);
  return w !== undefined && parseIsoDay(w) !== undefined ? w : undefined;
}

function readNumber(v: ExcelJS.CellValue): number | undefined {
  if (typeof v === 'number') return Number.isFinite(v) ? v : undefined;
  const t = valueText(v).replace(/,/g, '');
  return t !== '' && Number.isFinite(Number(t)) ? Number(t) : undefined;
}

function readInput(input: ReturnInput, window: ReturnWindow): Read {
  const { value: v, kind } = input;
  const shown = JSON.stringify(valueText(v));
  switch (kind) {
    case 'status': {
      const t = valueText(v).toLowerCase().replace(/\s+/g, '-');
      return STATUSES.includes(t) ? { ok: t } : { error: `${shown} is not a status: use one of ${STATUSES.join(', ')}` };
    }
    case 'percent': {
      const n = readNumber(typeof v === 'string' ? v.replace(/%\s*$/, '') : v);
      return n !== undefined && n >= 0 && n <= 100 ? { ok: n } : { error: `${shown} is not a percent from 0 to 100` };
    }
    case 'date': {
      const d = readDay(v);
      if (d === undefined) return { error: `${shown} is not a real date: write it as YYYY-MM-DD` };
      if (d < window.from || d > window.to) return { error: `${d} is not in the quarter (${window.from} to ${window.to})` };
      if (d > window.today) return { error: `${d} is after today` };
      return { ok: d };
    }
    case 'number': {
      const n = readNumber(v);
      return n !== undefined ? { ok: n } : { error: `${shown} is not a number` };
    }
    case 'likelihood':
    case 'impact': {
      const n = readNumber(v);
      return n !== undefined && Number.isInteger(n) && n >= 1 ? { ok: n } : { error: `${shown} is not a whole number on the plan's risk matrix` };
    }
    default:
      return { ok: valueText(v) };
  }
}

const isBlank = (v: ExcelJS.CellValue) => valueText(v) === '';

/** The values a return's rows record, or the cells that fail; rows with nothing filled in are left out. */
export function returnValues(rows: readonly ReturnRow[], file: string, window: ReturnWindow): { values: ReturnValue[]; errors: CellError[] } {
  const values: ReturnValue[] = [];
  const errors: CellError[] = [];
  for (const row of rows) {
    const place = (address: string) => `${file}, ${row.sheet}!${address}`;
    const given = row.inputs.filter((i) => !isBlank(i.value));
    if (!given.some((i) => i.kind !== 'date')) continue;
    const value: Record<string, unknown> = {};
    let bad = false;
    for (const input of given) {
      const read = readInput(input, window);
      if ('error' in read) {
        errors.push({ place: place(input.address), message: read.error });
        bad = true;
      } else value[input.field] = read.ok;
    }
    const need = (field: string, why: string) => {
      const input = row.inputs.find((i) => i.field === field)!;
      if (value[field] === undefined && !given.includes(input)) {
        errors.push({ place: place(input.address), message: why });
        bad = true;
      }
    };
    if (row.kind === 'action' || row.kind === 'milestone') need('status', `a status is needed for ${row.itemId}: use one of ${STATUSES.join(', ')}`);
    if (row.kind === 'risk') {
      need('likelihood', `a likelihood is needed for ${row.itemId}, with its impact`);
      need('impact', `an impact is needed for ${row.itemId}, with its likelihood`);
    }
    if (row.kind === 'measure') {
      const num = value.numerator !== undefined;
      const den = value.denominator !== undefined;
      if (num !== den) need(num ? 'denominator' : 'numerator', 'numerator and denominator go together: give both, or neither');
      if (value.denominator === 0) {
        errors.push({ place: place(row.inputs.find((i) => i.field === 'denominator')!.address), message: 'the denominator cannot be 0' });
        bad = true;
      }
      if (value.value === undefined && !num) need('value', `a value is needed for ${row.itemId}`);
    }
    if (value.date === undefined && row.kind !== 'measure') need('date', 'the As at day is needed');
    if (!bad) values.push({ row, value: ordered(row, value) });
  }
  return { values, errors };
}

/** The fields in the order plan update, plan actual and plan rescore write them. */
function ordered(row: ReturnRow, v: Record<string, unknown>): Record<string, unknown> {
  const keys =
    row.kind === 'measure' ? ['period', 'value', 'numerator', 'denominator', 'note'] : row.kind === 'risk' ? ['date', 'likelihood', 'impact', 'note'] : ['date', 'status', 'percentComplete', 'commentary', 'correctiveAction'];
  const src = row.kind === 'measure' ? { period: row.period, ...v, value: v.value ?? null } : v;
  const out: Record<string, unknown> = {};
  for (const k of keys) if ((src as Record<string, unknown>)[k] !== undefined) out[k] = (src as Record<string, unknown>)[k];
  return out;
}
