/**
 * The commands as data: every command in COMMANDS is in plan --help, every format a formatter registry has
 * is a --format choice, and a command added to the list gets its arguments, options and run wired up.
 */
import type { Command, Option } from 'commander';
import { describe, expect, it } from 'vitest';
import { buildProgram, main } from '../../src/cli.js';
import type { CommandSpec } from '../../src/commands/command.js';
import { COMMANDS } from '../../src/commands/index.js';
import { DIFF_FORMATS } from '../../src/formatters/diff/index.js';
import { LINT_FORMATS } from '../../src/formatters/lint/index.js';
import { OVERDUE_FORMATS } from '../../src/formatters/overdue/index.js';
import { REPORT_FORMATS } from '../../src/formatters/report/index.js';
import { RISKS_FORMATS } from '../../src/formatters/risks/index.js';

function subcommand(program: Command, name: string): Command {
  const cmd = program.commands.find((c) => c.name() === name);
  if (!cmd) throw new Error(`no subcommand ${name}`);
  return cmd;
}

function option(cmd: Command, long: string): Option {
  const o = cmd.options.find((x) => x.long === long);
  if (!o) throw new Error(`${cmd.name()} has no ${long}`);
  return o;
}

/** Output the program writes while fn runs (commander writes help to standard output). */
function captured(program: Command, fn: () => void): string {
  let out = '';
  program.configureOutput({ writeOut: (s) => (out += s), writeErr: (s) => (out += s) });
  for (const c of program.commands) c.configureOutput({ writeOut: (s) => (out += s), writeErr: (s) => (out += s) });
  try {
    fn();
  } catch {
    // exitOverride throws once help is shown
  }
  return out;
}

describe('the command registry', () => {
  it('lists the commands in the order help shows them', () => {
    expect(COMMANDS.map((c) => c.name)).toEqual(['lint', 'risks', 'overdue', 'diff', 'history', 'slippage', 'report', 'update', 'actual', 'rescore', 'export', 'import', 'returns', 'init', 'schema', 'completion']);
  });

  it('puts every command in plan --help, with its description', () => {
    const program = buildProgram();
    const help = captured(program, () => program.parse(['node', 'plan', '--help']));
    for (const c of COMMANDS) {
      expect(help, c.name).toMatch(new RegExp(`^  ${c.name} `, 'm'));
      expect(help.replace(/\s+/g, ' '), c.name).toContain(c.description);
    }
  });

  it("offers every format in a command's formatter registry as a --format choice, and only those", () => {
    const program = buildProgram();
    const registries: Record<string, object> = { lint: LINT_FORMATS, risks: RISKS_FORMATS, overdue: OVERDUE_FORMATS, diff: DIFF_FORMATS, report: REPORT_FORMATS };
    for (const [name, registry] of Object.entries(registries)) {
      expect(option(subcommand(program, name), '--format').argChoices, name).toEqual(Object.keys(registry));
    }
  });

  it('shows each command its examples under its help', () => {
    const program = buildProgram();
    for (const c of COMMANDS.filter((x) => x.examples.length)) {
      const help = captured(program, () => program.parse(['node', 'plan', c.name, '--help']));
      expect(help, c.name).toContain('\nExamples:\n');
      for (const line of c.examples) expect(help, c.name).toContain(`  ${line}\n`);
    }
  });

  it('gives a command added to the list its arguments, options, plan options and run', async () => {
    const calls: { args: string[]; options: Record<string, unknown>; afterDashes: readonly string[] | undefined }[] = [];
    const fake: CommandSpec<Record<string, unknown>> = {
      name: 'fake',
      description: 'a command made up for this test',
      arguments: [
        { name: '<first>', description: 'the first' },
        { name: '[rest...]', description: 'the rest' },
      ],
      options: [
        { flags: '--level <level>', description: 'how much', choices: ['low', 'high'], default: 'low' },
        { flags: '--loud', description: 'shout' },
      ],
      examples: ['$ plan fake one --loud      made up'],
      readsPlans: true,
      async run(args, options, ctx) {
        calls.push({ args, options, afterDashes: ctx.afterDashes });
        return options.loud ? 1 : 0;
      },
    };
    const program = buildProgram([...COMMANDS, fake]);
    const cmd = subcommand(program, 'fake');
    expect(cmd.options.map((o) => o.long)).toEqual(['--level', '--loud', '--config', '--color', '--no-color']);
    expect(option(cmd, '--level').argChoices).toEqual(['low', 'high']);
    expect(option(cmd, '--level').defaultValue).toBe('low');
    expect(cmd.registeredArguments.map((a) => a.name())).toEqual(['first', 'rest']);
    expect(captured(program, () => program.parse(['node', 'plan', 'fake', '--help']))).toContain('  $ plan fake one --loud      made up');

    // run through main, so the exit code and the "--" handling are those plan itself uses
    expect(await main(['node', 'plan', 'fake', 'one', 'two', '--loud', '--', 'three'], [...COMMANDS, fake])).toBe(1);
    expect(calls.at(-1)).toEqual({ args: ['one', 'two', 'three'], options: { level: 'low', loud: true }, afterDashes: ['three'] });
    expect(await main(['node', 'plan', 'fake', 'one', '--level', 'high'], [...COMMANDS, fake])).toBe(0);
    expect(calls.at(-1)).toEqual({ args: ['one'], options: { level: 'high' }, afterDashes: undefined });
  });

  it('leaves a command off the list out of the program', () => {
    const program = buildProgram(COMMANDS.filter((c) => c.name !== 'report'));
    expect(program.commands.map((c) => c.name())).not.toContain('report');
  });
});
