/**
 * A filled return applied to its plans through the same edit code as plan update, plan actual and plan
 * rescore (src/edit/: the change spliced into the plan's text, comments kept, checked against the schema and
 * lint before anything is written). All of a workbook or none of it: every row is checked, and every plan's
 * edit tried without writing, before any plan is written.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { type Config, matrixById } from '../config.js';
import { EditError, type EditOp } from '../edit/edit-text.js';
import { type FoundItem, findItem } from '../edit/find-item.js';
import { recordEdits } from '../edit/record.js';
import type { Day } from '../model/dates.js';
import { onMatrix } from '../model/matrix.js';
import { type LoadedDoc, loadDocument } from '../project.js';
import { fingerprint } from './assemble-due-items.js';
import type { CellError, ReturnValue } from './assemble-return-values.js';
import type { ReturnRow } from './get-return-workbook.js';

export interface ApplyOptions {
  config: Config;
  cwd: string;
  asOf: Day;
  dryRun: boolean;
  color: boolean;
  /** every plan file in the plan folders, searched for a plan whose file has moved */
  planFiles: () => readonly string[];
}

export interface Applied {
  /** the change to each plan, as plan diff shows it */
  diffs: string[];
  errors: CellError[];
  /** how many updates, actuals and reviews were recorded (or would be, with --dry-run) */
  recorded: number;
}

type Obj = Record<string, unknown>;

/** The plan file holding the plan with this id: where the return says, else found in the plan folders. */
function planPath(row: ReturnRow, options: ApplyOptions, cache: Map<string, string | undefined>): string | undefined {
  if (cache.has(row.planId)) return cache.get(row.planId);
  const idOf = (path: string) => {
    const data = loadDocument(path, options.config, { cwd: options.cwd }).data as Obj | undefined;
    return data && typeof data === 'object' ? data.id : undefined;
  };
  const given = resolve(options.cwd, row.planFile);
  const found = existsSync(given) && idOf(given) === row.planId ? given : options.planFiles().find((f) => idOf(f) === row.planId);
  cache.set(row.planId, found);
  return found;
}

const inputAt = (row: ReturnRow, field: string) => row.inputs.find((i) => i.field === field)?.address ?? `A${row.row}`;

export function applyReturn(file: string, values: readonly ReturnValue[], options: ApplyOptions): Applied {
  const errors: CellError[] = [];
  const place = (row: ReturnRow, address: string) => `${file}, ${row.sheet}!${address}`;
  const cache = new Map<string, string | undefined>();
  const byDoc = new Map<string, { doc: LoadedDoc; edits: EditOp[] }>();
  for (const { row, value } of values) {
    const path = planPath(row, options, cache);
    if (path === undefined) {
      errors.push({ place: place(row, `A${row.row}`), message: `no plan ${row.planId} in the plan folders (the return names ${row.planFile})` });
      continue;
    }
    let found: FoundItem;
    try {
      found = findItem(row.kind === 'milestone' ? 'action' : row.kind, row.itemId, [], options.config, { plan: path, cwd: options.cwd });
    } catch (err) {
      if (!(err instanceof EditError)) throw err;
      errors.push({ place: place(row, `A${row.row}`), message: err.message });
      continue;
    }
    if (fingerprint(found.item) !== row.fingerprint) {
      errors.push({ place: place(row, `A${row.row}`), message: `${found.label} has changed in ${found.doc.file} since this return was made (another version of the plan): make a new return` });
      continue;
    }
    let op: EditOp;
    if (row.kind === 'measure') {
      const actuals = Array.isArray(found.item.actuals) ? (found.item.actuals as Obj[]) : [];
      if (actuals.some((a) => a && typeof a === 'object' && String(a.period) === row.period)) {
        errors.push({ place: place(row, inputAt(row, 'value')), message: `${found.label} already has an actual for ${row.period}: restate it with plan actual --replace` });
        continue;
      }
      op = { op: 'append', path: [...found.path, 'actuals'], value };
    } else if (row.kind === 'risk') {
      const data = found.doc.data as Obj;
      const matrix = matrixById(options.config, typeof data.riskMatrix === 'string' ? data.riskMatrix : options.config.riskMatrix);
      if (matrix && !onMatrix(matrix, value.likelihood as number, value.impact as number)) {
        errors.push({ place: place(row, inputAt(row, 'likelihood')), message: `likelihood ${String(value.likelihood)} x impact ${String(value.impact)} is off the plan's matrix (${matrix.id}: likelihood 1 to ${matrix.likelihood.length}, impact 1 to ${matrix.impact.length})` });
        continue;
      }
      op = { op: 'append', path: [...found.path, 'reviews'], value };
    } else op = { op: 'append', path: [...found.path, 'updates'], value };
    const entry = byDoc.get(found.doc.path) ?? { doc: found.doc, edits: [] };
    entry.edits.push(op);
    byDoc.set(found.doc.path, entry);
  }
  if (errors.length) return { diffs: [], errors, recorded: 0 };
  const record = (dryRun: boolean) => [...byDoc.values()].map(({ doc, edits }) => recordEdits(doc, edits, { config: options.config, asOf: options.asOf, cwd: options.cwd, color: options.color, dryRun }).diff);
  let diffs: string[];
  try {
    diffs = record(true);
  } catch (err) {
    if (!(err instanceof EditError)) throw err;
    return { diffs: [], errors: [{ place: file, message: err.message }], recorded: 0 };
  }
  if (!options.dryRun) diffs = record(false);
  return { diffs, errors: [], recorded: values.length };
}
