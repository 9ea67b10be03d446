/**
 * The history table plan export --history adds to the tidy tables: one row for each change git holds to each
 * item of each plan (item, field, value, commit, date), the value as it became (JSON for anything but a plain
 * string or number; empty when removed).
 */
import type { Config } from '../config.js';
import { isoDay } from '../model/dates.js';
import type { Cell, TidyColumn, TidyTable } from '../export/table-types.js';
import { idsNow, versionChanges } from './changes.js';
import type { PlanHistory } from './types.js';

export const HISTORY_COLUMNS: readonly TidyColumn[] = [
  { name: 'plan_id', type: 'string', description: "the plan's id (as it is now)" },
  { name: 'section', type: 'string', description: 'where the item is: plan, actions, measures, risks, objectives...' },
  { name: 'item', type: 'string', description: "the item's id as it is now (the plan's id for the plan itself)" },
  { name: 'change', type: 'string', description: 'added, removed, changed or renamed' },
  { name: 'field', type: 'string', description: 'the field changed, as plan diff names it: due, targets[2017/18], milestones[M1].due; empty for the whole item' },
  { name: 'value', type: 'string', description: 'the value it became: text or a number as written, else JSON; empty when removed' },
  { name: 'days', type: 'integer', description: 'for a date moved (a due date slipped): by how many days, later positive' },
  { name: 'what', type: 'string', description: 'the change in words, as plan diff says it' },
  { name: 'commit', type: 'string', description: 'the commit that made the change' },
  { name: 'date', type: 'date', description: 'the day it was committed, in Europe/London' },
];

function valueCell(v: unknown): Cell {
  if (v === undefined || v === null) return null;
  if (typeof v === 'string' || typeof v === 'number') return String(v);
  return JSON.stringify(v);
}

/** The history table of these plans' histories (as readPlanHistory reads them). */
export function historyTable(histories: readonly PlanHistory[], config: Config): TidyTable {
  const rows: Cell[][] = [];
  for (const h of histories) {
    const versions = h.versions;
    if (!versions.length) continue;
    const changes = versionChanges(versions, config);
    const now = idsNow(changes);
    const planId = versions[versions.length - 1]!.model.id ?? h.file;
    changes.forEach((list, i) => {
      const v = versions[i]!;
      for (const c of list) {
        const item = c.section === 'plan' ? planId : now[i]!(c.section, c.id);
        rows.push([planId, c.section, item, c.kind, c.field ?? null, valueCell(c.to), c.days ?? null, c.what, v.commit, isoDay(v.day)]);
      }
    });
  }
  return { name: 'history', columns: HISTORY_COLUMNS, rows };
}
