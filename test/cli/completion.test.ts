/**
 * plan completion: scripts for bash, zsh and fish generated from the commander program, so every
 * subcommand, option and choice the CLI has is offered; bash's completes as a user would see it.
 */
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildProgram } from '../../src/cli.js';
import { runPlan, tempDir } from '../helpers.js';

const program = buildProgram();
const help = program.createHelp();
const commands = help.visibleCommands(program);
const names = commands.map((c) => c.name());
const SHELLS = ['bash', 'zsh', 'fish'] as const;
const scripts = Object.fromEntries(SHELLS.map((s) => [s, runPlan(['completion', s])])) as Record<(typeof SHELLS)[number], ReturnType<typeof runPlan>>;
const tmp = tempDir();
afterAll(() => tmp.cleanup());

function has(cmd: string): boolean {
  return spawnSync(cmd, ['--version'], { encoding: 'utf8' }).status === 0;
}

/** Runs bash completion for the words typed so far (the last one is being completed). */
function complete(words: string[]): string[] {
  const file = join(tmp.dir, 'plan.bash');
  writeFileSync(file, scripts.bash.stdout);
  const quoted = words.map((w) => `'${w.replace(/'/g, `'\\''`)}'`).join(' ');
  const r = spawnSync('bash', ['--norc', '--noprofile', '-c', `source '${file}'; COMP_WORDS=(${quoted}); COMP_CWORD=${words.length - 1}; _plan_completion; printf '%s\\n' "\${COMPREPLY[@]}"`], { encoding: 'utf8', cwd: tmp.dir });
  expect(r.stderr).toBe('');
  return r.stdout.split('\n').filter(Boolean);
}

describe('plan completion', () => {
  it('knows the subcommands the program has', () => {
    expect(names).toEqual(expect.arrayContaining(['lint', 'risks', 'overdue', 'diff', 'report', 'init', 'schema', 'completion']));
  });

  for (const shell of SHELLS) {
    it(`prints a ${shell} script that mentions every subcommand and option`, () => {
      const r = scripts[shell];
      expect(r.code).toBe(0);
      expect(r.stderr).toBe('');
      for (const name of names) expect(r.stdout, name).toMatch(new RegExp(`(^|[^\\w-])${name}([^\\w-]|$)`, 'm'));
      for (const c of commands) {
        for (const o of help.visibleOptions(c)) {
          const long = o.long!.replace(/^--/, '');
          expect(r.stdout, `${c.name()} ${o.long}`).toContain(shell === 'fish' ? `-l ${long}` : `--${long}`);
          for (const choice of o.argChoices ?? []) expect(r.stdout, `${c.name()} ${o.long} ${choice}`).toContain(choice);
        }
      }
    });
  }

  /** The shell's own syntax check (-n) on the script written to a file of that name. */
  function passesSyntaxCheck(shell: string, name: string, script: string): void {
    const file = join(tmp.dir, name);
    writeFileSync(file, script);
    const r = spawnSync(shell, ['-n', file], { encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
  }

  it('bash script passes bash -n', () => passesSyntaxCheck('bash', 'check.bash', scripts.bash.stdout));

  it.skipIf(!has('fish'))('fish script passes fish -n (skipped: fish is not installed)', () => passesSyntaxCheck('fish', 'check.fish', scripts.fish.stdout));

  it.skipIf(!has('zsh'))('zsh script passes zsh -n (skipped: zsh is not installed)', () => passesSyntaxCheck('zsh', '_plan', scripts.zsh.stdout));

  it('bash completes subcommands, options, option choices and argument choices', () => {
    expect(complete(['plan', ''])).toEqual(expect.arrayContaining(names));
    expect(complete(['plan', 'ri'])).toEqual(['risks']);
    expect(complete(['plan', 'lint', '--format', ''])).toEqual(['stylish', 'json', 'sarif', 'junit', 'github']);
    expect(complete(['plan', 'lint', '-f', 'j'])).toEqual(['json', 'junit']);
    expect(complete(['plan', 'risks', '--by', ''])).toEqual(['current', 'target', 'inherent']);
    expect(complete(['plan', 'lint', '--max'])).toEqual(['--max-warnings']);
    expect(complete(['plan', 'completion', ''])).toEqual(['bash', 'zsh', 'fish']);
    expect(complete(['plan', 'schema', '--name', 'c'])).toEqual(['council', 'config']);
    expect(complete(['plan', 'help', 'ov'])).toEqual(['overdue']);
  });

  it('follows the program: a new option or choice appears without editing the generator', async () => {
    const { describeProgram, bashScript, fishScript, zshScript } = await import('../../src/commands/completion.js');
    const p = buildProgram();
    p.commands.find((c) => c.name() === 'lint')!.option('--brand-new-flag', 'added for this test');
    p.command('brand-new-command').description('added for this test');
    const spec = describeProgram(p);
    for (const script of [bashScript(spec), zshScript(spec), fishScript(spec)]) {
      expect(script).toContain('brand-new-command');
      expect(script).toContain('brand-new-flag');
    }
  });

  it('rejects a shell it does not know (usage error, exit 2)', () => {
    const r = runPlan(['completion', 'powershell']);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
  });
});
