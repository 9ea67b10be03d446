/**
 * Memory over a corpus: each plan's text and data must be garbage once its turn is over, collected young.
 * Held by anything that outlives the file (an object made in V8's old generation, a memo, a list of what
 * was read), they survive young-generation collections and are copied into the old generation, which only
 * a full collection empties: more copying, more full collections, a higher peak (bench/NOTES.md, P2a).
 * V8 reports what each young collection promoted (--trace-gc-nvp); the bundle is run as users run it.
 */
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { bundledCopies, runPlan, tempDir } from './helpers.js';

const t = tempDir();
afterAll(() => t.cleanup());

const PLANS = 800;

/** The bundled plans over and over, each with its own id. */
function corpus(): string {
  const dir = join(t.dir, 'corpus');
  bundledCopies(dir, PLANS);
  return dir;
}

/** Bytes promoted by young-generation collections, summed from V8's trace, and how many there were. */
function promoted(trace: string): { bytes: number; scavenges: number } {
  let bytes = 0;
  let scavenges = 0;
  for (const line of trace.split('\n')) {
    if (!/\bgc=s\b/.test(line)) continue;
    scavenges++;
    bytes += Number(/\bpromoted=(\d+)/.exec(line)?.[1] ?? NaN);
  }
  return { bytes, scavenges };
}

describe('memory over a corpus', () => {
  it("keeps no plan's text or data past its turn (little is promoted out of the young generation)", () => {
    const dir = corpus();
    const r = runPlan(['lint', dir, '--quiet', '--jobs', '1'], { cwd: t.dir, timeout: 120_000, nodeArgs: ['--trace-gc-nvp'] });
    expect(r.code).toBe(0);
    const { bytes, scavenges } = promoted(r.stdout);
    // The corpus is 12 MB of text; reading it takes a few dozen young collections.
    expect(scavenges).toBeGreaterThan(10);
    expect(Number.isFinite(bytes)).toBe(true);
    // What stays for the whole run (the program, its schemas, registers, rules' summaries) is about 3 MB.
    // With each scanned file held by an object V8 had made in its old generation, 16 MB was promoted here.
    expect(bytes / 1e6).toBeLessThan(8);
  });
});
