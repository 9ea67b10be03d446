/** plan overdue output: a table per group, json, csv, markdown; each with a summary. */
import type { ChalkInstance } from 'chalk';
import { type GroupBy, type WorkItem, compareWork, groupWork } from '../../analyses/overdue.js';
import { type Day, isoDay } from '../../model/dates.js';
import { jsonListChunks } from '../../util/json-chunks.js';
import { safeLine } from '../../util/text.js';
import { type Column, csvHeader, csvRows, renderTable, toMarkdown } from '../table.js';

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

/** The list as tables, in pieces (a group each): the list of thousands of plans is never one string. */
export function* overdueTable(list: WorkItem[], by: GroupBy, asOf: Day, c: ChalkInstance): Generator<string> {
  if (list.length === 0) {
    yield `Nothing overdue as of ${isoDay(asOf)}.\n`;
    return;
  }
  for (const g of groupWork(list, by)) {
    const out: string[] = [];
    if (by !== 'none') out.push(c.bold(safeLine(`${by === 'plan' ? 'Plan' : by === 'owner' ? 'Owner' : 'Managed by'}: ${g.key}`)));
    out.push(renderTable(columns(by), g.items, c), '');
    yield `${out.join('\n')}\n`;
  }
  yield `${summary(list, asOf)}\n`;
}

/** The list as JSON, in pieces (an item each): the list of thousands of plans is never one string. */
export function* overdueJson(list: WorkItem[]): Generator<string> {
  yield* jsonListChunks([...list].sort(compareWork), (w) => ({
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
  yield '\n';
}

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

/** The list as CSV, in pieces (a thousand rows each). */
export function* overdueCsv(list: WorkItem[]): Generator<string> {
  const sorted = [...list].sort(compareWork);
  yield csvHeader(FLAT, { bom: true });
  for (let i = 0; i < sorted.length; i += 1000) yield csvRows(FLAT, sorted.slice(i, i + 1000));
}

/** The list as Markdown, in pieces (a group each). */
export function* overdueMarkdown(list: WorkItem[], by: GroupBy, asOf: Day): Generator<string> {
  const head: string[] = [`## Overdue work as of ${isoDay(asOf)}`, ''];
  if (list.length === 0) head.push('Nothing is overdue.', '');
  yield `${head.join('\n')}\n`;
  for (const g of list.length ? groupWork(list, by) : []) {
    const out: string[] = [];
    if (by !== 'none') out.push(`### ${safeLine(g.key)}`, '');
    out.push(toMarkdown(columns(by).map((c) => ({ ...c, style: undefined })), g.items));
    yield `${out.join('\n')}\n`;
  }
  yield `_${summary(list, asOf)}_\n`;
}
