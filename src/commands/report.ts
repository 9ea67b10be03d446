/** plan report: wiring only. */
import { resolve } from 'node:path';
import { historyDay } from '../analyses/quarterly.js';
import { councilReport } from '../analyses/report/index.js';
import { OWNER_HINT, matchOwnerIn } from '../analyses/owners.js';
import { BINARY_REPORT_FORMATS, REPORT_FORMATS, type ReportFormat } from '../formatters/report/index.js';
import { displayPath } from '../load/files.js';
import { todayIn } from '../model/dates.js';
import { type Quarter, isError, parseQuarter, quarterContaining } from '../model/period.js';
import { classify } from '../project.js';
import { palette } from '../util/color.js';
import { safeLine } from '../util/text.js';
import { type CommandSpec, NO_PROGRESS_OPTION } from './command.js';
import { type CommonOptions, UsageError, colorFrom, configFor, progressFor, refuseOutputOverInput, writeOutput, writeStdout } from './common.js';
import { type ReadPlan, readPlans } from './plans.js';
import { reportHistory } from './report-history.js';

export interface ReportOptions extends CommonOptions {
  quarter?: string;
  format: ReportFormat;
  out?: string;
  owner?: string;
  since?: string;
}

async function runReport(paths: string[], options: ReportOptions): Promise<number> {
  const config = configFor(options);
  let quarter: Quarter;
  if (options.quarter === undefined) quarter = quarterContaining(todayIn(), config.fiscalYearStart);
  else {
    const q = parseQuarter(options.quarter);
    if (isError(q)) throw new UsageError(`--quarter: ${safeLine(q.error)}`, 'for example --quarter "2017/18 Q3" or --quarter 2017/18-Q3');
    quarter = q;
  }
  if (BINARY_REPORT_FORMATS.has(options.format) && options.out === undefined) throw new UsageError(`--format ${options.format} writes a binary file: name it with --out`, `for example --format ${options.format} --out q2.${options.format}`);
  const cwd = process.cwd();
  const { files, plans, counts } = readPlans(paths, config, { cwd, progress: (total) => progressFor(options, 'plan report', total) });
  if (options.out !== undefined) refuseOutputOverInput(resolve(options.out), files, 'the plans being reported on');
  // Only plans have a history to report (registers and the config are told apart by their names).
  const candidates = files.filter((path) => classify(path, '') === 'plan');
  const history = reportHistory(candidates.map((path) => ({ file: displayPath(path, cwd), path })), config, historyDay(quarter, config.fiscalYearStart), options.since);
  let owner: string | undefined;
  let read: Iterable<ReadPlan> = plans;
  if (options.owner !== undefined) {
    // The whole name is needed before the report starts, so the plans are read first.
    const all = [...plans];
    const match = matchOwnerIn(options.owner, all.map((p) => p.model));
    if ('error' in match) throw new UsageError(match.error, OWNER_HINT);
    owner = match.name;
    read = all;
  }
  const report = councilReport({ plans: read, quarter, config, source: history.source, changesBasis: history.basis, ...(history.provider ? { history: history.provider } : {}), ...(owner !== undefined ? { owner } : {}) });
  const format = await REPORT_FORMATS[options.format]();
  const toFile = options.out !== undefined;
  const text = await format(report, { color: palette(!toFile && colorFrom(options)) });
  if (toFile) {
    writeOutput(resolve(options.out!), typeof text === 'string' || text instanceof Uint8Array ? text : [...text].join(''), options.out);
    process.stderr.write(`wrote ${options.out} (${report.quarter}, ${report.plans.length} plan${report.plans.length === 1 ? '' : 's'})\n`);
  } else await writeStdout(text as string | Iterable<string>);
  return counts.failed ? 1 : 0;
}

export const reportCommand: CommandSpec<ReportOptions> = {
  name: 'report',
  description: 'the quarterly report a committee receives: summary, exceptions with commentary, then the detail by corporate priority and plan',
  arguments: [{ name: '[paths...]', description: 'plan files, folders or globs' }],
  options: [
    { flags: '--quarter <quarter>', description: 'fiscal quarter, as 2017/18 Q3 or 2017/18-Q3 (default: the quarter containing today)' },
    { flags: '-f, --format <format>', description: 'output format', choices: Object.keys(REPORT_FORMATS), default: 'text' },
    { flags: '--owner <name>', description: "only this person's actions, milestones, measures and risks: a whole name, a register alias, or a part of a name only one person has" },
    { flags: '--since <rev>', description: 'compare with the plans as at this tag or commit (the last return) for "changes since" (default: the last commit on or before the previous quarter\'s end)' },
    { flags: '-o, --out <file>', description: 'write to this file (atomically) instead of standard output; needed for docx' },
    NO_PROGRESS_OPTION,
  ],
  examples: [
    '$ plan report --quarter "2017/18 Q4"                 the quarter\'s report in the terminal',
    '$ plan report --quarter 2017/18-Q4 --format html --out q4.html',
    '$ plan report plans/southend --format markdown       this quarter, ready for a committee paper',
    '$ plan report --format csv --out q4.csv              one table with a section column, opens in Excel',
    '$ plan report --quarter 2017/18-Q4 --format docx --out q4.docx   a Word document for the committee papers',
    '$ plan report --quarter 2017/18-Q4 --since q3-return  changes since the commit tagged for the last return',
  ],
  readsPlans: true,
  run: runReport,
};
