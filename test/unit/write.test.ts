/** writeFileAtomic: atomic, keeps the mode, writes through symlinks and devices, leaves no temp file on a signal. */
import { spawn, execFileSync } from 'node:child_process';
import { chmodSync, lstatSync, mkdirSync, readFileSync, readdirSync, readlinkSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeFileAtomic } from '../../src/util/write.js';
import { ROOT, tempDir } from '../helpers.js';

describe('writeFileAtomic', () => {
  it('replaces a file, keeping its mode (a chmod 600 file stays 600)', () => {
    const { dir, cleanup } = tempDir({ 'r.txt': 'old' });
    try {
      const p = join(dir, 'r.txt');
      chmodSync(p, 0o600);
      writeFileAtomic(p, 'new');
      expect(readFileSync(p, 'utf8')).toBe('new');
      expect(statSync(p).mode & 0o777).toBe(0o600);
      expect(readdirSync(dir)).toEqual(['r.txt']);
    } finally {
      cleanup();
    }
  });
  it('a new file gets 0644 whatever the umask lets through', () => {
    const { dir, cleanup } = tempDir();
    try {
      writeFileAtomic(join(dir, 'n.txt'), 'x');
      expect(statSync(join(dir, 'n.txt')).mode & 0o777).toBe(0o644);
    } finally {
      cleanup();
    }
  });
  it('writes through a symlink to its target, leaving the link a link', () => {
    const { dir, cleanup } = tempDir({ 'real/r.md': 'old' });
    try {
      symlinkSync('real/r.md', join(dir, 'link.md'));
      writeFileAtomic(join(dir, 'link.md'), 'new');
      expect(lstatSync(join(dir, 'link.md')).isSymbolicLink()).toBe(true);
      expect(readlinkSync(join(dir, 'link.md'))).toBe('real/r.md');
      expect(readFileSync(join(dir, 'real/r.md'), 'utf8')).toBe('new');
    } finally {
      cleanup();
    }
  });
  it('writes through a dangling symlink, creating its target', () => {
    const { dir, cleanup } = tempDir();
    try {
      symlinkSync('made.md', join(dir, 'link.md'));
      writeFileAtomic(join(dir, 'link.md'), 'new');
      expect(lstatSync(join(dir, 'link.md')).isSymbolicLink()).toBe(true);
      expect(readFileSync(join(dir, 'made.md'), 'utf8')).toBe('new');
    } finally {
      cleanup();
    }
  });
  it('never replaces a character device (made with mknod in a temp folder)', () => {
    const { dir, cleanup } = tempDir();
    try {
      const dev = join(dir, 'null');
      try {
        execFileSync('mknod', [dev, 'c', '1', '3']);
      } catch {
        return; // not allowed to make devices here (not root): the FIFO case still runs
      }
      writeFileAtomic(dev, 'x'.repeat(10_000));
      expect(statSync(dev).isCharacterDevice()).toBe(true);
      expect(readdirSync(dir)).toEqual(['null']);
    } finally {
      cleanup();
    }
  });
  it('refuses a FIFO nothing reads, leaving it a FIFO; writes through one that is read', { timeout: 30_000 }, async () => {
    const { dir, cleanup } = tempDir();
    try {
      const fifo = join(dir, 'pipe');
      execFileSync('mkfifo', [fifo]);
      expect(() => writeFileAtomic(fifo, 'x')).toThrow(/FIFO/);
      expect(statSync(fifo).isFIFO()).toBe(true);
      const reader = spawn('cat', [fifo]);
      let got = '';
      reader.stdout.on('data', (d: Buffer) => (got += d.toString()));
      const done = new Promise((resolve) => reader.on('close', resolve));
      try {
        // cat may take a while to open the FIFO on a busy machine: until it does, the write is refused.
        for (let i = 0; i < 1500; i++) {
          try {
            writeFileAtomic(fifo, 'through the pipe');
            break;
          } catch {
            await new Promise((r) => setTimeout(r, 10));
          }
        }
      } finally {
        setTimeout(() => reader.kill(), 20_000).unref();
      }
      await done;
      expect(got).toBe('through the pipe');
      expect(statSync(fifo).isFIFO()).toBe(true);
      expect(readdirSync(dir)).toEqual(['pipe']);
    } finally {
      cleanup();
    }
  });
  it('refuses a folder', () => {
    const { dir, cleanup } = tempDir();
    try {
      mkdirSync(join(dir, 'd'));
      expect(() => writeFileAtomic(join(dir, 'd'), 'x')).toThrow();
      expect(statSync(join(dir, 'd')).isDirectory()).toBe(true);
    } finally {
      cleanup();
    }
  });
  it('a SIGTERM during a long write leaves no temp file', async () => {
    const { dir, cleanup } = tempDir();
    try {
      const script = join(dir, 'writer.ts');
      writeFileSync(script, `import { writeFileAtomic } from ${JSON.stringify(join(ROOT, 'src/util/write.ts'))};\nconst big = Buffer.alloc(256 * 1024 * 1024, 97);\nconst again = () => {\n  writeFileAtomic(${JSON.stringify(join(dir, 'r.json'))}, big);\n  setImmediate(again);\n};\nagain();\n`);
      const child = spawn(process.execPath, ['--import', 'tsx', script], { cwd: ROOT, stdio: 'ignore' });
      const exited = new Promise<NodeJS.Signals | null>((resolve) => child.on('exit', (_code, signal) => resolve(signal)));
      const tmpNow = () => readdirSync(dir).filter((f) => f.endsWith('.tmp'));
      const started = Date.now();
      while (tmpNow().length === 0 && Date.now() - started < 30_000) await new Promise((r) => setTimeout(r, 2));
      expect(tmpNow().length).toBe(1);
      child.kill('SIGTERM');
      expect(await exited).toBe('SIGTERM');
      expect(tmpNow()).toEqual([]);
    } finally {
      cleanup();
    }
  }, 60_000);
});
