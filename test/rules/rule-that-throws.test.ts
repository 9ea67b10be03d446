/** A rule that throws is reported as an internal error in that rule at the top of the file, not as a crash. */
import { describe, expect, it } from 'vitest';
import type { Rule } from '../../src/lint/rule.js';
import { lintText } from './rule-tester.js';

describe('a rule that throws', () => {
  const meta = { id: 'broken-rule', description: 'a rule that fails on any plan', severity: 'warning' as const, category: 'housekeeping' as const, docs: { why: 'to test the engine' } };
  const yaml = 'actions:\n  - id: A1\n    title: An action\n';
  it('is reported as its own error at the top of the file, and does not stop linting', () => {
    const rule: Rule = {
      meta,
      checkPlan: () => {
        throw new Error('boom');
      },
    };
    expect(lintText(rule, { name: 'plan', yaml })).toEqual([
      { file: 'test-plan.yaml', line: 1, column: 1, endLine: 1, endColumn: 1, severity: 'error', ruleId: 'broken-rule', message: 'internal error in rule broken-rule: boom', hint: 'please report this with the file that caused it' },
    ]);
  });
  it('across plans is reported the same way', () => {
    const rule: Rule = {
      meta,
      project: {
        collect: () => 1,
        check: () => {
          throw new Error('bang');
        },
      },
    };
    expect(lintText(rule, { name: 'plan', yaml })).toEqual([
      { file: 'test-plan.yaml', line: 1, column: 1, endLine: 1, endColumn: 1, severity: 'error', ruleId: 'broken-rule', message: 'internal error in rule broken-rule: bang', hint: 'please report this with the files that caused it' },
    ]);
  });
});
