/** plan overdue output: a table per group, json, csv, markdown; each with a summary. */
import type { ChalkInstance } from 'chalk';
import { type GroupBy, type WorkItem, compareWork, groupWork } from '../../analyses/overdue.js';
import { type Day, isoDay } from '../../model/dates.js';
import { jsonListChunks } from '../../util/json-chunks.js';
import { safeLine } from '../../util/text.js';
import { type Column, renderTable, toCsv, toMarkdown } from '../table.js';

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

export function overdueTable(list: WorkItem[], by: GroupBy, asOf: Day, c: ChalkInstance): string {
  if (list.length === 0) return `Nothing overdue as of ${isoDay(asOf)}.\n`;
  const out: string[] = [];
  for (const g of groupWork(list, by)) {
    if (by !== 'none') out.push(c.bold(safeLine(`${by === 'plan' ? 'Plan' : by === 'owner' ? 'Owner' : 'Managed by'}: ${g.key}`)));
    out.push(renderTable(columns(by), g.items, c), '');
  }
  out.push(summary(list, asOf));
  return `${out.join('\n')}\n`;
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

export function overdueCsv(list: WorkItem[]): string {
  return toCsv(FLAT, [...list].sort(compareWork), { bom: true });
}

export function overdueMarkdown(list: WorkItem[], by: GroupBy, asOf: Day): string {
  const out: string[] = [`## Overdue work as of ${isoDay(asOf)}`, ''];
  if (list.length === 0) out.push('Nothing is overdue.', '');
  for (const g of list.length ? groupWork(list, by) : []) {
    if (by !== 'none') out.push(`### ${safeLine(g.key)}`, '');
    out.push(toMarkdown(columns(by).map((c) => ({ ...c, style: undefined })), g.items));
  }
  out.push(`_${summary(list, asOf)}_`);
  return `${out.join('\n')}\n`;
}
