/** plan lint: wiring only. Loading, rules and formats live elsewhere. */
import { applyFixes } from '../edit/fix-files.js';
import { EditError } from '../edit/edit-text.js';
import { type LintOptions, type LintResult, lintFiles } from '../lint/engine.js';
import type { Fix } from '../lint/rule.js';
import { displayPath } from '../load/files.js';
import { RULES } from '../lint/rules.js';
import { HISTORY_RULES } from '../lint/history/rules.js';
import { lintHistory } from '../lint/history/run.js';
import { sortDiagnostics } from '../diagnostics.js';
import { LINT_FORMATS } from '../formatters/lint/index.js';
import type { LintReport } from '../formatters/lint/types.js';
import { palette } from '../util/color.js';
import { ruleHelpUri } from '../util/package-links.js';
import { version } from '../util/paths.js';
import { type CommandSpec, NO_PROGRESS_OPTION } from './command.js';
import { type CommonOptions, UsageError, asOfDay, colorFrom, configFor, inputFiles, progressFor, writeStdout } from './common.js';

export interface LintCommandOptions extends CommonOptions {
  format: string;
  maxWarnings?: string;
  quiet?: boolean;
  listRules?: boolean;
  fix?: boolean;
  history?: boolean;
}

/**
 * Lints, making the mends with one safe answer first when asked (--fix): a mend can bring another to light
 * (a date mended, then found outside the period), so the files are linted again until none is offered.
 */
function lintFixing(files: readonly string[], lintOptions: LintOptions, fix: boolean | undefined): LintResult {
  if (!fix) return lintFiles(files, lintOptions);
  for (let pass = 0; ; pass++) {
    const offered = new Map<string, Fix[]>();
    const result = lintFiles(files, { ...lintOptions, fixes: (path, f) => offered.set(path, [...(offered.get(path) ?? []), f]) });
    if (offered.size === 0 || pass === 3) return result;
    let made;
    try {
      made = applyFixes(offered);
    } catch (err) {
      if (err instanceof EditError) throw new UsageError(`plan lint --fix: ${err.message}`, err.hint);
      throw err;
    }
    if (made.size === 0) return result;
    for (const [path, n] of made) process.stderr.write(`plan lint: fixed ${n} problem${n === 1 ? '' : 's'} in ${displayPath(path)}\n`);
  }
}

export function listRules(color: boolean): string {
  const c = palette(color);
  const all = [...RULES, ...HISTORY_RULES];
  const width = Math.max(...all.map((r) => r.meta.id.length));
  const lines = all.map((r) => `${c.bold(r.meta.id.padEnd(width))}  ${r.meta.severity.padEnd(7)}  ${r.meta.description}`);
  return `${lines.join('\n')}\n\nSet any rule to error, warning, info or off under rules: in plan.config.yaml.\nDocs: docs/rules/<rule-id>.md\n`;
}

