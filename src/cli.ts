/**
 * The plan command line: a commander program built from the command modules (src/commands/index.ts).
 * Exit codes: 0 fine, 1 findings, 2 usage errors and faults.
 */
import { Command, CommanderError, Option } from 'commander';
import type { CommandSpec } from './commands/command.js';
import { PLAN_OPTIONS } from './commands/command.js';
import { UsageError } from './commands/common.js';
import { COMMANDS } from './commands/index.js';
import { version } from './util/paths.js';
import { MissingLibraryError } from './util/load-library.js';

/**
 * The program with a subcommand for each of commands. ran is told each command's exit code when it
 * finishes; main returns it.
 */
export function buildProgram(commands: readonly CommandSpec[] = COMMANDS, ran: (code: number) => void = () => {}): Command {
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
  for (const spec of commands) addCommand(program, spec, ran);
  return program;
}

function addCommand(program: Command, spec: CommandSpec, ran: (code: number) => void): void {
  const cmd = program.command(spec.name).description(spec.description);
  for (const a of spec.arguments) {
    const argument = cmd.createArgument(a.name, a.description);
    if (a.choices) argument.choices(a.choices);
    if (a.default !== undefined) argument.default(a.default);
    cmd.addArgument(argument);
  }
  for (const o of [...spec.options, ...(spec.readsPlans ? PLAN_OPTIONS : [])]) {
    const option = new Option(o.flags, o.description);
    if (o.choices) option.choices(o.choices);
    if (o.default !== undefined) option.default(o.default);
    cmd.addOption(option);
  }
  if (spec.examples.length) cmd.addHelpText('after', `\nExamples:\n${spec.examples.map((line) => `  ${line}`).join('\n')}`);
  cmd.action(async (...params: unknown[]) => {
    const self = params.at(-1) as Command;
    const args = self.processedArgs.flat().filter((a): a is string => typeof a === 'string');
    ran(await spec.run(args, self.opts(), { program, afterDashes: afterDashes(program, self) }));
  });
}

/**
 * What follows "--" on a subcommand's command line, or undefined without one. commander drops the "--"
 * itself, which for plan diff says that what follows are paths (plan diff REV -- PATH), even paths no
 * longer in the working tree; it is found again in the arguments the program was given (commander keeps
 * them as rawArgs, which its typings leave out).
 */
function afterDashes(program: Command, cmd: Command): string[] | undefined {
  const commandLine = (program as Command & { rawArgs?: string[] }).rawArgs ?? [];
  const at = commandLine.indexOf('--', commandLine.indexOf(cmd.name()) + 1);
  return at === -1 ? undefined : commandLine.slice(at + 1);
}

export async function main(argv: string[] = process.argv, commands: readonly CommandSpec[] = COMMANDS): Promise<number> {
  let exitCode = 0;
  const program = buildProgram(commands, (code) => {
    exitCode = code;
  });
  try {
    await program.parseAsync(argv);
    return exitCode;
  } catch (err) {
    if (err instanceof CommanderError) {
      // help and version exit 0; anything else commander rejects is a usage error
      return err.exitCode === 0 || err.code === 'commander.helpDisplayed' || err.code === 'commander.version' ? 0 : 2;
    }
    if (err instanceof UsageError || err instanceof MissingLibraryError) {
      process.stderr.write(`plan: ${err.message}\n${err.hint ? `hint: ${err.hint}\n` : ''}`);
      return 2;
    }
    const e = err as NodeJS.ErrnoException;
    if (e?.code === 'EPIPE') return exitCode;
    process.stderr.write(`plan: internal error: ${e?.message ?? String(err)}\nhint: this is a fault in plan, not in your plans; please report it with the command you ran${process.env.PLAN_DEBUG ? `\n${e?.stack ?? ''}` : ' (set PLAN_DEBUG=1 for details)'}\n`);
    return 2;
  }
}
