/** The updates-in-order rule: plans it accepts, and what it reports on those it does not, by line and column. */
import { describe } from 'vitest';
import rule from '../../src/lint/rules/updates-in-order.js';
import { actionA1 } from './plan-fragments.js';
import { ruleTester } from './rule-tester.js';

describe('updates-in-order', () => ruleTester(rule, {
  valid: [{ name: 'oldest first', yaml: actionA1('    updates:\n      - date: 2017-03-31\n      - date: 2017-06-30\n') }],
  invalid: [{ name: 'newest first', yaml: actionA1('    updates:\n      - date: 2017-06-30\n      - date: 2017-03-31\n'), errors: [{ line: 12, column: 15 }] }],
}));
