/**
 * The sheets of a return workbook, as data: for each kind of item its sheet, and each column's header, what it
 * shows (locked) or asks for (an input cell, unlocked and validated). The workbook writer and the reader of a
 * filled return both work from this, so a column is always where the other expects it.
 */
import type { DueItem, ItemKind } from './assemble-due-items.js';

/** What an input cell takes: a status from the list, a whole percent, a day in the quarter, a number, a score on the matrix, or text. */
export type InputKind = 'status' | 'percent' | 'date' | 'number' | 'likelihood' | 'impact' | 'text';

export interface ReturnColumn {
  header: string;
  width: number;
  /** what the officer fills in; undefined for a column shown for reference */
  input?: InputKind;
  /** the field of the update, actual or review the input becomes */
  field?: string;
  /** what a locked column shows */
  show?: (item: DueItem) => string | number | null;
}

export interface ReturnSheet {
  kind: ItemKind;
  name: string;
  /** the row the items start on (after a title row and the header row) */
  firstRow: number;
  columns: ReturnColumn[];
}

const PLAN: ReturnColumn = { header: 'Plan', width: 30, show: (i) => i.planId };
const lastDate = (i: DueItem) => i.last?.date ?? null;

export const RETURN_SHEETS: readonly ReturnSheet[] = [
  {
    kind: 'action',
    name: 'Actions',
    firstRow: 3,
    columns: [
      { header: 'Ref', width: 14, show: (i) => i.itemId },
      { header: 'Action', width: 50, show: (i) => i.title },
      { header: 'Due', width: 12, show: (i) => i.due ?? null },
      { header: 'Status', width: 14, input: 'status', field: 'status' },
      { header: '% complete', width: 11, input: 'percent', field: 'percentComplete' },
      { header: 'Commentary', width: 50, input: 'text', field: 'commentary' },
      { header: 'Corrective action', width: 40, input: 'text', field: 'correctiveAction' },
      { header: 'As at', width: 12, input: 'date', field: 'date' },
      { header: 'Last status', width: 14, show: (i) => i.last?.status ?? null },
      { header: 'Last %', width: 8, show: (i) => i.last?.percent ?? null },
      { header: 'Last update', width: 12, show: lastDate },
      { header: 'Last commentary', width: 50, show: (i) => i.last?.commentary ?? null },
      PLAN,
    ],
  },
  {
    kind: 'milestone',
    name: 'Milestones',
    firstRow: 3,
    columns: [
      { header: 'Ref', width: 18, show: (i) => i.itemId },
      { header: 'Milestone', width: 50, show: (i) => i.title },
      { header: 'Due', width: 12, show: (i) => i.due ?? null },
      { header: 'Status', width: 14, input: 'status', field: 'status' },
      { header: '% complete', width: 11, input: 'percent', field: 'percentComplete' },
      { header: 'Commentary', width: 50, input: 'text', field: 'commentary' },
      { header: 'As at', width: 12, input: 'date', field: 'date' },
      { header: 'Last status', width: 14, show: (i) => i.last?.status ?? null },
      { header: 'Last update', width: 12, show: lastDate },
      PLAN,
    ],
  },
  {
    kind: 'measure',
    name: 'Measures',
    firstRow: 3,
    columns: [
      { header: 'Code', width: 14, show: (i) => i.itemId },
      { header: 'Measure', width: 50, show: (i) => i.title },
      { header: 'Period', width: 12, show: (i) => i.period ?? null },
      { header: 'Value', width: 12, input: 'number', field: 'value' },
      { header: 'Numerator', width: 11, input: 'number', field: 'numerator' },
      { header: 'Denominator', width: 12, input: 'number', field: 'denominator' },
      { header: 'Note', width: 40, input: 'text', field: 'note' },
      { header: 'Unit', width: 10, show: (i) => i.unit ?? null },
      { header: 'Target', width: 20, show: (i) => i.target ?? null },
      { header: 'Last period', width: 12, show: (i) => i.last?.period ?? null },
      { header: 'Last value', width: 11, show: (i) => i.last?.value ?? null },
      PLAN,
    ],
  },
  {
    kind: 'risk',
    name: 'Risks',
    firstRow: 3,
    columns: [
      { header: 'Risk', width: 12, show: (i) => i.itemId },
      { header: 'Title', width: 50, show: (i) => i.title },
      { header: 'Last score', width: 11, show: (i) => (i.last?.likelihood !== undefined && i.last.impact !== undefined ? `${i.last.likelihood} x ${i.last.impact}` : null) },
      { header: 'Likelihood', width: 11, input: 'likelihood', field: 'likelihood' },
      { header: 'Impact', width: 9, input: 'impact', field: 'impact' },
      { header: 'Note', width: 40, input: 'text', field: 'note' },
      { header: 'As at', width: 12, input: 'date', field: 'date' },
      { header: 'Last reviewed', width: 13, show: lastDate },
      PLAN,
    ],
  },
];

/** The hidden sheet that maps each row back to its plan and item. */
export const KEY_SHEET = 'key';
export const KEY_COLUMNS = ['sheet', 'row', 'plan_id', 'plan_file', 'kind', 'item_id', 'quarter', 'fingerprint', 'period', 'owner'] as const;

export function sheetFor(kind: ItemKind): ReturnSheet {
  return RETURN_SHEETS.find((s) => s.kind === kind)!;
}

/** A file name for an owner's return: tom-ellery.xlsx. */
export function returnFileName(owner: string): string {
  return `${owner.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'owner'}.xlsx`;
}
