/** The built CLI on a terminal: the progress line drawn on standard error and erased, the output unchanged. */
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { BIN, ROOT, runPlan, tempDir } from '../helpers.js';

describe('progress from the commands, on a terminal', () => {
  const t = tempDir();
  afterAll(() => t.cleanup());
  // Four copies of the bundled plans (76 files).
  for (let i = 0; i < 4; i++) cpSync(join(ROOT, 'plans'), join(t.dir, `copy-${i}`), { recursive: true });

  it('on a terminal: drawn on standard error and erased, the output the same as without', () => {
    const script = spawnSync('script', ['--version'], { encoding: 'utf8' });
    if (script.error) throw new Error('this test needs script(1) from util-linux (Debian: bsdutils) to give plan a terminal');
    const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '1', PLAN_PROGRESS_DELAY: '0' };
    delete env.CI;
    for (const [command, args] of [
      ['plan lint', ['lint', t.dir, '--as-of', '2018-04-01']],
      ['plan report', ['report', t.dir, '--quarter', '2017/18 Q3']],
      // (JSON not for a terminal is written as the plans are read, the progress line drawn meanwhile)
      ['plan report', ['report', t.dir, '--quarter', '2017/18 Q3', '--format', 'json']],
    ] as const) {
      const out = join(t.dir, 'out.txt');
      // script gives plan a terminal for standard error; standard output goes to a file, as when redirected.
      const quoted = [process.execPath, BIN, ...args].map((a) => `'${a}'`).join(' ');
      const terminal = execFileSync('script', ['-qec', `${quoted} > '${out}'; echo "exit $?"`, '/dev/null'], { env, encoding: 'utf8', cwd: t.dir, timeout: 60_000 });
      const plain = runPlan([...args], { cwd: t.dir, env: { PLAN_PROGRESS_DELAY: '0', CI: undefined }, timeout: 60_000 });
      expect(readFileSync(out, 'utf8')).toBe(plain.stdout);
      expect(terminal).toContain(`exit ${plain.code}`);
      const drawn = terminal.split('\r').filter((s) => s.startsWith(`${command}: `));
      expect(drawn.length, `${command} ${args.join(' ')}`).toBeGreaterThan(0);
      expect(drawn.at(-1)).toMatch(new RegExp(`^${command}: [\\d,]+ of [\\d,]+ files \\(\\d+%\\)\\x1b\\[K`));
      // erased at the end: the last thing drawn before plan's exit is an empty line
      expect(terminal.slice(0, terminal.lastIndexOf('exit '))).toMatch(/\r\x1b\[K\s*$/);
      // never on standard error when it is not a terminal
      expect(plain.stderr).not.toMatch(/\x1b|\r|of [\d,]+ files/);
      // --no-progress: nothing drawn
      const off = execFileSync('script', ['-qec', `${quoted} --no-progress > /dev/null; echo "exit $?"`, '/dev/null'], { env, encoding: 'utf8', cwd: t.dir, timeout: 60_000 });
      expect(off).not.toContain(`${command}: `);
    }
    // JSON for the terminal itself is made first, its progress line erased, then written: the same JSON.
    // (Twenty copies of the bundled plans: 1.7 MB of JSON, more than one batch written.)
    const many = join(t.dir, 'many');
    for (let i = 0; i < 20; i++) cpSync(join(ROOT, 'plans'), join(many, `copy-${i}`), { recursive: true });
    const args = ['report', many, '--quarter', '2017/18 Q3', '--format', 'json'];
    const quoted = [process.execPath, BIN, ...args].map((a) => `'${a}'`).join(' ');
    const terminal = execFileSync('script', ['-qec', quoted, '/dev/null'], { env, encoding: 'utf8', cwd: t.dir, timeout: 60_000, maxBuffer: 64 * 1024 * 1024 });
    const drawn = terminal.lastIndexOf('\r\x1b[K');
    expect(terminal.slice(0, drawn)).toMatch(/^(?:\r?plan report: [^\r\n]*)+$/);
    expect(terminal.slice(drawn + 4).replaceAll('\r\n', '\n')).toBe(runPlan(args, { cwd: t.dir }).stdout);
  });
});
