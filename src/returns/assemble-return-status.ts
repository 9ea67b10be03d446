/**
 * Who has and has not returned for a quarter, pure: for each owner, the items due an update, how many already
 * have one in the plans (an update, actual or review dated in the quarter), which are outstanding, and what
 * their return workbook holds when a returns folder is read.
 */
import type { DueItem } from './assemble-due-items.js';

export interface ReturnFileState {
  file: string;
  quarter: string;
  /** rows with something filled in */
  filled: number;
}

export interface OwnerStatus {
  owner: string;
  due: number;
  returned: number;
  /** ids of the items still without an update this quarter, as kind and id: "action LS 1718 05" */
  outstanding: string[];
  state: 'returned' | 'partly returned' | 'not returned';
  returnFile?: ReturnFileState;
}

export interface ReturnStatus {
  quarter: string;
  owners: OwnerStatus[];
}

export function returnStatus(quarter: string, items: readonly DueItem[], files: ReadonlyMap<string, ReturnFileState> = new Map()): ReturnStatus {
  const byOwner = new Map<string, DueItem[]>();
  for (const i of items) byOwner.set(i.owner, [...(byOwner.get(i.owner) ?? []), i]);
  const owners = [...byOwner.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([owner, list]): OwnerStatus => {
      const returned = list.filter((i) => i.returned).length;
      const file = files.get(owner);
      return {
        owner,
        due: list.length,
        returned,
        outstanding: list.filter((i) => !i.returned).map((i) => `${i.kind} ${i.itemId}`),
        state: returned === list.length ? 'returned' : returned === 0 ? 'not returned' : 'partly returned',
        ...(file ? { returnFile: file } : {}),
      };
    });
  return { quarter, owners };
}

export function statusText(s: ReturnStatus): string {
  const done = s.owners.filter((o) => o.state === 'returned').length;
  const head = ['Owner', 'Due', 'Returned', 'State', 'Return file'];
  const rows = s.owners.map((o) => [o.owner, String(o.due), String(o.returned), o.state, o.returnFile ? `${o.returnFile.file} (${o.returnFile.filled} row${o.returnFile.filled === 1 ? '' : 's'} filled${o.returnFile.quarter === s.quarter ? '' : `, for ${o.returnFile.quarter}`})` : '']);
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === 1 || i === 2 ? c.padStart(widths[i]!) : c.padEnd(widths[i]!))).join('  ').trimEnd();
  const chase = s.owners.filter((o) => o.state !== 'returned');
  return [
    `${s.quarter} returns: ${done} of ${s.owners.length} owner${s.owners.length === 1 ? '' : 's'} returned in full`,
    '',
    line(head),
    ...rows.map(line),
    ...(chase.length ? ['', 'To chase:', ...chase.map((o) => `  ${o.owner}: ${o.outstanding.join(', ')}`)] : []),
    '',
  ].join('\n');
}
