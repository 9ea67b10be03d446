/** plan slippage: every action and milestone whose due date has moved, from git history. Wiring only. */
import { basename } from 'node:path';
import { GitError } from '../git.js';
import { SLIPPAGE_FORMATS, type SlippageFormat } from '../formatters/slippage/index.js';
import { type SlippageRow, planSlippage } from '../history/slippage.js';
import { readPlanHistory } from '../history/versions.js';
import { palette } from '../util/color.js';
import { type CommandSpec, NO_PROGRESS_OPTION } from './command.js';
import { type CommonOptions, UsageError, colorFrom, configFor, inputFiles, progressFor, writeStdout } from './common.js';

export interface SlippageCommandOptions extends CommonOptions {
  format: SlippageFormat;
}

const NOT_PLANS = new Set(['council.yaml', 'council.yml', 'plan.config.yaml', 'plan.config.yml']);

async function runSlippage(paths: string[], options: SlippageCommandOptions): Promise<number> {
  const cwd = process.cwd();
  const config = configFor(options, cwd);
  const files = inputFiles(paths, config, cwd).files.filter((f) => !NOT_PLANS.has(basename(f)));
  const progress = progressFor(options, 'plan slippage', files.length);
  const rows: SlippageRow[] = [];
  const unread: string[] = [];
  try {
    files.forEach((f, i) => {
      let history;
      try {
        history = readPlanHistory(f, config, { cwd });
      } catch (err) {
        if (err instanceof GitError) throw new UsageError(`cannot read the history of ${f}: ${err.message}`, err.hint);
        throw err;
      }
      if (history.versions.length === 0) unread.push(history.file);
      else rows.push(...planSlippage(history, config));
      progress.update(i + 1);
    });
  } finally {
    progress.end();
  }
  const format = await SLIPPAGE_FORMATS[options.format]();
  await writeStdout(format({ rows, plans: files.length, unread }, { color: palette(colorFrom(options)) }));
  return 0;
}

export const slippageCommand: CommandSpec<SlippageCommandOptions> = {
  name: 'slippage',
  description: 'every action and milestone whose due date has moved in git history: how often and how far',
  arguments: [{ name: '[paths...]', description: 'plan files, folders or globs (default: the plan folders in plan.config.yaml, else plans/)' }],
  options: [{ flags: '-f, --format <format>', description: 'output format', choices: Object.keys(SLIPPAGE_FORMATS), default: 'table' }, NO_PROGRESS_OPTION],
  examples: [
    '$ plan slippage                          every slipped action and milestone in the plan folders',
    "$ plan slippage plans/southend           one council's plans",
    '$ plan slippage --format csv > slip.csv  for a spreadsheet',
  ],
  readsPlans: true,
  run: runSlippage,
};
