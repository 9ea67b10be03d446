/**
 * What the analyses keep of a corpus must not keep the corpus. A string cut from a plan's text (a title, an
 * owner) is, in V8, a view that keeps the whole text alive; kept for every plan of a large corpus (the
 * overdue list, the risk register, the quarterly report), it would hold every file in memory. The analyses
 * copy what they keep (own() in src/util/text.ts). Here each plan carries a long comment, which no analysis
 * keeps: after a collection, the memory still in use must be far less than the texts read.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { diffPlans } from '../src/analyses/diff.js';
import { findOverdue } from '../src/analyses/overdue.js';
import { quarterlyReport } from '../src/analyses/quarterly.js';
import { scoreRisks } from '../src/analyses/risks.js';
import { loadConfig } from '../src/config.js';
import { dayOf } from '../src/model/dates.js';
import { parseQuarter } from '../src/model/period.js';
import { loadDocument } from '../src/project.js';
import { ownDeep } from '../src/util/text.js';
import { ROOT } from './helpers.js';

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

const config = loadConfig({ cwd: ROOT });
const bundled = readdirSync(join(ROOT, 'plans'), { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .flatMap((d) => readdirSync(join(ROOT, 'plans', d.name)).filter((f) => f.endsWith('.yaml') && f !== 'council.yaml').map((f) => join(ROOT, 'plans', d.name, f)));
const COPIES = 240;
const COMMENT = `# ${'a long note that nothing reads '.repeat(3_000)}\n`;

/** Text read, in bytes of heap (UTF-16 at most), and the plans, each read from its own text when asked for. */
function corpus(): { textBytes: number; plans: () => Generator<{ file: string; plan: Record<string, unknown> }> } {
  const texts = bundled.map((f) => readFileSync(f, 'utf8'));
  let textBytes = 0;
  for (let i = 0; i < COPIES; i++) textBytes += (COMMENT.length + texts[i % texts.length]!.length) * 2;
  function* plans() {
    for (let i = 0; i < COPIES; i++) {
      const path = bundled[i % bundled.length]!;
      // A text of its own for each copy, as each file of a corpus is.
      const text = COMMENT + texts[i % texts.length]!.replace(/^id: .*$/m, `id: copy-${i}`);
      const doc = loadDocument(path, config, { text, cwd: ROOT });
      yield { file: doc.file, plan: doc.data as Record<string, unknown> };
    }
  }
  return { textBytes, plans };
}

/** The plan with its service renamed and each action's title revised, as a quarter's work might. */
function revised(plan: Record<string, unknown>): Record<string, unknown> {
  const actions = Array.isArray(plan.actions) ? plan.actions.map((a: Record<string, unknown>) => ({ ...a, title: `${String(a.title)} (revised)` })) : plan.actions;
  return { ...plan, service: `${String(plan.service)} (revised)`, actions };
}

/** Heap in use after keeping what make returns, less before, after full collections. */
function kept(make: () => unknown): { grew: number; result: unknown } {
  gc();
  const before = process.memoryUsage().heapUsed;
  const result = make();
  gc();
  return { grew: process.memoryUsage().heapUsed - before, result };
}

describe('what the analyses keep of a corpus', () => {
  const { textBytes, plans } = corpus();
  const asOf = dayOf(2026, 11, 22);
  const quarter = parseQuarter('2016/17 Q4');
  if ('error' in quarter) throw new Error(quarter.error);
  const cases: [string, () => unknown[]][] = [
    ['the overdue list', () => findOverdue(plans(), { asOf, fyStart: config.fiscalYearStart, includeOpen: true })],
    ['the risk register', () => scoreRisks(plans(), config, asOf)],
    ['the quarterly report', () => quarterlyReport({ plans: plans(), quarter, config, source: 'test' }).plans],
    // (plan diff of two revisions keeps each plan's changes so, its titles and values from both versions)
    ['the changes between two versions of each plan', () => [...plans()].map(({ plan }) => ownDeep(diffPlans(plan, revised(plan))))],
  ];
  for (const [what, make] of cases) {
    it(`${what} keeps its items, not the texts they came from`, () => {
      const { grew, result } = kept(make);
      expect((result as unknown[]).length).toBeGreaterThan(0);
      // The texts are about 50 MB. Kept, they were 37 MB for the overdue list, 7 for the register, 30 for
      // the report and 52 for the changes; what the analyses keep of them now is 3 MB or less.
      expect(textBytes).toBeGreaterThan(40e6);
      expect(grew).toBeLessThan(textBytes / 10);
    });
  }
});
