/** The complete-means-done rule: plans it accepts, and what it reports on those it does not, by line and column. */
import { describe } from 'vitest';
import rule from '../../src/lint/rules/complete-means-done.js';
import { actionA1 } from './plan-fragments.js';
import { ruleTester } from './rule-tester.js';

describe('complete-means-done', () => ruleTester(rule, {
  valid: [{ name: 'complete at 100%', yaml: actionA1('    updates:\n      - date: 2017-06-30\n        status: complete\n        percentComplete: 100\n') }],
  invalid: [{ name: 'complete at 60%', yaml: actionA1('    updates:\n      - date: 2017-06-30\n        status: complete\n        percentComplete: 60\n'), errors: [{ line: 13, column: 26 }] }],
}));
