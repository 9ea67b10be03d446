/** The review-date-passed rule: plans it accepts, and what it reports on those it does not, by line and column. */
import { describe } from 'vitest';
import rule from '../../src/lint/rules/review-date-passed.js';
import { ruleTester } from './rule-tester.js';

describe('review-date-passed', () => ruleTester(rule, {
  valid: [{ name: 'review ahead', yaml: 'review: 2017-09-30\n', asOf: '2017-06-30' }],
  invalid: [{ name: 'review passed', yaml: 'review: 2017-03-31\n', asOf: '2017-06-30', errors: [{ line: 5, column: 9, severity: 'warning' }] }],
}));
