/** plan overdue output: a table per group, json, csv, markdown; each with a summary. */
import { type GroupBy, type WorkItem, compareWork, groupWork } from '../../analyses/overdue.js';
import { type Day, isoDay } from '../../model/dates.js';
import { safeLine } from '../../util/text.js';
import { type Column, renderTable, toCsv, toMarkdown } from '../table.js';
import type { OverdueFormatter } from './index.js';

export function when(w: WorkItem): string {
  if (w.daysOverdue === undefined) return w.state === 'open' ? 'open-ended' : 'no date';
  if (w.daysOverdue > 0) return `${w.daysOverdue} day${w.daysOverdue === 1 ? '' : 's'} late`;
  if (w.daysOverdue === 0) return 'due today';
  return `due in ${-w.daysOverdue} day${w.daysOverdue === -1 ? '' : 's'}`;
}

export function summary(list: readonly WorkItem[], asOf: Day): string {
  const overdue = list.filter((w) => w.state === 'overdue');
  const soon = list.filter((w) => w.state === 'due-soon');
  const open = list.filter((w) => w.state === 'open' || w.state === 'no-date');
  const plans = new Set(list.map((w) => w.plan)).size;
  const owners = new Set(list.flatMap((w) => w.owner)).size;
  const parts = [`${overdue.length} overdue`];
  if (soon.length || list.some((w) => w.state === 'due-soon')) parts.push(`${soon.length} due soon`);
  if (open.length) parts.push(`${open.length} open-ended or undated`);
  return `${parts.join(', ')} across ${plans} plan${plans === 1 ? '' : 's'} and ${owners} owner${owners === 1 ? '' : 's'}, as of ${isoDay(asOf)}`;
}

function columns(by: GroupBy): Column<WorkItem>[] {
  const cols: Column<WorkItem>[] = [
    { header: 'Plan', value: (w) => w.plan, width: 30 },
    { header: 'Id', value: (w) => w.id, width: 24 },
    { header: 'Kind', value: (w) => w.kind },
    { header: 'Title', value: (w) => w.title, width: 50 },
    { header: 'Owner', value: (w) => w.owner.join(', '), width: 24 },
    { header: 'Due', value: (w) => w.due },
    { header: 'When', value: (w) => when(w), style: (t, w, c) => (w.state === 'overdue' ? c.red(t) : w.state === 'due-soon' ? c.yellow(t) : c.dim(t)) },
    { header: 'Last update', value: (w) => (w.lastUpdate ? `${w.lastUpdate}${w.status ? ` ${w.status}` : ''}${w.percentComplete !== undefined ? ` ${w.percentComplete}%` : ''}` : 'none') },
  ];
  return cols.filter((c) => !((by === 'plan' && c.header === 'Plan') || (by === 'owner' && c.header === 'Owner')));
}

/** A table for each group, then the summary. */
export const table: OverdueFormatter = (list, { by, asOf, color: c }) => {
  if (list.length === 0) return `Nothing overdue as of ${isoDay(asOf)}.\n`;
  const groups = groupWork(list, by).map((g) => {
    const out: string[] = [];
    if (by !== 'none') out.push(c.bold(safeLine(`${by === 'plan' ? 'Plan' : by === 'owner' ? 'Owner' : 'Managed by'}: ${g.key}`)));
    out.push(renderTable(columns(by), g.items, c), '');
    return `${out.join('\n')}\n`;
  });
  return `${groups.join('')}${summary(list, asOf)}\n`;
};

export const json: OverdueFormatter = (list) => {
  const items = [...list].sort(compareWork).map((w) => ({
    plan: w.plan,
    file: w.file,
    id: w.id,
    kind: w.kind,
    actionId: w.actionId,
    milestoneId: w.milestoneId ?? null,
    title: w.title,
    owner: w.owner,
    managedBy: w.manager,
    due: w.due,
    dueDate: w.dueDay === undefined ? null : isoDay(w.dueDay),
    daysOverdue: w.daysOverdue ?? null,
    status: w.state,
    lastStatus: w.status ?? null,
    percentComplete: w.percentComplete ?? null,
    lastUpdate: w.lastUpdate ?? null,
  }));
  return `${JSON.stringify(items, null, 2)}\n`;
};

const FLAT: Column<WorkItem>[] = [
  { header: 'plan', value: (w) => w.plan },
  { header: 'id', value: (w) => w.id },
  { header: 'kind', value: (w) => w.kind },
  { header: 'title', value: (w) => w.title },
  { header: 'owner', value: (w) => w.owner.join('; ') },
  { header: 'managedBy', value: (w) => w.manager.join('; ') },
  { header: 'due', value: (w) => w.due },
  { header: 'dueDate', value: (w) => (w.dueDay === undefined ? '' : isoDay(w.dueDay)) },
  { header: 'daysOverdue', value: (w) => w.daysOverdue },
  { header: 'status', value: (w) => w.state },
  { header: 'lastUpdate', value: (w) => w.lastUpdate },
];

export const csv: OverdueFormatter = (list) => toCsv(FLAT, [...list].sort(compareWork), { bom: true });

/** A heading, a table for each group, then the summary in italics. */
export const markdown: OverdueFormatter = (list, { by, asOf }) => {
  const head: string[] = [`## Overdue work as of ${isoDay(asOf)}`, ''];
  if (list.length === 0) head.push('Nothing is overdue.', '');
  const groups = (list.length ? groupWork(list, by) : []).map((g) => {
    const out: string[] = [];
    if (by !== 'none') out.push(`### ${safeLine(g.key)}`, '');
    out.push(toMarkdown(columns(by).map((c) => ({ ...c, style: undefined })), g.items));
    return `${out.join('\n')}\n`;
  });
  return `${head.join('\n')}\n${groups.join('')}_${summary(list, asOf)}_\n`;
};
