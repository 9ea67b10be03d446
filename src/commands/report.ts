/** plan report: wiring only. */
import { resolve } from 'node:path';
import { type QuarterlyReport, type ReportInput, historyDay, reportStream, wholeReport } from '../analyses/quarterly.js';
import { reportCsv } from '../formatters/report/csv.js';
import { reportJson } from '../formatters/report/json.js';
import { reportHtml } from '../formatters/report/html.js';
import { reportMarkdown } from '../formatters/report/markdown.js';
import { reportText } from '../formatters/report/text.js';
import { displayPath } from '../load/files.js';
import { todayIn } from '../model/dates.js';
import { type Quarter, isError, parseQuarter, quarterContaining } from '../model/period.js';
import { classify } from '../project.js';
import { palette } from '../util/color.js';
import type { Pieces } from '../util/write.js';
import { type CommonOptions, UsageError, colorFrom, configFor, progressFor, writeOutput, writeStdout } from './common.js';
import { readPlans } from './plans.js';
import { reportHistory } from './report-history.js';

export interface ReportOptions extends CommonOptions {
  quarter?: string;
  format: 'text' | 'markdown' | 'html' | 'json' | 'csv';
  out?: string;
}

export async function runReport(paths: string[], options: ReportOptions): Promise<number> {
  const config = configFor(options);
  let quarter: Quarter;
  if (options.quarter === undefined) quarter = quarterContaining(todayIn(), config.fiscalYearStart);
  else {
    const q = parseQuarter(options.quarter);
    if (isError(q)) throw new UsageError(`--quarter: ${q.error}`, 'for example --quarter "2017/18 Q3" or --quarter 2017/18-Q3');
    quarter = q;
  }
  // The plans are read one at a time as the report is made, and each let go once its part is made.
  const cwd = process.cwd();
  let history: ReturnType<typeof reportHistory> | undefined;
  const { files, plans, counts } = readPlans(paths, config, { cwd, progress: (total) => progressFor(options, 'plan report', total) });
  // Git is asked for the plans' history before they are read (registers and the config go by their names),
  // and reads last quarter's versions while they are.
  const candidates = files.filter((path) => classify(path, '') === 'plan');
  history = reportHistory(candidates.map((path) => ({ file: displayPath(path, cwd), path })), config, historyDay(quarter, config.fiscalYearStart));
  const input: ReportInput = { plans, quarter, config, source: history.source, ...(history.provider ? { history: history.provider } : {}) };
  const toFile = options.out !== undefined;
  const made = reportStream(input);
  // Every format comes in pieces (a plan's part each), written as they are made. The JSON is written as
  // each plan's section is made, and the section let go; but not to a terminal, where a progress line may
  // be on show while the plans are read: there, as in the other formats, the report is made first.
  let text: Pieces;
  let shown = 0;
  if (options.format === 'json' && (toFile || !process.stdout.isTTY)) {
    text = reportJson({ ...made, plans: counted(made.plans, () => shown++) });
  } else {
    const report = wholeReport(made);
    shown = report.plans.length;
    text = formatted(report, options.format, palette(!toFile && colorFrom(options)));
  }
  if (toFile) {
    writeOutput(resolve(options.out!), text, options.out);
    process.stderr.write(`wrote ${options.out} (${made.head.quarter}, ${shown} plan${shown === 1 ? '' : 's'})\n`);
  } else await writeStdout(text);
  return counts.failed ? 1 : 0;
}

function formatted(report: QuarterlyReport, format: ReportOptions['format'], colors: ReturnType<typeof palette>): Pieces {
  switch (format) {
    case 'json':
      return reportJson(report);
    case 'csv':
      return reportCsv(report);
    case 'markdown':
      return reportMarkdown(report);
    case 'html':
      return reportHtml(report);
    default:
      return reportText(report, colors);
  }
}

function* counted<T>(items: Iterable<T>, each: () => void): Generator<T> {
  for (const item of items) {
    each();
    yield item;
  }
}
