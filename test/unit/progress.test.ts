/**
 * The progress line of commands that read many files: drawn on a terminal only, late and seldom, erased
 * at the end, out of the way of messages; the commands' output the same with it as without.
 */
import { cpSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { readPlans } from '../../src/commands/plans.js';
import { loadConfig } from '../../src/config.js';
import { lintFiles } from '../../src/lint/engine.js';
import { dayOf } from '../../src/model/dates.js';
import { type Progress, createProgress, progressLine, progressWanted } from '../../src/util/progress.js';
import { ROOT, tempDir } from '../helpers.js';

/** A fake terminal and clock. */
function screen(isTTY = true) {
  const writes: string[] = [];
  let t = 0;
  return { stream: { isTTY, columns: 60, write: (s: string) => writes.push(s) }, writes, now: () => t, tick: (ms: number) => (t += ms) };
}

describe('progress line', () => {
  it('says how far, in whole per cent, cut to the width of the terminal', () => {
    expect(progressLine('plan lint', 4200, 10_000, 'files')).toBe('plan lint: 4,200 of 10,000 files (42%)');
    expect(progressLine('plan lint', 9999, 10_000, 'files')).toBe('plan lint: 9,999 of 10,000 files (99%)');
    expect(progressLine('plan lint', 12, 10, 'files')).toBe('plan lint: 10 of 10 files (100%)');
    expect(progressLine('plan lint', 0, 0, 'files')).toBe('plan lint: 0 of 0 files (100%)');
    expect(progressLine('plan report', 5, 10, 'files', 20)).toBe('plan report: 5 of 1');
    // a terminal that gives no width is taken as 80 wide, not as none
    expect(progressLine('plan lint', 1, 2, 'files', 0)).toBe('plan lint: 1 of 2 files (50%)');
  });

  it('draws nothing before the delay, then at most once per interval, and erases itself at the end', () => {
    const s = screen();
    const p = createProgress(s.stream, { label: 'plan lint', total: 100, unit: 'files', now: s.now, delayMs: 500, everyMs: 100 });
    p.update(1);
    s.tick(499);
    p.update(10);
    expect(s.writes).toEqual([]);
    s.tick(1);
    p.update(11);
    s.tick(50);
    p.update(12); // too soon after the last
    s.tick(50);
    p.update(20);
    expect(s.writes).toEqual(['\rplan lint: 11 of 100 files (11%)\x1b[K', '\rplan lint: 20 of 100 files (20%)\x1b[K']);
    p.end();
    p.update(30);
    p.end();
    expect(s.writes.slice(2)).toEqual(['\r\x1b[K']);
  });

  it('a run that ends before the delay writes nothing at all', () => {
    const s = screen();
    const p = createProgress(s.stream, { label: 'plan lint', total: 3, unit: 'files', now: s.now });
    for (let i = 1; i <= 3; i++) p.update(i);
    p.end();
    expect(s.writes).toEqual([]);
  });

  it('clears the line for a message, and draws it again at the next update', () => {
    const s = screen();
    const p = createProgress(s.stream, { label: 'plan report', total: 4, unit: 'files', now: s.now, delayMs: 0, everyMs: 1000 });
    p.update(1);
    p.clear();
    p.clear(); // nothing on screen: nothing to erase
    p.update(2); // within the interval, but the line is gone: drawn again
    expect(s.writes).toEqual(['\rplan report: 1 of 4 files (25%)\x1b[K', '\r\x1b[K', '\rplan report: 2 of 4 files (50%)\x1b[K']);
  });

  it('is wanted only on a terminal that can erase a line, outside CI, and not with --no-progress', () => {
    const tty = { isTTY: true, write: () => true };
    expect(progressWanted(undefined, tty, {})).toBe(true);
    expect(progressWanted(true, tty, { TERM: 'xterm-256color' })).toBe(true);
    expect(progressWanted(false, tty, {})).toBe(false);
    expect(progressWanted(true, { write: () => true }, {})).toBe(false);
    expect(progressWanted(true, { isTTY: false, write: () => true }, {})).toBe(false);
    expect(progressWanted(true, tty, { TERM: 'dumb' })).toBe(false);
    expect(progressWanted(true, tty, { CI: 'true' })).toBe(false);
  });
});

describe('progress from the commands', () => {
  const t = tempDir();
  afterAll(() => t.cleanup());
  // Four copies of the bundled plans (76 files).
  for (let i = 0; i < 4; i++) cpSync(join(ROOT, 'plans'), join(t.dir, `copy-${i}`), { recursive: true });
  const files = (dir: string): string[] => readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.yaml')).map((f) => join(dir, f)).sort();

  it('lint tells its progress after each file', () => {
    const config = loadConfig({ cwd: t.dir });
    const paths = files(join(t.dir, 'copy-0'));
    const seen: number[] = [];
    lintFiles(paths, { config, asOf: dayOf(2026, 11, 23), progress: (n) => seen.push(n) });
    expect(seen).toEqual(paths.map((_, i) => i + 1));
  });

  it('reading plans clears the line before saying a file was left out', () => {
    const dir = join(t.dir, 'broken');
    cpSync(join(ROOT, 'plans', 'southend'), dir, { recursive: true });
    writeFileSync(join(dir, 'zz-broken.yaml'), 'id: [unclosed\n');
    const calls: string[] = [];
    const progress: Progress = { update: (n) => calls.push(`update ${n}`), clear: () => calls.push('clear'), end: () => calls.push('end') };
    const stderr = vi.spyOn(process.stderr, 'write').mockImplementation((s) => (calls.push(`stderr ${String(s).split(':')[0]}`), true));
    try {
      const totals: number[] = [];
      const read = readPlans([dir], loadConfig({ cwd: t.dir }), { cwd: t.dir, progress: (total) => (totals.push(total), progress) });
      expect(calls).toEqual([]); // nothing is read until the plans are asked for
      const plans = [...read.plans];
      const n = files(dir).length;
      expect(totals).toEqual([n]);
      expect(plans.length).toBe(n - 2); // less council.yaml and the broken plan
      expect(read.counts.failed).toBe(1);
      expect(calls.filter((c) => c.startsWith('update'))).toEqual(Array.from({ length: n }, (_, i) => `update ${i + 1}`));
      const left = calls.findIndex((c) => c === 'stderr plan');
      expect(calls[left - 1]).toBe('clear');
      expect(calls.indexOf('end')).toBeGreaterThan(calls.lastIndexOf(`update ${n}`));
    } finally {
      stderr.mockRestore();
    }
  });
});
