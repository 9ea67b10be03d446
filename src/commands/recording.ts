/** What plan update, actual and rescore share: finding the item, the day recorded, and writing or showing the edit. */
import { findItem, type FoundItem, type ItemKind } from '../edit/find-item.js';
import { EditError, type EditOp } from '../edit/edit-text.js';
import { recordEdits } from '../edit/record.js';
import { isoDay, isoFromWritten, parseIsoDay, todayIn } from '../model/dates.js';
import type { OptionSpec } from './command.js';
import { type CommonOptions, UsageError, colorFrom, configFor, inputFiles, writeStdout } from './common.js';

export interface RecordCommandOptions extends CommonOptions {
  plan?: string;
  dryRun?: boolean;
  date?: string;
}

export const RECORD_OPTIONS: readonly OptionSpec[] = [
  { flags: '--plan <plan>', description: 'the plan file or plan id, when the id is in more than one plan' },
  { flags: '-n, --dry-run', description: 'show the change as plan diff would, and write nothing' },
];

export const DATE_OPTION: OptionSpec = { flags: '--date <date>', description: 'the day recorded (YYYY-MM-DD; default today in Europe/London)' };

/** The day given (ISO, or as officers write it: 31/10/2026), or today; an impossible day is refused. */
export function recordedDay(text: string | undefined, what = '--date'): string {
  if (text === undefined) return isoDay(todayIn('Europe/London'));
  const t = text.trim();
  if (parseIsoDay(t) !== undefined) return t;
  const written = /^\d{4}-\d{2}-\d{2}$/.test(t) ? undefined : isoFromWritten(t);
  if (written !== undefined && parseIsoDay(written) !== undefined) return written;
  throw new UsageError(`${what} ${JSON.stringify(text)} is not a real date`, 'write it as YYYY-MM-DD, for example 2026-10-31');
}

/** A number given on the command line, refused unless it is one. */
export function numberOption(text: string, what: string, hint?: string): number {
  const t = text.trim().replace(/,/g, '');
  const n = t === '' ? Number.NaN : Number(t);
  if (!Number.isFinite(n)) throw new UsageError(`${what} needs a number, not ${JSON.stringify(text)}`, hint);
  return n;
}

function usage(err: unknown): never {
  if (err instanceof EditError) throw new UsageError(err.message, err.hint);
  throw err;
}

/**
 * Finds the item, asks make for the edits (it may refuse with a UsageError), then checks and writes them or
 * shows them. Exit 0 when recorded (or shown), 2 when refused.
 */
export async function recordCommand(kind: ItemKind, id: string, options: RecordCommandOptions, make: (found: FoundItem) => { edits: EditOp[]; what: string }): Promise<number> {
  const config = configFor(options);
  const cwd = process.cwd();
  let found: FoundItem;
  try {
    const files = options.plan !== undefined && /\.ya?ml$/i.test(options.plan) ? [] : inputFiles([], config, cwd).files;
    found = findItem(kind, id, files, config, { cwd, ...(options.plan !== undefined ? { plan: options.plan } : {}) });
  } catch (err) {
    usage(err);
  }
  if (!found.doc.schemaValid && found.doc.diagnostics.some((d) => d.ruleId.startsWith('yaml/'))) throw new UsageError(`${found.doc.file} cannot be read as YAML`, 'run plan lint on it and mend it first');
  const { edits, what } = make(found);
  try {
    const done = recordEdits(found.doc, edits, { config, asOf: todayIn('Europe/London'), cwd, color: colorFrom(options), ...(options.dryRun ? { dryRun: true } : {}) });
    await writeStdout(done.diff);
    process.stderr.write(done.written ? `plan: recorded ${what} in ${found.doc.file}\n` : `plan: --dry-run: ${found.doc.file} not written\n`);
    return 0;
  } catch (err) {
    usage(err);
  }
}
