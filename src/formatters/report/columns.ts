/**
 * The report's tables, described once: each column with its heading and its value, and where a format
 * words it its own way (Markdown's bold, HTML's badges, the terminal's colours), that wording beside it.
 * Every report format renders its action, measure and risk tables from these; the one-table CSV takes the
 * columns that name a CSV field. A new field in the report is one more column here.
 */
import type { ChalkInstance } from 'chalk';
import type { ActionRow, MeasureRow } from '../../analyses/quarterly.js';
import type { ScoredRisk } from '../../analyses/risks.js';
import { bandCode } from '../risks/heatmap.js';
import { type Column } from '../table.js';
import { ukDate, ukDatesIn } from '../uk-date.js';
import type { ReportException } from '../../analyses/report/index.js';
import { actualText, baselineText, checkReasons, checksText, checkClass, fmtValue, lastUpdateText, lastYearText, measureSymbol, previousText, ragWord, stateSymbol, stateText, targetFigure, targetText, travelText } from './shared.js';

export type ReportTableFormat = 'text' | 'markdown' | 'html' | 'docx';

/** The fields of the report's one CSV table, in order (besides the section, the plan and the quarter). */
export const CSV_FIELDS = ['id', 'title', 'owner', 'status', 'checks', 'value', 'target', 'baseline', 'previous', 'travel', 'detail'] as const;
export type CsvField = (typeof CSV_FIELDS)[number];

type Cell = string | number | readonly string[] | undefined;

export interface ReportColumn<R> {
  id: string;
  header: string;
  /** the cell as plain text; a list of names is joined with commas (semicolons in the CSV) */
  value: (row: R) => Cell;
  align?: 'right';
  /** the formats whose tables show it (default: text, markdown and html) */
  formats?: readonly ReportTableFormat[];
  /** the field of the CSV it fills, and its value there when the CSV words it otherwise */
  csv?: { field: CsvField; value?: (row: R) => Cell };
  /** a format's own heading or wording of the cell */
  as?: Partial<Record<ReportTableFormat, { header?: string; value?: (row: R) => Cell }>>;
  /** the cell's HTML, given its escaped text (default: that text) */
  html?: (escaped: string, row: R) => string;
  /** the most terminal columns it takes (longer text wraps) */
  width?: number;
  /** its colour in the terminal */
  style?: (text: string, row: R, c: ChalkInstance) => string;
}

const DISPLAYED: readonly ReportTableFormat[] = ['text', 'markdown', 'html', 'docx'];

export function joinCell(v: Cell, separator = ', '): string | number | undefined {
  return Array.isArray(v) ? v.join(separator) : (v as string | number | undefined);
}

/** The columns a format shows, as a table renderer takes them (the terminal's colours and widths kept for text). */
export function columnsFor<R>(columns: readonly ReportColumn<R>[], format: ReportTableFormat): (Column<R> & { html?: ReportColumn<R>['html'] })[] {
  return columns
    .filter((col) => (col.formats ?? DISPLAYED).includes(format))
    .map((col) => {
      const own = col.as?.[format];
      const value = own?.value ?? col.value;
      return {
        header: own?.header ?? col.header,
        value: (row: R) => joinCell(value(row)),
        ...(col.align ? { align: col.align } : {}),
        ...(format === 'text' && col.width ? { width: col.width } : {}),
        ...(format === 'text' && col.style ? { style: col.style } : {}),
        ...(format === 'html' && col.html ? { html: col.html } : {}),
      };
    });
}

/** A row's CSV fields, from the columns that fill them ('' for a field none fills). */
export function csvFields<R>(columns: readonly ReportColumn<R>[], row: R): Record<CsvField, string> {
  const out = Object.fromEntries(CSV_FIELDS.map((f) => [f, ''])) as Record<CsvField, string>;
  for (const col of columns) {
    if (!col.csv) continue;
    const v = joinCell((col.csv.value ?? col.value)(row), '; ');
    out[col.csv.field] = v === undefined ? '' : String(v);
  }
  return out;
}

