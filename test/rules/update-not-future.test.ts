/** The update-not-future rule: plans it accepts, and what it reports on those it does not, by line and column. */
import { describe } from 'vitest';
import rule from '../../src/lint/rules/update-not-future.js';
import { actionA1 } from './plan-fragments.js';
import { ruleTester } from './rule-tester.js';

describe('update-not-future', () => ruleTester(rule, {
  valid: [{ name: 'an update before as-of', yaml: actionA1('    updates:\n      - date: 2017-06-30\n') }],
  invalid: [{ name: 'an update after as-of', yaml: actionA1('    updates:\n      - date: 2017-07-01\n'), asOf: '2017-06-30', errors: [{ line: 11, column: 15, message: /after the as-of date 2017-06-30/ }] }],
}));
