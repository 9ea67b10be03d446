/** plan slippage output: one row per action or milestone whose due date has moved; a table, CSV, JSON, Markdown. */
import type { SlippageRow } from '../../history/slippage.js';
import { isoDay } from '../../model/dates.js';
import { type Column, renderTable, toCsv, toMarkdown } from '../table.js';
import type { SlippageFormatter, SlippageReport } from './index.js';

const COLUMNS: Column<SlippageRow>[] = [
  { header: 'Plan', value: (r) => r.plan, width: 30 },
  { header: 'Item', value: (r) => r.item, width: 24 },
  { header: 'Kind', value: (r) => r.kind },
  { header: 'Title', value: (r) => r.title, width: 40 },
  { header: 'Moves', value: (r) => r.moves, align: 'right' },
  { header: 'Days in all', value: (r) => r.totalDays, align: 'right' },
  { header: 'Net days', value: (r) => r.netDays, align: 'right' },
  { header: 'First due', value: (r) => r.firstDue },
  { header: 'Due now', value: (r) => r.due },
  { header: 'Last moved', value: (r) => `${isoDay(r.last.day)} ${r.last.short}` },
];

function summary(report: SlippageReport): string {
  const moves = report.rows.reduce((n, r) => n + r.moves, 0);
  const unread = report.unread.length ? `; ${report.unread.length} not in git` : '';
  return `${report.rows.length} item${report.rows.length === 1 ? '' : 's'} slipped (${moves} move${moves === 1 ? '' : 's'}) across ${report.plans} plan${report.plans === 1 ? '' : 's'}${unread}`;
}

export const table: SlippageFormatter = (report, { color }) => {
  if (report.rows.length === 0) return `No due date has moved. ${summary(report)}\n`;
  return `${renderTable(COLUMNS, report.rows, color)}\n${summary(report)}\n`;
};

export const csv: SlippageFormatter = (report) => toCsv(COLUMNS, report.rows);

export const markdown: SlippageFormatter = (report) => `${toMarkdown(COLUMNS, report.rows)}\n${summary(report)}\n`;

export const json: SlippageFormatter = (report) => {
  const items = report.rows.map((r) => ({
    plan: r.plan,
    file: r.file,
    item: r.item,
    kind: r.kind,
    title: r.title ?? null,
    moves: r.moves,
    totalDays: r.totalDays,
    netDays: r.netDays,
    firstDue: r.firstDue,
    due: r.due,
    lastMoved: { commit: r.last.commit, date: r.last.date },
  }));
  return `${JSON.stringify({ items, plans: report.plans, notInGit: report.unread }, null, 2)}\n`;
};
