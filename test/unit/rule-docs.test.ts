import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RULES } from '../../src/lint/rules.js';
import { indexDoc, ruleDoc } from '../../scripts/gen-rule-docs.js';
import { ROOT } from '../helpers.js';

describe('rule documentation', () => {
  it('has a page for every rule, generated from its metadata (npm run docs)', () => {
    for (const r of RULES) expect(readFileSync(join(ROOT, 'docs/rules', `${r.meta.id}.md`), 'utf8'), r.meta.id).toBe(ruleDoc(r.meta.id));
    expect(readFileSync(join(ROOT, 'docs/rules/README.md'), 'utf8')).toBe(indexDoc());
  });
});
