/**
 * The plan command line. Each subcommand is loaded only when it runs, so `plan lint` never pays for the
 * report's HTML or the diff's git plumbing. Exit codes: 0 fine, 1 findings, 2 usage errors and faults.
 */
import { Command, CommanderError, Option } from 'commander';
import { DIFF_FORMATS } from './formatters/diff/index.js';
import { LINT_FORMATS } from './formatters/lint/index.js';
import { OVERDUE_FORMATS } from './formatters/overdue/index.js';
import { REPORT_FORMATS } from './formatters/report/index.js';
import { RISKS_FORMATS } from './formatters/risks/index.js';
import { version } from './util/paths.js';

const EXAMPLES: Record<string, string> = {
  lint: `
Examples:
  $ plan lint                              check the plan folders named in plan.config.yaml (else plans/)
  $ plan lint plans/southend               check one council's plans
  $ plan lint 'plans/**/*-2017-18.yaml'    check the files a glob matches
  $ plan lint --format github              annotations for a GitHub Actions run
  $ plan lint --as-of 2018-03-31 --quiet   errors only, judged as at the year end
  $ plan lint --list-rules                 every rule, its default severity and what it checks`,
  risks: `
Examples:
  $ plan risks                             every risk, highest current score first
  $ plan risks --heatmap --ids             the matrix, with risk ids in each cell
  $ plan risks --above-appetite            only risks scoring above the council's appetite
  $ plan risks --band very-high --format csv > top-risks.csv`,
  overdue: `
Examples:
  $ plan overdue                           what is late today, by owner
  $ plan overdue --as-of 2017-06-30        what was late at the end of Q1 2017/18
  $ plan overdue --within 30 --by plan     late now, and due in the next 30 days, by plan
  $ plan overdue --fail-if-any             exit 1 when anything is late (for scheduled CI)`,
  diff: `
Examples:
  $ plan diff old.yaml new.yaml                                  two files
  $ plan diff HEAD~1:plans/southend/learning-2017-18.yaml plans/southend/learning-2017-18.yaml
  $ plan diff HEAD~3                                             every plan changed since HEAD~3
  $ plan diff v2017-q3 v2017-q4 -- plans/southend                between two tags, one folder
  $ plan diff v2017-q4 -- plans/southend/sen-2014.yaml           a plan deleted since that tag
  $ plan diff --format markdown HEAD~1 > changes.md`,
  report: `
Examples:
  $ plan report --quarter "2017/18 Q4"                 the quarter's report in the terminal
  $ plan report --quarter 2017/18-Q4 --format html --out q4.html
  $ plan report plans/southend --format markdown       this quarter, ready for a committee paper
  $ plan report --format csv --out q4.csv              one table with a section column, opens in Excel`,
};

function withExamples(cmd: Command, name: string): Command {
  return cmd.addHelpText('after', EXAMPLES[name] ?? '');
}

function common(cmd: Command): Command {
  return cmd
    .option('--config <file>', 'use this plan.config.yaml instead of the nearest one')
    .option('--color', 'force colour on')
    .option('--no-color', 'no colour (also when NO_COLOR is set or output is not a terminal)');
}

/** For the commands that read many files (src/util/progress.ts). */
const NO_PROGRESS_HELP = 'no progress line on a large run (none is drawn when standard error is not a terminal, or under CI)';

type Runner = (...args: never[]) => Promise<number>;

let exitCode = 0;

function action<T extends Runner>(load: () => Promise<T>) {
  return async (...args: unknown[]) => {
    const run = await load();
    const commandArgs = args.slice(0, -1) as Parameters<T>;
    exitCode = await run(...commandArgs);
  };
}

