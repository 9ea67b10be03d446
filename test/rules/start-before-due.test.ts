/** The start-before-due rule: plans it accepts, and what it reports on those it does not, by line and column. */
import { describe } from 'vitest';
import rule from '../../src/lint/rules/start-before-due.js';
import { actionA1 } from './plan-fragments.js';
import { ruleTester } from './rule-tester.js';

describe('start-before-due', () => ruleTester(rule, {
  valid: [{ name: 'start in the due month', yaml: actionA1('    start: 2018-03\n') }],
  invalid: [{ name: 'start after due', yaml: actionA1('    start: 2018-07\n'), errors: [{ line: 10, column: 12, message: /starts 2018-07.*after it is due/ }] }],
}));
