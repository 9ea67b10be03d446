/**
 * plan returns: quarterly returns as workbooks, one per owner; plan returns import applies filled ones; plan
 * returns status says who has and has not returned. Wiring only: the work is in src/returns/.
 */
import { existsSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { OWNER_HINT, matchOwnerIn } from '../analyses/owners.js';
import { isoDay, todayIn } from '../model/dates.js';
import { type Quarter, isError, parseQuarter, quarterLabel, quarterSpan } from '../model/period.js';
import { type DueItem, dueItems } from '../returns/assemble-due-items.js';
import { type CellError, returnValues } from '../returns/assemble-return-values.js';
import { returnStatus, statusText } from '../returns/assemble-return-status.js';
import { applyReturn } from '../returns/apply-returns.js';
import { NotAReturnError, readReturnWorkbook } from '../returns/get-return-workbook.js';
import { readReturnsFolder } from '../returns/get-returns-folder.js';
import { returnFileName } from '../returns/return-layout.js';
import { writeReturnWorkbook } from '../returns/write-return-workbook.js';
import { safeLine } from '../util/text.js';
import { type CommandSpec, NO_PROGRESS_OPTION } from './command.js';
import { type CommonOptions, UsageError, colorFrom, configFor, inputFiles, progressFor, writeStdout } from './common.js';
import { readPlans } from './plans.js';

interface ReturnsOptions extends CommonOptions {
  quarter?: string;
  owner?: string;
  out?: string;
  force?: boolean;
  dryRun?: boolean;
  returns?: string;
  format: string;
}

function quarterOf(text: string | undefined, required: string): Quarter {
  if (text === undefined) throw new UsageError(`${required} needs --quarter`, 'for example --quarter "2017/18 Q2"');
  const q = parseQuarter(text);
  if (isError(q)) throw new UsageError(`--quarter: ${safeLine(q.error)}`, 'for example --quarter "2017/18 Q2" or --quarter 2017/18-Q2');
  return q;
}

function itemsFor(paths: string[], options: ReturnsOptions, quarter: Quarter): { items: DueItem[]; failed: number } {
  const config = configFor(options);
  const { plans, counts } = readPlans(paths, config, { progress: (total) => progressFor(options, 'plan returns', total) });
  const read = [...plans];
  let items = dueItems(read.map((p) => ({ file: p.file, data: p.plan, model: p.model })), quarter, config.fiscalYearStart);
  if (options.owner !== undefined) {
    const match = matchOwnerIn(options.owner, read.map((p) => p.model));
    if ('error' in match) throw new UsageError(match.error, OWNER_HINT);
    items = items.filter((i) => i.owner === match.name);
  }
  return { items, failed: counts.failed };
}

async function makeReturns(paths: string[], options: ReturnsOptions): Promise<number> {
  const quarter = quarterOf(options.quarter, 'plan returns');
  if (options.out === undefined) throw new UsageError('plan returns needs --out DIR, the folder for the workbooks', 'for example --out returns/');
  const config = configFor(options);
  const { items, failed } = itemsFor(paths, options, quarter);
  const span = quarterSpan(quarter, config.fiscalYearStart);
  const from = isoDay(span.start);
  const to = isoDay(span.end - 1);
  const today = isoDay(todayIn('Europe/London'));
  const owners = [...new Set(items.map((i) => i.owner))].sort();
  const used = new Map<string, number>();
  const files = owners.map((owner) => {
    // two names that make the same file name (Ann Lee, ann lee) get ann-lee.xlsx and ann-lee-2.xlsx
    const name = returnFileName(owner);
    const n = (used.get(name) ?? 0) + 1;
    used.set(name, n);
    return { owner, path: join(options.out!, n === 1 ? name : name.replace(/\.xlsx$/, `-${n}.xlsx`)) };
  });
  const existing = files.filter((f) => existsSync(f.path));
  if (existing.length && !options.force) throw new UsageError(`${existing.map((f) => f.path).join(', ')} already exist${existing.length === 1 ? 's' : ''}: not overwritten`, 'write to a new folder, or add --force to replace them');
  mkdirSync(options.out, { recursive: true });
  const made = [];
  for (const f of files) {
    const own = items.filter((i) => i.owner === f.owner);
    await writeReturnWorkbook({ owner: f.owner, quarter: quarterLabel(quarter), from, to, asAt: today < to ? (today < from ? from : today) : to, items: own }, resolve(f.path));
    const count = (kind: string) => own.filter((i) => i.kind === kind).length;
    made.push({ owner: f.owner, file: f.path, actions: count('action'), milestones: count('milestone'), measures: count('measure'), risks: count('risk') });
  }
  if (options.format === 'json') await writeStdout(`${JSON.stringify({ quarter: quarterLabel(quarter), returns: made }, null, 2)}\n`);
  else await writeStdout(made.map((m) => `${m.file}  ${m.owner}: ${m.actions} actions, ${m.milestones} milestones, ${m.measures} measures, ${m.risks} risks\n`).join(''));
  process.stderr.write(`wrote ${made.length} return${made.length === 1 ? '' : 's'} for ${quarterLabel(quarter)} in ${options.out}\n`);
  return failed ? 1 : 0;
}

async function importReturns(files: string[], options: ReturnsOptions): Promise<number> {
  if (files.length === 0) throw new UsageError('plan returns import needs the filled workbooks', 'for example plan returns import returns/*.xlsx');
  const config = configFor(options);
  const cwd = process.cwd();
  const wanted = options.quarter === undefined ? undefined : quarterLabel(quarterOf(options.quarter, 'plan returns import'));
  const today = todayIn('Europe/London');
  let planFiles: string[] | undefined;
  const outcomes: { file: string; applied: boolean; recorded: number; errors: CellError[] }[] = [];
  for (const file of files) {
    let errors: CellError[] = [];
    let recorded = 0;
    try {
      const read = await readReturnWorkbook(resolve(file), file);
      const q = parseQuarter(read.quarter);
      if (isError(q)) errors = [{ place: file, message: `its key names no quarter it can read (${JSON.stringify(read.quarter)})` }];
      else if (wanted !== undefined && read.quarter !== wanted) errors = [{ place: file, message: `it is the return for ${read.quarter}, not ${wanted}: refused` }];
      else {
        const span = quarterSpan(q, config.fiscalYearStart);
        const checked = returnValues(read.rows, file, { from: isoDay(span.start), to: isoDay(span.end - 1), today: isoDay(today) });
        errors = checked.errors;
        if (!errors.length) {
          const applied = applyReturn(file, checked.values, { config, cwd, asOf: today, dryRun: Boolean(options.dryRun), color: colorFrom(options), planFiles: () => (planFiles ??= inputFiles([], config, cwd).files) });
          errors = applied.errors;
          recorded = applied.recorded;
          if (options.format !== 'json') for (const d of applied.diffs) await writeStdout(d);
        }
      }
    } catch (err) {
      if (!(err instanceof NotAReturnError || err instanceof UsageError)) throw err;
      errors = [{ place: file, message: err.message }];
    }
    outcomes.push({ file, applied: errors.length === 0 && !options.dryRun, recorded, errors });
    if (errors.length) {
      process.stderr.write(`plan: ${safeLine(file)}: nothing applied from this workbook:\n`);
      for (const e of errors) process.stderr.write(`  ${safeLine(e.place)}: ${safeLine(e.message)}\n`);
    } else process.stderr.write(options.dryRun ? `plan: --dry-run: ${recorded} from ${file} not written\n` : `plan: recorded ${recorded} update${recorded === 1 ? '' : 's'} from ${file}\n`);
  }
  if (options.format === 'json') await writeStdout(`${JSON.stringify(outcomes, null, 2)}\n`);
  return outcomes.some((o) => o.errors.length) ? 2 : 0;
}

async function returnsStatus(paths: string[], options: ReturnsOptions): Promise<number> {
  const quarter = quarterOf(options.quarter, 'plan returns status');
  const { items, failed } = itemsFor(paths, options, quarter);
  const files = options.returns === undefined ? undefined : await readReturnsFolder(options.returns);
  const status = returnStatus(quarterLabel(quarter), items, files);
  await writeStdout(options.format === 'json' ? `${JSON.stringify(status, null, 2)}\n` : statusText(status));
  return failed ? 1 : 0;
}

export const returnsCommand: CommandSpec<ReturnsOptions> = {
  name: 'returns',
  description: "quarterly returns: one Excel workbook per owner (--out DIR); 'returns import FILE...' applies filled ones; 'returns status' says who has returned",
  arguments: [{ name: '[args...]', description: "plan paths; or import and the filled workbooks; or status and plan paths" }],
  options: [
    { flags: '--quarter <quarter>', description: 'the fiscal quarter, as 2017/18 Q2 (import: refuse a workbook for another)' },
    { flags: '--owner <name>', description: "only this person's return: a whole name, a register alias, or a part of a name only one person has" },
    { flags: '-o, --out <dir>', description: 'the folder for the workbooks (never replacing one without --force)' },
    { flags: '--force', description: 'replace workbooks already in --out' },
    { flags: '-n, --dry-run', description: 'import: show the change as plan diff would, and write nothing' },
    { flags: '--returns <dir>', description: 'status: also read the workbooks in this folder' },
    { flags: '-f, --format <format>', description: 'text, or json for scripts', choices: ['text', 'json'], default: 'text' },
    NO_PROGRESS_OPTION,
  ],
  examples: [
    '$ plan returns --quarter "2017/18 Q2" --out returns/                 a workbook per owner',
    '$ plan returns --quarter "2017/18 Q2" --owner Tom --out returns/     only Tom Ellery\'s',
    '$ plan returns import returns/*.xlsx --dry-run                      what the filled returns would record',
    '$ plan returns import returns/tom-ellery.xlsx --quarter "2017/18 Q2"',
    '$ plan returns status --quarter "2017/18 Q2" --returns returns/      who to chase',
  ],
  readsPlans: true,
  run: (args, options) => {
    if (args[0] === 'import') return importReturns(args.slice(1), options);
    if (args[0] === 'status') return returnsStatus(args.slice(1), options);
    return makeReturns(args, options);
  },
};
