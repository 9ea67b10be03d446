/** --out never replaces a device, FIFO or symlink, and keeps a report's mode (issue 40, items 1 and 5). */
import { execFileSync, spawn } from 'node:child_process';
import { chmodSync, existsSync, lstatSync, readFileSync, readdirSync, statSync, symlinkSync, watch } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, bundledCopies, runPlan, tempDir } from '../helpers.js';

function mknodOrSkip(path: string): boolean {
  try {
    execFileSync('mknod', [path, 'c', '1', '3']);
    return true;
  } catch {
    return false;
  }
}

describe('--out and special files', () => {
  it('report -f csv --out a character device writes through it and leaves it a device', () => {
    const { dir, cleanup } = tempDir();
    try {
      const dev = join(dir, 'null');
      if (!mknodOrSkip(dev)) return;
      const r = runPlan(['report', 'plans/southend', '--quarter', '2017/18 Q4', '-f', 'csv', '--out', dev]);
      expect(r.code, r.stderr).toBe(0);
      expect(statSync(dev).isCharacterDevice()).toBe(true);
      expect(readdirSync(dir)).toEqual(['null']);
    } finally {
      cleanup();
    }
  });
  it('schema --out a character device leaves it a device', () => {
    const { dir, cleanup } = tempDir();
    try {
      const dev = join(dir, 'null');
      if (!mknodOrSkip(dev)) return;
      expect(runPlan(['schema', '--out', dev]).code).toBe(0);
      expect(statSync(dev).isCharacterDevice()).toBe(true);
    } finally {
      cleanup();
    }
  });
  it('report -f csv --out a FIFO nobody reads is refused (exit 2), and the FIFO stays', () => {
    const { dir, cleanup } = tempDir();
    try {
      const fifo = join(dir, 'pipe');
      execFileSync('mkfifo', [fifo]);
      const r = runPlan(['report', 'plans/southend', '--quarter', '2017/18 Q4', '-f', 'csv', '--out', fifo]);
      expect(r.code).toBe(2);
      expect(statSync(fifo).isFIFO()).toBe(true);
      expect(readdirSync(dir)).toEqual(['pipe']);
    } finally {
      cleanup();
    }
  });
  it('schema --out a FIFO being read writes the schema into it', { timeout: 60_000 }, async () => {
    const { dir, cleanup } = tempDir();
    try {
      const fifo = join(dir, 'pipe');
      execFileSync('mkfifo', [fifo]);
      const reader = spawn('cat', [fifo]);
      let got = '';
      reader.stdout.on('data', (d: Buffer) => (got += d.toString()));
      const read = new Promise((resolve) => reader.on('close', resolve));
      const stop = setTimeout(() => reader.kill(), 40_000);
      // Until cat has the FIFO open, plan refuses it (exit 2) rather than wait: try again, as a slow machine may need.
      let code: number | null = 2;
      for (let i = 0; i < 100 && code === 2; i++) {
        await new Promise((r) => setTimeout(r, 50));
        const writer = spawn(process.execPath, [BIN, 'schema', '--out', fifo]);
        code = await new Promise<number | null>((resolve) => writer.on('close', resolve));
      }
      await read;
      clearTimeout(stop);
      expect(code).toBe(0);
      expect(JSON.parse(got).title).toBeDefined();
      expect(statSync(fifo).isFIFO()).toBe(true);
    } finally {
      cleanup();
    }
  });
  it('a chmod 600 report keeps 600 when written again', () => {
    const { dir, cleanup } = tempDir({ 'r.md': 'old' });
    try {
      const out = join(dir, 'r.md');
      chmodSync(out, 0o600);
      expect(runPlan(['report', 'plans/southend', '--quarter', '2017/18 Q4', '-f', 'markdown', '--out', out]).code).toBe(0);
      expect(statSync(out).mode & 0o777).toBe(0o600);
      expect(readFileSync(out, 'utf8')).not.toBe('old');
    } finally {
      cleanup();
    }
  });
  it('a symlinked report is written to its target; the link stays a link', () => {
    const { dir, cleanup } = tempDir({ 'reports/q4.md': 'old' });
    try {
      symlinkSync('reports/q4.md', join(dir, 'latest.md'));
      expect(runPlan(['report', 'plans/southend', '--quarter', '2017/18 Q4', '-f', 'markdown', '--out', join(dir, 'latest.md')]).code).toBe(0);
      expect(lstatSync(join(dir, 'latest.md')).isSymbolicLink()).toBe(true);
      expect(readFileSync(join(dir, 'reports/q4.md'), 'utf8')).toMatch(/Southend|Learning/);
    } finally {
      cleanup();
    }
  });
  it('a SIGTERM while report -f json --out r.json is writing leaves no .r.json.*.tmp, and r.json whole or absent', async () => {
    const { dir, cleanup } = tempDir();
    try {
      bundledCopies(dir, 400);
      const child = spawn(process.execPath, [BIN, 'report', dir, '-f', 'json', '--quarter', '2017/18 Q4', '--out', join(dir, 'r.json')], { stdio: 'ignore' });
      let sent = false;
      // Stopped the moment the temporary file appears: mid-write.
      const watcher = watch(dir, (_event, name) => {
        if (!sent && name?.endsWith('.tmp')) {
          sent = true;
          child.kill('SIGTERM');
        }
      });
      await new Promise((resolve) => child.on('exit', resolve));
      watcher.close();
      expect(sent).toBe(true);
      expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
      if (existsSync(join(dir, 'r.json'))) expect(() => JSON.parse(readFileSync(join(dir, 'r.json'), 'utf8'))).not.toThrow();
    } finally {
      cleanup();
    }
  }, 120_000);
});
