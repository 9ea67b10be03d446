/** plan import: a plan table in a workbook, a CSV file or a Word document (or plan export's own workbook) as a new plan YAML. Wiring only. */
import { existsSync } from 'node:fs';
import { basename, dirname, extname, resolve } from 'node:path';
import { readWorkbook } from '../export/workbook-file.js';
import { type Unplaced, assemblePlan } from '../import/assemble-plan.js';
import { exportWorkbookTables, isExportWorkbook } from '../import/export-workbook.js';
import { plansFromTables } from '../import/from-tables.js';
import { IMPORT_FIELDS, parseMap } from '../import/header-map.js';
import { planYaml } from '../import/plan-yaml.js';
import { readCsvTable } from '../import/read-csv.js';
import { readDocxTables } from '../import/read-docx.js';
import { sheetTable } from '../import/read-sheets.js';
import type { SourceTable } from '../import/source-table.js';
import { fiscalYearLabel, quarterContaining } from '../model/period.js';
import { todayIn } from '../model/dates.js';
import { safeLine } from '../util/text.js';
import type { CommandSpec } from './command.js';
import { type CommonOptions, UsageError, configFor, writeOutput, writeStdout } from './common.js';

interface ImportOptions extends CommonOptions {
  sheet?: string;
  map?: string;
  out?: string;
  force?: boolean;
  plan?: string;
  id?: string;
  council?: string;
  service?: string;
  period?: string;
  format: string;
}

type Obj = Record<string, unknown>;

const slug = (text: string) => text.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'plan';

/** Where an unplaced cell was, as a person finds it: "actions.xlsx, Plan!C7" or "plan.docx, table 2, row 3, column 4". */
export function cellPlace(file: string, u: Unplaced): string {
  return /^[A-Z]+$/.test(u.column) && !u.table.includes(' ') ? `${file}, ${u.table}!${u.column}${u.row}` : /^[A-Z]+$/.test(u.column) ? `${file}, '${u.table}'!${u.column}${u.row}` : `${file}, ${u.table}, row ${u.row}, ${u.column}`;
}

/** The plan export wrote, from its workbook: the one plan, or the one --plan names. */
function exportedPlan(plans: Obj[], file: string, wanted: string | undefined): Obj {
  const ids = plans.map((p) => String(p.id ?? ''));
  if (wanted !== undefined) {
    const at = ids.indexOf(wanted);
    if (at < 0) throw new UsageError(`${file} holds no plan ${JSON.stringify(wanted)}`, `it holds ${ids.join(', ')}`);
    return plans[at]!;
  }
  if (plans.length !== 1) throw new UsageError(`${file} holds ${plans.length} plans`, `name one with --plan: ${ids.slice(0, 10).join(', ')}${ids.length > 10 ? '...' : ''}`);
  return plans[0]!;
}

async function sourceTables(path: string, file: string, options: ImportOptions): Promise<{ tables: SourceTable[] } | { exported: Obj }> {
  const ext = extname(path).toLowerCase();
  if (ext === '.csv') return { tables: [readCsvTable(path)] };
  if (ext === '.docx') return { tables: await readDocxTables(path) };
  if (ext !== '.xlsx') throw new UsageError(`cannot import ${file}: not a .xlsx, .csv or .docx file`, 'save the plan from Excel as .xlsx or CSV, or from Word as .docx');
  const workbook = await readWorkbook(path);
  if (options.sheet === undefined && isExportWorkbook(workbook)) return { exported: exportedPlan(plansFromTables(exportWorkbookTables(workbook)), file, options.plan) };
  const sheets = workbook.worksheets.filter((s) => s.state !== 'hidden' && s.state !== 'veryHidden');
  if (options.sheet !== undefined) {
    const sheet = workbook.getWorksheet(options.sheet);
    if (!sheet) throw new UsageError(`${file} has no sheet ${JSON.stringify(options.sheet)}`, `its sheets: ${workbook.worksheets.map((s) => s.name).join(', ')}`);
    return { tables: [sheetTable(sheet)] };
  }
  return { tables: sheets.map(sheetTable) };
}

