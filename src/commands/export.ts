/** plan export: the whole model as tidy tables, in a workbook, CSV files, JSON or NDJSON. Wiring only. */
import { resolve } from 'node:path';
import { EXPORT_FORMATS, EXPORT_FORMAT_NAMES } from '../export/formats/index.js';
import { gatheringSink } from '../export/formats/sinks.js';
import { tidyTables } from '../export/tables.js';
import type { TableShape, TidyTable } from '../export/table-types.js';
import { HISTORY_COLUMNS, historyTable } from '../history/table.js';
import { readPlanHistory } from '../history/versions.js';
import { type CommandSpec, NO_PROGRESS_OPTION } from './command.js';
import { type CommonOptions, UsageError, configFor, progressFor, refuseOutputOverInput, writeStdout } from './common.js';
import { readPlans } from './plans.js';

interface ExportOptions extends CommonOptions {
  format: string;
  out?: string;
  history?: boolean;
  partitionByCouncil?: boolean;
}

async function runExport(paths: string[], options: ExportOptions): Promise<number> {
  const entry = EXPORT_FORMATS.find((f) => f.name === options.format);
  if (!entry) throw new UsageError(`--format ${JSON.stringify(options.format)} is not an export format`, `use one of ${EXPORT_FORMAT_NAMES.join(', ')}`);
  if (entry.needsOut && options.out === undefined) throw new UsageError(`--format ${entry.name} needs --out (${entry.name === 'csv' ? 'a folder for one file per table' : 'the file to write'})`, entry.name === 'csv' ? 'for example --out export/' : `for example --out plans.${entry.name}`);
  if (options.partitionByCouncil && !entry.partitions) {
    const can = EXPORT_FORMATS.filter((f) => f.partitions).map((f) => f.name);
    throw new UsageError(`--partition-by-council does not apply to --format ${entry.name}`, `use --format ${can.join(' or ')}, or leave --partition-by-council out`);
  }
  const config = configFor(options);
  const { files, plans, counts } = readPlans(paths, config, { progress: (total) => progressFor(options, 'plan export', total) });
  if (options.out !== undefined) refuseOutputOverInput(resolve(options.out), files, 'the plans being exported');
  const format = await entry.load();
  const target = options.out === undefined ? {} : { out: options.out, ...(options.partitionByCouncil ? { partitionByCouncil: true } : {}) };
  const shapes: TableShape[] = [...tidyTables([], { fyStart: config.fiscalYearStart }), ...(options.history ? [{ name: 'history', columns: HISTORY_COLUMNS }] : [])];
  let text = '';
  // A streaming format takes each plan's rows as the plan is read, so a corpus is never held whole in memory.
  const sink = format.open ? await format.open(shapes, target) : gatheringSink(format, shapes, target, (t) => void (text += t));
  const rows = new Map(shapes.map((s) => [s.name, 0]));
  const add = (tables: readonly TidyTable[]): void => {
    sink.add(tables);
    for (const t of tables) rows.set(t.name, rows.get(t.name)! + t.rows.length);
  };
  const read: string[] = [];
  try {
    for (const p of plans) {
      add(tidyTables([p.model], { data: [p.plan], fyStart: config.fiscalYearStart }));
      read.push(p.path);
    }
    if (options.history) {
      const reading = progressFor(options, 'plan export --history', read.length);
      try {
        read.forEach((path, i) => {
          add([historyTable([readPlanHistory(path, config)], config)]);
          reading.update(i + 1);
        });
      } finally {
        reading.end();
      }
    }
  } catch (error) {
    sink.abandon();
    throw error;
  }
  await sink.finish();
  if (text) await writeStdout(text);
  if (options.out !== undefined) process.stderr.write(`wrote ${options.out} (${read.length} plan${read.length === 1 ? '' : 's'}: ${[...rows].map(([name, n]) => `${n} ${name}`).join(', ')})\n`);
  return counts.failed ? 1 : 0;
}

export const exportCommand: CommandSpec<ExportOptions> = {
  name: 'export',
  description: 'the whole model as tidy tables (plans, actions, milestones, updates, measures, targets, actuals, risks, assessments) for Excel, CSV, JSON or NDJSON',
  arguments: [{ name: '[paths...]', description: 'plan files, folders or globs (default: the plan folders)' }],
  options: [
    { flags: '-f, --format <format>', description: 'xlsx (a workbook), csv (a folder of files), json or ndjson', choices: EXPORT_FORMAT_NAMES, default: 'json' },
    { flags: '-o, --out <path>', description: 'the file to write (a folder for csv); json and ndjson go to standard output without it' },
    { flags: '--history', description: 'add the history table: every change git holds to each item (item, field, value, commit, date)' },
    { flags: '--partition-by-council', description: 'parquet: one council=X/ folder per council in each table, so many councils export into one folder; duckdb: a council column' },
    NO_PROGRESS_OPTION,
  ],
  examples: [
    '$ plan export --format xlsx --out plans.xlsx            every plan in one workbook, a sheet per table',
    '$ plan export --format csv --out export/ plans/southend  one CSV file per table, as Excel opens them',
    "$ plan export --format ndjson | jq 'select(.table==\"actions\")'",
    '$ plan export --format json --out plans.json',
    '$ plan export --format parquet --partition-by-council --history --out /data/national   for docs/national.md',
    '$ plan export --format duckdb --out plans.duckdb',
  ],
  readsPlans: true,
  run: runExport,
};
