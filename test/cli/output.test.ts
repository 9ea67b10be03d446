/** A report of megabytes from the built CLI reaches a slow pipe whole, the same as written with --out. */
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { BIN, bundledCopies, tempDir } from '../helpers.js';

const t = tempDir();
afterAll(() => t.cleanup());

describe('writing output through a pipe', () => {
  it('writes a report of megabytes whole through a pipe whose reader falls behind', async () => {
    const dir = join(t.dir, 'pipe');
    bundledCopies(dir, 400);
    const args = [BIN, 'report', dir, '--quarter', '2016/17 Q4', '--format', 'json'];
    const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'ignore'], env: { ...process.env, NO_COLOR: '1' } });
    const chunks: Buffer[] = [];
    child.stdout.pause(); // (nothing is read for a while: the pipe fills, and the writer must wait)
    const done = new Promise<void>((resolve) => child.on('close', () => resolve()));
    await new Promise((r) => setTimeout(r, 400));
    child.stdout.on('data', (c: Buffer) => chunks.push(c));
    child.stdout.resume();
    await done;
    const piped = Buffer.concat(chunks);
    const file = join(t.dir, 'report.json');
    await new Promise<void>((resolve) => spawn(process.execPath, [...args, '--out', file], { stdio: 'ignore' }).on('close', () => resolve()));
    const whole = readFileSync(file);
    expect(whole.length).toBeGreaterThan(3 << 20);
    expect(piped.equals(whole)).toBe(true);
    const report = JSON.parse(piped.toString('utf8')) as { plans: unknown[]; outside: unknown[] };
    expect(report.plans.length + report.outside.length).toBe(400);
  });
});
