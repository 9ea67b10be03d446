/** plan export: the whole model as tidy tables, in a workbook, CSV files, JSON or NDJSON. Wiring only. */
import { resolve } from 'node:path';
import { EXPORT_FORMATS, EXPORT_FORMAT_NAMES } from '../export/formats/index.js';
import { tidyTables } from '../export/tables.js';
import type { TidyTable } from '../export/table-types.js';
import { historyTable } from '../history/table.js';
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
  const config = configFor(options);
  const { files, plans, counts } = readPlans(paths, config, { progress: (total) => progressFor(options, 'plan export', total) });
  if (options.out !== undefined) refuseOutputOverInput(resolve(options.out), files, 'the plans being exported');
  // Each plan's rows are made as it is read, and the plan let go: a corpus is never held whole in memory.
  // The rows are copied (JSON) because a string read from YAML can keep its whole file's text alive.
  const read: string[] = [];
  let tables: TidyTable[] | undefined;
  for (const p of plans) {
    const own = tidyTables([p.model], { data: [p.plan], fyStart: config.fiscalYearStart });
    if (!tables) tables = own.map((t) => ({ ...t, rows: [] }));
    own.forEach((t, i) => tables![i]!.rows.push(...(JSON.parse(JSON.stringify(t.rows)) as typeof t.rows)));
    read.push(p.path);
  }
  tables ??= tidyTables([], { fyStart: config.fiscalYearStart });
  if (options.history) {
    const reading = progressFor(options, 'plan export --history', read.length);
    try {
      tables.push(historyTable(read.map((path, i) => (reading.update(i + 1), readPlanHistory(path, config))), config));
    } finally {
      reading.end();
    }
  }
  const format = await entry.load();
  let text = '';
  await format.write(tables, options.out === undefined ? {} : { out: options.out, ...(options.partitionByCouncil ? { partitionByCouncil: true } : {}) }, (t) => void (text += t));
  if (text) await writeStdout(text);
  if (options.out !== undefined) process.stderr.write(`wrote ${options.out} (${read.length} plan${read.length === 1 ? '' : 's'}: ${tables.map((t) => `${t.rows.length} ${t.name}`).join(', ')})\n`);
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
    { flags: '--partition-by-council', description: 'parquet: one council=X/ folder per council in each table, so many councils export into one folder' },
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