const STATE_COLOUR = (t: string, r: ActionRow, c: ChalkInstance) => (r.state === 'off-track' ? c.red(t) : r.state === 'at-risk' ? c.yellow(t) : t);
const CHECKS_COLOUR = (t: string, r: ActionRow, c: ChalkInstance) => (r.judgements.includes('overdue') ? c.red(t) : t ? c.yellow(t) : t);

export const ACTION_COLUMNS: readonly ReportColumn<ActionRow>[] = [
  { id: 'id', header: 'Action', value: (a) => a.id, width: 14, csv: { field: 'id' } },
  { id: 'title', header: 'Title', value: (a) => a.title, width: 34, csv: { field: 'title' } },
  { id: 'owner', header: 'Owner', value: (a) => a.owner, width: 20, csv: { field: 'owner' } },
  { id: 'due', header: 'Due', value: (a) => ukDate(a.due), csv: { field: 'target', value: (a) => a.due } },
  { id: 'status', header: 'Status', value: (a) => `${stateSymbol(a.state)} ${stateText(a)}`, width: 20, style: STATE_COLOUR, html: (t, a) => `<span class="rag state-${a.state}">${t}</span>`, csv: { field: 'status', value: (a) => stateText(a) } },
  { id: 'checks', header: 'Checks', value: (a) => checksText(a), style: CHECKS_COLOUR, width: 16, html: (t, a) => (t ? `<span class="rag ${checkClass(a)}">${t}</span>` : t), csv: { field: 'checks' } },
  { id: 'why', header: 'Why', value: (a) => ukDatesIn(checkReasons(a)), width: 30, csv: { field: 'detail', value: (a) => checkReasons(a) } },
  { id: 'lastUpdate', header: 'Last update', value: (a) => lastUpdateText(a, ukDate) },
  { id: 'complete', header: 'Complete', value: (a) => (a.lastUpdate?.percentComplete !== undefined ? `${a.lastUpdate.percentComplete}%` : ''), formats: [], csv: { field: 'value' } },
];

const RAG_COLOUR = (t: string, m: MeasureRow, c: ChalkInstance) => (m.rag === 'red' ? c.red(t) : m.rag === 'amber' ? c.yellow(t) : m.rag === 'green' ? c.green(t) : c.dim(t));
const RAG_CLASS: Record<string, string> = { green: 'rag-green', amber: 'rag-amber', red: 'rag-red' };

export const MEASURE_COLUMNS: readonly ReportColumn<MeasureRow>[] = [
  { id: 'id', header: 'Measure', value: (m) => m.id, width: 12, csv: { field: 'id' } },
  { id: 'title', header: 'Name', value: (m) => m.title, width: 28, csv: { field: 'title' } },
  { id: 'owner', header: 'Owner', value: (m) => m.owner, width: 18, csv: { field: 'owner' } },
  { id: 'baseline', header: 'Baseline', value: (m) => baselineText(m), width: 12, csv: { field: 'baseline' } },
  { id: 'target', header: 'Target', value: (m) => targetText(m), width: 16, csv: { field: 'target', value: (m) => targetFigure(m) } },
  { id: 'actual', header: 'Actual', value: (m) => actualText(m), width: 14, csv: { field: 'value', value: (m) => (m.actual ? fmtValue(m.actual.value, m.unit) : '') } },
  { id: 'previous', header: 'Previous', value: (m) => previousText(m), width: 14, csv: { field: 'previous' } },
  { id: 'direction', header: 'Direction', value: (m) => travelText(m.travel.previous), as: { text: { header: 'Travel' } }, csv: { field: 'travel' } },
  { id: 'lastYear', header: 'Same period last year', value: (m) => lastYearText(m), formats: ['markdown', 'html'] },
  { id: 'vsLastYear', header: 'Against last year', value: (m) => travelText(m.travel.lastYear), as: { text: { header: 'vs last yr' } } },
  { id: 'rag', header: 'RAG', value: (m) => `${measureSymbol(m.status)} ${ragWord(m)}`, width: 25, style: RAG_COLOUR, html: (t, m) => `<span class="rag ${m.rag ? RAG_CLASS[m.rag] : 'rag-none'} status-${m.status}">${t}</span>`, csv: { field: 'status', value: (m) => ragWord(m) } },
  { id: 'why', header: 'Why', value: (m) => m.reason, width: 30, csv: { field: 'detail' } },
];

