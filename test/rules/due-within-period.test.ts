/** The due-within-period rule: plans it accepts, and what it reports on those it does not, by line and column. */
import { describe } from 'vitest';
import rule from '../../src/lint/rules/due-within-period.js';
import { actionA1 } from './plan-fragments.js';
import { ruleTester } from './rule-tester.js';

describe('due-within-period', () => ruleTester(rule, {
  valid: [{ name: 'due at the end of the period', yaml: actionA1() }],
  invalid: [{ name: 'due the year after', yaml: 'actions:\n  - id: A1\n    title: t\n    owner: Ann\n    due: 2019-03-31\n', errors: [{ line: 9, column: 10, severity: 'warning' }] }],
}));
