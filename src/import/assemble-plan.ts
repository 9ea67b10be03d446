/**
 * Source tables (a sheet, a CSV file, the tables of a Word document) as a new plan's data, pure: each table's
 * header row says which column holds which field (header-map.ts); each row below it is an action, a row with
 * one text across it a section heading; written dates and timeframes are read as transcriptions read them
 * (written-timeframe.ts). Every cell that has no field of its own is kept (in the action's notes, or the
 * plan's) and listed in unplaced, with its table, row and column: nothing is dropped silently.
 */
import { type ImportField, fieldForHeader } from './header-map.js';
import type { SourceRow, SourceTable } from './source-table.js';
import { readTimeframe, writtenDate } from './written-timeframe.js';

type Obj = Record<string, unknown>;

export interface Unplaced {
  /** the sheet, file or "table 2" */
  table: string;
  row: number;
  column: string;
  header?: string;
  text: string;
  /** why it has no field, and where it was kept */
  why: string;
}

export interface PlanHeader {
  id: string;
  council: string;
  service: string;
  period: string;
  title?: string;
  source?: string;
}

export interface AssembledPlan {
  plan: Obj;
  unplaced: Unplaced[];
  /** how many actions each table gave */
  actionsByTable: { table: string; actions: number }[];
}

const lines = (text: string) => text.split('\n').map((l) => l.replace(/^[•·▪◦\-*–]\s*/, '').trim()).filter(Boolean);
const textOrList = (text: string): string | string[] => {
  const l = lines(text);
  return l.length === 1 ? l[0]! : l;
};
const codes = (text: string) => text.split(/[,;\n]+/).map((s) => s.trim()).filter(Boolean);
const oneOrMany = (list: string[]) => (list.length === 1 ? list[0]! : list);

/** "Emma Leaman/ Richard Browne", "A and B", "A; B" as names; a post in brackets stays whole. */
export function splitNames(text: string): string[] {
  return text
    .split(/\s*(?:\/|;|\n|,|&|\band\b)\s*(?![^(]*\))/)
    .map((s) => s.trim())
    .filter(Boolean);
}

/** The first row, among the first five, with two or more cells whose headers give a title column. */
function headerRow(table: SourceTable, map: ReadonlyMap<string, ImportField>): number {
  for (let i = 0; i < Math.min(5, table.rows.length); i++) {
    const cells = table.rows[i]!.cells;
    if (cells.filter(Boolean).length >= 2 && cells.some((c) => fieldForHeader(c, map) === 'title')) return i;
  }
  return -1;
}

/** A code column that holds words instead (Birmingham's "Service Improvement") is a category. */
function idColumnIsCategory(rows: SourceRow[], col: number): boolean {
  const values = rows.map((r) => r.cells[col] ?? '').filter(Boolean);
  return values.length > 0 && values.filter((v) => /^[A-Za-z&]+(?: [A-Za-z&]+)+$/.test(v)).length * 2 >= values.length;
}

/**
 * A heading row: one text, either across merged cells (repeated, as a workbook gives it) or alone in a column
 * that is not the title's (a merged Word cell, whose text comes first).
 */
function headingOf(cells: string[], fields: readonly (ImportField | undefined)[]): string | undefined {
  const filled = cells.filter(Boolean);
  if (new Set(filled).size !== 1) return undefined;
  return filled.length >= 2 || fields[cells.findIndex(Boolean)] !== 'title' ? filled[0] : undefined;
}

const slug = (text: string) => text.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 60) || 'section';

interface TableRead {
  actions: Obj[];
  sections: Obj[];
  unplaced: Unplaced[];
}

function readTable(table: SourceTable, map: ReadonlyMap<string, ImportField>): TableRead | undefined {
  const at = headerRow(table, map);
  if (at < 0) return undefined;
  const headers = table.rows[at]!.cells;
  const body = table.rows.slice(at + 1);
  const fields: (ImportField | undefined)[] = [];
  const taken = new Set<ImportField>();
  headers.forEach((h, i) => {
    let f = h ? fieldForHeader(h, map) : undefined;
    if (f === 'id' && idColumnIsCategory(body, i)) f = 'category';
    // a second column for a field the row already has (two Lead columns) is kept in notes, under its header
    if (f && taken.has(f) && f !== 'notes') f = undefined;
    if (f) taken.add(f);
    fields[i] = f;
  });
  const out: TableRead = { actions: [], sections: [], unplaced: [] };
  let section: string | undefined;
  for (const r of body) {
    if (r.cells.every((c) => !c)) continue;
    if (r.cells.every((c, i) => c === (headers[i] ?? ''))) continue;
    const heading = headingOf(r.cells, fields);
    if (heading !== undefined) {
      section = slug(heading);
      if (!out.sections.some((s) => s.id === section)) out.sections.push({ id: section, title: heading.replace(/\n/g, ' ') });
      continue;
    }
    out.actions.push(readRow(table, r, headers, fields, section, out.unplaced));
  }
  return out;
}