export const RISK_COLUMNS: readonly ReportColumn<ScoredRisk>[] = [
  { id: 'id', header: 'Risk', value: (r) => r.id, csv: { field: 'id' } },
  { id: 'title', header: 'Description', value: (r) => r.title, width: 60, csv: { field: 'title' } },
  { id: 'owner', header: 'Owner', value: (r) => r.owner, width: 18, csv: { field: 'owner' } },
  { id: 'lxi', header: 'L x I', value: (r) => (r.current ? `${r.current.likelihood} x ${r.current.impact}` : 'not scored') },
  { id: 'score', header: 'Score', value: (r) => r.current?.score, align: 'right', csv: { field: 'value' } },
  {
    id: 'band',
    header: 'Band',
    value: (r) => r.current?.band?.label,
    as: { markdown: { value: (r) => (r.current?.band ? `${r.current.band.label} (${bandCode(r.current.band)})` : '') } },
    csv: { field: 'status', value: (r) => r.current?.band?.label ?? 'not scored' },
  },
  { id: 'target', header: 'Target', value: (r) => r.target?.score, align: 'right', csv: { field: 'target' } },
  { id: 'movement', header: 'Move', value: (r) => r.movement, formats: ['text'] },
  {
    id: 'appetite',
    header: 'Appetite',
    value: (r) => (r.aboveAppetite ? 'ABOVE' : r.appetite ? 'within' : ''),
    as: { markdown: { header: 'Above appetite', value: (r) => (r.aboveAppetite ? '**yes**' : 'no') }, html: { value: (r) => (r.aboveAppetite ? 'Above appetite' : r.appetite ? 'Within' : '') } },
    html: (t, r) => (r.aboveAppetite ? `<strong>${t}</strong>` : t),
    csv: { field: 'detail', value: (r) => (r.aboveAppetite ? 'above appetite' : '') },
  },
];

/** The top risks across plans: the risk columns after the plan's. */
export const TOP_RISK_COLUMNS: readonly ReportColumn<ScoredRisk>[] = [{ id: 'plan', header: 'Plan', value: (r) => r.plan, width: 30 }, ...RISK_COLUMNS];

const KIND_LABEL: Record<ReportException['kind'], string> = { measure: 'Measure', action: 'Action', milestone: 'Milestone', risk: 'Risk' };
const NONE_GIVEN = 'None given';

/** The exceptions table: every item needing attention, with the officer's words beside the report's judgement. */
export const EXCEPTION_COLUMNS: readonly ReportColumn<ReportException>[] = [
  { id: 'plan', header: 'Plan', value: (e) => e.plan, formats: [] },
  { id: 'kind', header: 'Type', value: (e) => KIND_LABEL[e.kind] },
  { id: 'id', header: 'Id', value: (e) => e.id, width: 14, csv: { field: 'id' } },
  { id: 'title', header: 'Title', value: (e) => e.title, width: 26, csv: { field: 'title' } },
  { id: 'owner', header: 'Owner', value: (e) => e.owner, width: 16, csv: { field: 'owner' } },
  { id: 'status', header: 'Status', value: (e) => `■ ${e.status}`, width: 16, html: (t) => `<span class="rag rag-red">${t}</span>`, csv: { field: 'status', value: (e) => e.status } },
  { id: 'why', header: 'Why', value: (e) => ukDatesIn(e.why), width: 26, csv: { field: 'checks', value: (e) => e.why } },
  { id: 'commentary', header: 'Commentary', value: (e) => e.commentary ?? NONE_GIVEN, width: 30, csv: { field: 'value', value: (e) => e.commentary ?? '' } },
  { id: 'correctiveAction', header: 'Corrective action', value: (e) => e.correctiveAction ?? NONE_GIVEN, width: 30, csv: { field: 'target', value: (e) => e.correctiveAction ?? '' } },
];