async function runImport(args: string[], options: ImportOptions): Promise<number> {
  const file = args[0]!;
  const config = configFor(options);
  const map = parseMap(options.map);
  if (options.out !== undefined && existsSync(options.out) && !options.force) throw new UsageError(`${options.out} already exists: not overwritten`, 'name a new file, or add --force to replace it');
  const read = await sourceTables(resolve(file), file, options);
  let data: Obj;
  let unplaced: Unplaced[] = [];
  let comments: string[];
  if ('exported' in read) {
    data = read.exported;
    comments = [`Imported by plan import from ${basename(file)}, a workbook plan export wrote.`];
  } else {
    const name = basename(file, extname(file));
    const period = options.period ?? fiscalYearLabel(quarterContaining(todayIn(), config.fiscalYearStart).year);
    const council = options.council ?? (options.out ? slug(basename(dirname(resolve(options.out)))) : 'council');
    const assembled = assemblePlan(read.tables, { id: options.id ?? slug(name), council, service: options.service ?? name, period, title: name, source: basename(file) }, map);
    data = assembled.plan;
    unplaced = assembled.unplaced;
    comments = [`Imported by plan import from ${basename(file)}: check it against the source, then run plan lint.`, ...(unplaced.length ? [`${unplaced.length} cell${unplaced.length === 1 ? '' : 's'} had no field of their own; they are kept in notes (plan import listed each).`] : [])];
  }
  const text = planYaml(data, comments);
  for (const u of unplaced) process.stderr.write(`plan: ${safeLine(cellPlace(file, u))}${u.header ? ` (${safeLine(u.header)})` : ''}: ${u.why}: ${JSON.stringify(safeLine(u.text.replace(/\n/g, ' / ')).slice(0, 80))}\n`);
  const actions = Array.isArray(data.actions) ? data.actions.length : 0;
  if (options.out !== undefined) {
    writeOutput(resolve(options.out), text, options.out);
    process.stderr.write(`wrote ${options.out} (${actions} action${actions === 1 ? '' : 's'}${unplaced.length ? `, ${unplaced.length} cell${unplaced.length === 1 ? '' : 's'} kept in notes` : ''})\n`);
  }
  if (options.format === 'json') await writeStdout(`${JSON.stringify({ file, ...(options.out ? { out: options.out } : {}), actions, plan: data, unplaced }, null, 2)}\n`);
  else if (options.out === undefined) await writeStdout(text);
  return 0;
}

export const importCommand: CommandSpec<ImportOptions> = {
  name: 'import',
  description: 'a plan table in a workbook, CSV file or Word document (or a workbook plan export wrote) as a new plan YAML; every cell it cannot place is listed',
  arguments: [{ name: '<file>', description: 'a .xlsx, .csv or .docx file' }],
  options: [
    { flags: '--sheet <name>', description: 'the sheet holding the plan table (default: every visible sheet)' },
    { flags: '--map <pairs>', description: `which column holds which field, as Header=field,...; fields: ${IMPORT_FIELDS.join(', ')}` },
    { flags: '-o, --out <file>', description: 'write the plan here (atomically; never over an existing file without --force); default standard output' },
    { flags: '--force', description: 'replace --out if it exists' },
    { flags: '--plan <id>', description: 'for a workbook plan export wrote of many plans: the plan to import' },
    { flags: '--id <id>', description: "the new plan's id (default: from the file name)" },
    { flags: '--council <id>', description: "the council's id (default: the --out file's folder)" },
    { flags: '--service <name>', description: 'the service (default: the file name)' },
    { flags: '--period <period>', description: 'the plan period, as 2026/27 (default: this fiscal year)' },
    { flags: '-f, --format <format>', description: 'yaml: the plan; json: the plan and every unplaced cell, for scripts', choices: ['yaml', 'json'], default: 'yaml' },
  ],
  examples: [
    '$ plan import service-plan.docx --council southend --period 2017/18 --out plans/southend/learning.yaml',
    "$ plan import actions.xlsx --sheet 'Action plan' --map 'Lead Officer=owner,By when=due' --out plans/vale/plan.yaml",
    '$ plan import actions.csv --format json                     the plan and what it could not place, as JSON',
    '$ plan import plans.xlsx --plan southend-learning-2017-18   back from plan export --format xlsx',
  ],
  readsPlans: true,
  run: runImport,
};
