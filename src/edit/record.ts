/**
 * Recording a change in a plan file: the edits made to its text, the result checked (it reads back as the
 * values given, and brings no new schema or lint error), then either shown as plan diff would show it
 * (--dry-run) or written atomically. A refused edit leaves the file as it was.
 */
import { readFileSync } from 'node:fs';
import { diffPlans } from '../analyses/diff/index.js';
import { type Config, matrixById } from '../config.js';
import { DIFF_FORMATS } from '../formatters/diff/index.js';
import type { Day } from '../model/dates.js';
import type { LoadedDoc } from '../project.js';
import { palette } from '../util/color.js';
import { writeFileAtomic } from '../util/write.js';
import { newErrors } from './check-edit.js';
import { EditError, type EditOp, editFileText } from './edit-text.js';

export interface RecordOptions {
  config: Config;
  /** the day lint judges the edited plan as at */
  asOf: Day;
  cwd: string;
  dryRun?: boolean;
  color?: boolean;
}

export interface Recorded {
  /** the change as plan diff shows it */
  diff: string;
  written: boolean;
}

export function recordEdits(doc: LoadedDoc, edits: readonly EditOp[], options: RecordOptions): Recorded {
  const raw = readFileSync(doc.path, 'utf8');
  const { text, before, after } = editFileText(raw, edits);
  const errors = newErrors(doc, text, options.config, options.asOf, options.cwd);
  if (errors.length) {
    const list = errors.map((d) => `  ${doc.file}:${d.line}:${d.column}  ${d.message}`).join('\n');
    throw new EditError(`this change would make ${doc.file} invalid, so it was not made:\n${list}`, 'check the values given; the file is unchanged');
  }
  const data = (v: unknown) => v as Record<string, unknown>;
  const matrix = matrixById(options.config, typeof data(after).riskMatrix === 'string' ? (data(after).riskMatrix as string) : undefined);
  const changes = diffPlans(before, after, { file: doc.file, fyStart: options.config.fiscalYearStart, ...(matrix ? { oldMatrix: matrix, newMatrix: matrix } : {}) });
  const id = typeof data(after).id === 'string' ? (data(after).id as string) : doc.file;
  const diff = DIFF_FORMATS.text([{ plan: id, file: doc.file, from: doc.file, to: options.dryRun ? `${doc.file} (not written: --dry-run)` : doc.file, changes }], palette(Boolean(options.color)));
  if (!options.dryRun) writeFileAtomic(doc.path, text);
  return { diff, written: !options.dryRun };
}