export function buildProgram(): Command {
  const program = new Command('plan')
    .description('Council service plans as YAML in git: check them, score their risks, list what is late, compare versions and report on a quarter.')
    .version(version(), '-V, --version')
    .showSuggestionAfterError(true)
    .configureHelp({ sortSubcommands: false, showGlobalOptions: false })
    .addHelpText('after', '\nRun plan <command> --help for examples. Exit codes: 0 all well, 1 findings, 2 usage errors.');
  // Set before the subcommands are added, so that they inherit it: usage errors anywhere exit 2.
  program.exitOverride();
  program.configureOutput({
    writeErr: (s) => process.stderr.write(s),
    outputError: (s, write) => write(`plan: ${s.replace(/^error: /, '')}`),
  });

  withExamples(
    common(
      program
        .command('lint')
        .description('check plans: YAML syntax, the plan schema and semantic rules, with file:line:column for every problem')
        .argument('[paths...]', 'plan files, folders or globs (default: the plan folders in plan.config.yaml, else plans/)')
        .addOption(new Option('-f, --format <format>', 'output format').choices(Object.keys(LINT_FORMATS)).default('stylish'))
        .option('--max-warnings <n>', 'exit 1 when there are more than n warnings')
        .option('-q, --quiet', 'report errors only')
        .option('--list-rules', 'list every rule with its default severity')
        .option('--as-of <date>', 'judge dates as at this day (YYYY-MM-DD; default today in Europe/London)')
        .option('--no-progress', NO_PROGRESS_HELP),
    ),
    'lint',
  ).action(action(async () => (await import('./commands/lint.js')).runLint));

  withExamples(
    common(
      program
        .command('risks')
        .description("score every risk on its plan's matrix: band, target, appetite; as a table or a heat map")
        .argument('[paths...]', 'plan files, folders or globs')
        .option('--min-score <n>', 'only risks scoring at least n')
        .option('--band <band>', 'only risks in this band (id or label)')
        .option('--owner <name>', 'only risks this person owns')
        .option('--plan <id>', 'only this plan (its id)')
        .option('--above-appetite', "only risks above their category's appetite")
        .addOption(new Option('--by <assessment>', 'which assessment to score and sort by').choices(['current', 'target', 'inherent']).default('current'))
        .addOption(new Option('-f, --format <format>', 'output format').choices(Object.keys(RISKS_FORMATS)).default('table'))
        .option('--heatmap', 'draw the matrix with the count of risks in each cell')
        .option('--ids', 'with --heatmap: list the risk ids in each cell')
        .option('--as-of <date>', 'use reassessments up to this day (YYYY-MM-DD)')
        .option('--no-progress', NO_PROGRESS_HELP),
    ),
    'risks',
  ).action(action(async () => (await import('./commands/risks.js')).runRisks));

  withExamples(
    common(
      program
        .command('overdue')
        .description('list overdue (and, with --within, due-soon) actions and milestones, as of today or any date')
        .argument('[paths...]', 'plan files, folders or globs')
        .option('--as-of <date>', 'as at this day (YYYY-MM-DD; default today in Europe/London); later updates are ignored')
        .option('--within <days>', 'also list what falls due in the next <days> days')
        .option('--include-open', 'also list open-ended work (ongoing) that never falls due')
        .addOption(new Option('--by <group>', 'group by').choices(['owner', 'plan', 'manager', 'none']).default('owner'))
        .option('--owner <name>', 'only items this person owns')
        .option('--plan <id>', 'only this plan (its id)')
        .addOption(new Option('-f, --format <format>', 'output format').choices(Object.keys(OVERDUE_FORMATS)).default('table'))
        .option('--fail-if-any', 'exit 1 when anything is overdue')
        .option('--no-progress', NO_PROGRESS_HELP),
    ),
    'overdue',
  ).action(action(async () => (await import('./commands/overdue.js')).runOverdue));

  withExamples(
    common(
      program
        .command('diff')
        .description('what changed between two versions of a plan, in the words of the plan (files or git revisions)')
        .argument('<old>', 'a file, REV:PATH, or a git revision')
        .argument('[new]', 'a file, REV:PATH or a git revision (default: the working tree)')
        .argument('[paths...]', 'after --: limit a revision diff to these paths')
        .addOption(new Option('-f, --format <format>', 'output format').choices(Object.keys(DIFF_FORMATS)).default('text'))
        .option('--exit-code', 'exit 1 when there are changes, 0 when there are none'),
    ),
    'diff',
  ).action(async (...args: unknown[]) => {
    const cmd = args.at(-1) as Command;
    const { runDiff } = await import('./commands/diff.js');
    exitCode = await runDiff(cmd.args, afterDashes(cmd), cmd.opts());
  });

  withExamples(
    common(
      program
        .command('report')
        .description('the quarterly performance report: actions, measures, risks and changes, per plan and rolled up')
        .argument('[paths...]', 'plan files, folders or globs')
        .option('--quarter <quarter>', 'fiscal quarter, as 2017/18 Q3 or 2017/18-Q3 (default: the quarter containing today)')
        .addOption(new Option('-f, --format <format>', 'output format').choices(Object.keys(REPORT_FORMATS)).default('text'))
        .option('-o, --out <file>', 'write to this file (atomically) instead of standard output')
        .option('--no-progress', NO_PROGRESS_HELP),
    ),
    'report',
  ).action(action(async () => (await import('./commands/report.js')).runReport));

  program
    .command('init')
    .description('start a plan repository here: config, a starter plan, editor settings, pre-commit and CI examples')
    .argument('[dir]', 'the folder to set up', '.')
    .option('--force', 'overwrite files that already exist')
    .action(action(async () => (await import('./commands/init.js')).runInit));

  program
    .command('schema')
    .description('print the plan JSON Schema (or write it with --out) for editors that want a file')
    .addOption(new Option('--name <schema>', 'which schema').choices(['plan', 'council', 'config', 'matrix']).default('plan'))
    .option('-o, --out <file>', 'write to this file')
    .action(action(async () => (await import('./commands/schema.js')).runSchema));

  program
    .command('completion')
    .description('print a shell completion script')
    .addArgument(new Command().createArgument('<shell>', 'bash, zsh or fish').choices(['bash', 'zsh', 'fish']))
    .action(action(async () => (await import('./commands/completion.js')).runCompletion));

  return program;
}

