/**
 * What a command is: its name, help text, arguments and options as data, and the function that runs it.
 * src/cli.ts turns a list of these into the commander program; completion scripts are made from that.
 */
import type { Command } from 'commander';

/** A positional argument, named as commander writes it: <required>, [optional] or [many...]. */
export interface ArgumentSpec {
  name: string;
  description: string;
  default?: string;
  choices?: readonly string[];
}

/** An option, its flags as commander writes them, for example '-f, --format <format>'. */
export interface OptionSpec {
  flags: string;
  description: string;
  choices?: readonly string[];
  default?: unknown;
}

/** What a running command may need besides its arguments and options. */
export interface CommandContext {
  /** the program it runs in (plan completion describes it) */
  program: Command;
  /** the operands after "--" on the command line, or undefined without one (plan diff REV -- PATH) */
  afterDashes: readonly string[] | undefined;
}

export interface CommandSpec<O extends object = object> {
  name: string;
  description: string;
  arguments: readonly ArgumentSpec[];
  options: readonly OptionSpec[];
  /** lines shown under "Examples:" in the command's help, for example "$ plan lint plans/southend    check one council's plans" */
  examples: readonly string[];
  /** adds --config, --color and --no-color after the command's own options */
  readsPlans?: boolean;
  /**
   * args: the arguments' values in order, defaults filled in, a variadic one spread out, absent ones left
   * out. Resolves to the exit code: 0 all well, 1 findings.
   */
  run(args: string[], options: O, ctx: CommandContext): Promise<number>;
}

/** The options every command that reads plans takes. */
export const PLAN_OPTIONS: readonly OptionSpec[] = [
  { flags: '--config <file>', description: 'use this plan.config.yaml instead of the nearest one' },
  { flags: '--color', description: 'force colour on' },
  { flags: '--no-color', description: 'no colour (also when NO_COLOR is set or output is not a terminal)' },
];

/** For the commands that read many files (src/util/progress.ts). */
export const NO_PROGRESS_OPTION: OptionSpec = {
  flags: '--no-progress',
  description: 'no progress line on a large run (none is drawn when standard error is not a terminal, or under CI)',
};