async function runLint(paths: string[], options: LintCommandOptions): Promise<number> {
  const color = colorFrom(options);
  if (options.listRules) {
    process.stdout.write(listRules(color));
    return 0;
  }
  const loadFormatter = LINT_FORMATS[options.format as keyof typeof LINT_FORMATS] as (typeof LINT_FORMATS)[keyof typeof LINT_FORMATS] | undefined;
  if (!loadFormatter) throw new UsageError(`unknown format '${options.format}'`, `use one of ${Object.keys(LINT_FORMATS).join(', ')}`);
  let maxWarnings = -1;
  if (options.maxWarnings !== undefined) {
    maxWarnings = Number(options.maxWarnings);
    if (!Number.isInteger(maxWarnings) || maxWarnings < 0) throw new UsageError(`--max-warnings needs a whole number, not '${options.maxWarnings}'`);
  }
  const asOf = asOfDay(options.asOf);
  const config = configFor(options);
  const { files, notes } = inputFiles(paths, config);
  // --quiet drops warnings as they are found, but still counts them for --max-warnings.
  const show = options.quiet ? ('errors' as const) : ('all' as const);
  const progress = progressFor(options, 'plan lint', files.length);
  // The history rules run in their own pass (--history), which reads their directives itself.
  const notRun = new Set(HISTORY_RULES.map((r) => r.meta.id));
  const lintOptions = { config, asOf, show, notRun, progress: (done: number) => progress.update(done) };
  let result;
  try {
    result = lintFixing(files, lintOptions, options.fix);
  } finally {
    progress.end();
  }
  let warnings = result.warnings;
  let diagnostics = result.diagnostics;
  if (options.history) {
    const reading = progressFor(options, 'plan lint --history', files.length);
    let history;
    try {
      history = lintHistory(files, config, { progress: (done) => reading.update(done) });
    } finally {
      reading.end();
    }
    for (const d of history.diagnostics) if (d.severity === 'warning') warnings++;
    diagnostics = sortDiagnostics([...diagnostics, ...history.diagnostics.filter((d) => show !== 'errors' || d.severity === 'error')]);
    notes.push(...history.notes);
  }
  const report: LintReport = {
    diagnostics,
    files: result.files,
    rules: [...RULES, ...(options.history ? HISTORY_RULES : [])].map((r) => ({ id: r.meta.id, description: r.meta.description, severity: r.meta.severity, helpUri: ruleHelpUri(r.meta.id, version()) })),
    sources: result.sources,
    notes,
  };
  const formatter = await loadFormatter();
  await writeStdout(formatter(report, { color: palette(color && options.format === 'stylish'), version: version() }));
  const errors = diagnostics.filter((d) => d.severity === 'error').length;
  if (errors > 0) return 1;
  if (maxWarnings >= 0 && warnings > maxWarnings) {
    if (options.format === 'stylish') process.stderr.write(`plan lint: ${warnings} warnings is more than --max-warnings ${maxWarnings}\n`);
    return 1;
  }
  return 0;
}

export const lintCommand: CommandSpec<LintCommandOptions> = {
  name: 'lint',
  description: 'check plans: YAML syntax, the plan schema and semantic rules, with file:line:column for every problem',
  arguments: [{ name: '[paths...]', description: 'plan files, folders or globs (default: the plan folders in plan.config.yaml, else plans/)' }],
  options: [
    { flags: '-f, --format <format>', description: 'output format', choices: Object.keys(LINT_FORMATS), default: 'stylish' },
    { flags: '--max-warnings <n>', description: 'exit 1 when there are more than n warnings' },
    { flags: '-q, --quiet', description: 'report errors only' },
    { flags: '--list-rules', description: 'list every rule with its default severity' },
    { flags: '--fix', description: 'mend what has one safe answer (dates to ISO, 2026-7 to 2026-07, a score that is not likelihood x impact), keeping every comment; report the rest' },
    { flags: '--as-of <date>', description: 'judge dates as at this day (YYYY-MM-DD; default today in Europe/London)' },
    { flags: '--history', description: "also check each plan's git history: targets changed after their period, actuals restated without a note, past reassessments rewritten, updates dated long before their commit" },
    NO_PROGRESS_OPTION,
  ],
  examples: [
    '$ plan lint                              check the plan folders named in plan.config.yaml (else plans/)',
    "$ plan lint plans/southend               check one council's plans",
    "$ plan lint 'plans/**/*-2017-18.yaml'    check the files a glob matches",
    '$ plan lint --format github              annotations for a GitHub Actions run',
    '$ plan lint --as-of 2018-03-31 --quiet   errors only, judged as at the year end',
    '$ plan lint --list-rules                 every rule, its default severity and what it checks',
    '$ plan lint --fix plans/southend         mend written dates and wrong scores in place, then report the rest',
    '$ plan lint --history                    also check what git knows: each finding names the commit',
  ],
  readsPlans: true,
  run: runLint,
};
