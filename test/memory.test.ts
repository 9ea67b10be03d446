/**
 * Memory over a corpus: each plan's text and data must be garbage once its turn is over, collected young.
 * Held by anything that outlives the file (an object made in V8's old generation, a memo, a list of what
 * was read), they survive young-generation collections and are copied into the old generation, which only
 * a full collection empties: more copying, more full collections, a higher peak (bench/NOTES.md, P2a).
 * V8 reports what each young collection promoted (--trace-gc-nvp); the bundle is run as users run it.
 */
import { cpSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT, runPlan, tempDir } from './helpers.js';

const t = tempDir();
afterAll(() => t.cleanup());

const PLANS = 800;

/** The bundled plans over and over, each with its own id. */
function corpus(): string {
  const dir = join(t.dir, 'corpus');
  const base: { council: string; text: string }[] = [];
  for (const c of readdirSync(join(ROOT, 'plans'), { withFileTypes: true })) {
    if (!c.isDirectory()) continue;
    mkdirSync(join(dir, c.name), { recursive: true });
    cpSync(join(ROOT, 'plans', c.name, 'council.yaml'), join(dir, c.name, 'council.yaml'));
    for (const f of readdirSync(join(ROOT, 'plans', c.name)).sort()) if (f !== 'council.yaml' && f.endsWith('.yaml')) base.push({ council: c.name, text: readFileSync(join(ROOT, 'plans', c.name, f), 'utf8') });
  }
  for (let i = 0; i < PLANS; i++) {
    const b = base[i % base.length]!;
    writeFileSync(join(dir, b.council, `plan-${String(i).padStart(4, '0')}.yaml`), b.text.replace(/^id: .*$/m, `id: copy-${i}`));
  }
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