function readRow(table: SourceTable, r: SourceRow, headers: string[], fields: (ImportField | undefined)[], section: string | undefined, unplaced: Unplaced[]): Obj {
  const a: Obj = {};
  const notes: string[] = [];
  const keep = (i: number, text: string, why: string) => {
    notes.push(headers[i] ? `${headers[i]!.replace(/\s+/g, ' ')}: ${text}` : text);
    unplaced.push({ table: table.label, row: r.row, column: table.columnName(i), ...(headers[i] ? { header: headers[i]!.replace(/\s+/g, ' ') } : {}), text, why: `${why}; kept in the action's notes` });
  };
  r.cells.forEach((text, i) => {
    if (!text) return;
    const f = fields[i];
    switch (f) {
      case undefined:
        return keep(i, text, headers[i] ? `no field for the column "${headers[i]!.replace(/\s+/g, ' ')}"` : 'a cell under no header');
      case 'id':
      case 'category':
      case 'title':
        a[f] = lines(text).join(' ');
        return;
      case 'owner':
      case 'managedBy':
        a[f] = oneOrMany(splitNames(text));
        return;
      case 'due': {
        const tf = readTimeframe(text);
        Object.assign(a, { ...tf, ...(a.start !== undefined ? { start: a.start } : {}) });
        if (tf.timeframe !== undefined) unplaced.push({ table: table.label, row: r.row, column: table.columnName(i), ...(headers[i] ? { header: headers[i]! } : {}), text, why: 'not read as a date: due tbc, the wording kept in timeframe' });
        return;
      }
      case 'start': {
        const start = writtenDate(text);
        if (start) a.start = start;
        else keep(i, text, 'not read as a start date');
        return;
      }
      case 'measures':
      case 'risks':
      case 'objective':
      case 'priority':
        a[f] = oneOrMany(codes(text));
        return;
      case 'notes':
        notes.push(...lines(text));
        return;
      default:
        a[f] = textOrList(text);
    }
  });
  if (section !== undefined) a.section = section;
  if (notes.length) a.notes = notes.length === 1 ? notes[0] : notes;
  return a;
}

/** Ids for actions without one (A01, A02...), and AC2.1, AC2.2 (with ref AC2) where a code is given twice. */
function giveIds(actions: Obj[]): void {
  const counts = new Map<string, number>();
  for (const a of actions) if (typeof a.id === 'string') counts.set(a.id, (counts.get(a.id) ?? 0) + 1);
  const seen = new Map<string, number>();
  let n = 0;
  const width = String(actions.length).length < 2 ? 2 : String(actions.length).length;
  for (const a of actions) {
    n++;
    if (typeof a.id !== 'string') a.id = `A${String(n).padStart(width, '0')}`;
    else if ((counts.get(a.id) ?? 0) > 1) {
      const k = (seen.get(a.id) ?? 0) + 1;
      seen.set(a.id, k);
      a.ref = a.id;
      a.id = `${a.id}.${k}`;
    }
  }
}

/** Key order as the transcribed plans write an action. */
const ACTION_KEYS = ['id', 'ref', 'category', 'section', 'title', 'description', 'objective', 'priority', 'owner', 'managedBy', 'start', 'due', 'phase', 'recurrence', 'timeframe', 'outcome', 'successMeasures', 'measures', 'resources', 'risks', 'notes'];

function ordered(a: Obj): Obj {
  const out: Obj = {};
  for (const k of ACTION_KEYS) if (a[k] !== undefined) out[k] = a[k];
  return out;
}

export function assemblePlan(tables: readonly SourceTable[], header: PlanHeader, map: ReadonlyMap<string, ImportField>): AssembledPlan {
  const actions: Obj[] = [];
  const sections: Obj[] = [];
  const unplaced: Unplaced[] = [];
  const planNotes: string[] = [];
  const actionsByTable: AssembledPlan['actionsByTable'] = [];
  for (const table of tables) {
    const read = readTable(table, map);
    if (!read) {
      for (const r of table.rows) {
        r.cells.forEach((text, i) => {
          if (!text) return;
          planNotes.push(`${table.label}, row ${r.row}, ${table.columnName(i)}: ${text.replace(/\n/g, ' / ')}`);
          unplaced.push({ table: table.label, row: r.row, column: table.columnName(i), text, why: "not an action table (no Action or Title column in its first rows); kept in the plan's notes" });
        });
      }
      actionsByTable.push({ table: table.label, actions: 0 });
      continue;
    }
    actions.push(...read.actions);
    for (const s of read.sections) if (!sections.some((x) => x.id === s.id)) sections.push(s);
    unplaced.push(...read.unplaced);
    actionsByTable.push({ table: table.label, actions: read.actions.length });
  }
  giveIds(actions);
  for (const a of actions) {
    if (a.title === undefined) {
      a.title = typeof a.description === 'string' ? a.description.split('\n')[0] : `Action ${String(a.id)}`;
    }
    if (a.owner === undefined) a.owner = 'tbc';
    if (a.due === undefined) a.due = 'tbc';
  }
  const plan: Obj = {
    id: header.id,
    council: header.council,
    service: header.service,
    ...(header.title ? { title: header.title } : {}),
    period: header.period,
    ...(header.source ? { source: { title: header.source } } : {}),
    ...(sections.length ? { sections } : {}),
    ...(planNotes.length ? { notes: planNotes } : {}),
    actions: actions.map(ordered),
  };
  return { plan, unplaced, actionsByTable };
}