/**
 * What follows "--" on a subcommand's command line, or undefined without one. commander drops the "--"
 * itself, which for plan diff says that what follows are paths (plan diff REV -- PATH), even paths no
 * longer in the working tree; it is found again in the raw arguments.
 */
function afterDashes(cmd: Command): string[] | undefined {
  const at = commandLine.indexOf('--', commandLine.indexOf(cmd.name()) + 1);
  return at === -1 ? undefined : commandLine.slice(at + 1);
}

/** The command line main() was given, for afterDashes. */
let commandLine: readonly string[] = [];

export async function main(argv: string[] = process.argv): Promise<number> {
  const program = buildProgram();
  commandLine = argv;
  try {
    await program.parseAsync(argv);
    return exitCode;
  } catch (err) {
    if (err instanceof CommanderError) {
      // help and version exit 0; anything else commander rejects is a usage error
      return err.exitCode === 0 || err.code === 'commander.helpDisplayed' || err.code === 'commander.version' ? 0 : 2;
    }
    const { UsageError } = await import('./commands/common.js');
    if (err instanceof UsageError) {
      process.stderr.write(`plan: ${err.message}\n${err.hint ? `hint: ${err.hint}\n` : ''}`);
      return 2;
    }
    const e = err as NodeJS.ErrnoException;
    if (e?.code === 'EPIPE') return exitCode;
    process.stderr.write(`plan: internal error: ${e?.message ?? String(err)}\nhint: this is a fault in plan, not in your plans; please report it with the command you ran${process.env.PLAN_DEBUG ? `\n${e?.stack ?? ''}` : ' (set PLAN_DEBUG=1 for details)'}\n`);
    return 2;
  }
}
