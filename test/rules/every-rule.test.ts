/** What every lint rule must have: metadata, a file of cases here, and a page in docs/rules. */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RULES } from '../../src/lint/rules.js';
import { ROOT } from '../helpers.js';

/** Test files here that are about rules in general rather than one rule. */
const GENERAL = ['every-rule.test.ts', 'rule-that-throws.test.ts'];

const ruleFiles = readdirSync(join(ROOT, 'src/lint/rules')).filter((f) => f.endsWith('.ts')).map((f) => f.slice(0, -'.ts'.length)).sort();

describe('every rule', () => {
  it('has metadata for --list-rules and its doc page', () => {
    for (const rule of RULES) {
      expect(rule.meta.id).toMatch(/^[a-z]+(-[a-z]+)*$/);
      expect(rule.meta.description.length).toBeGreaterThan(20);
      expect(rule.meta.docs.why.length).toBeGreaterThan(20);
      expect(['error', 'warning', 'info']).toContain(rule.meta.severity);
    }
  });

  it('is a file in src/lint/rules named by its id, and is run', () => {
    expect(RULES.map((r) => r.meta.id).sort()).toEqual(ruleFiles);
  });

  it('has a test file here with cases it accepts and cases it reports', () => {
    for (const id of ruleFiles) {
      const file = join(ROOT, 'test/rules', `${id}.test.ts`);
      expect(existsSync(file), `test/rules/${id}.test.ts`).toBe(true);
      const text = readFileSync(file, 'utf8');
      expect(text, id).toContain(`from '../../src/lint/rules/${id}.js'`);
      expect(text, id).toMatch(/\bvalid: \[\s*\{/);
      expect(text, id).toMatch(/\binvalid: \[\s*\{/);
    }
  });

  it('is what each test file here is about', () => {
    const tests = readdirSync(join(ROOT, 'test/rules')).filter((f) => f.endsWith('.test.ts') && !GENERAL.includes(f));
    expect(tests.map((f) => f.slice(0, -'.test.ts'.length)).sort()).toEqual(ruleFiles);
  });

  it('has a page in docs/rules', () => {
    for (const id of ruleFiles) expect(existsSync(join(ROOT, 'docs/rules', `${id}.md`)), `docs/rules/${id}.md`).toBe(true);
  });
});
