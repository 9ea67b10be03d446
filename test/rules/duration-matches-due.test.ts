/** The duration-matches-due rule: plans it accepts, and what it reports on those it does not, by line and column. */
import { describe } from 'vitest';
import rule from '../../src/lint/rules/duration-matches-due.js';
import { ruleTester } from './rule-tester.js';

describe('duration-matches-due', () => ruleTester(rule, {
  valid: [{ name: 'start plus three years', yaml: 'actions:\n  - id: A1\n    title: t\n    owner: Ann\n    start: 2015-09-01\n    duration: P3Y\n    due: 2018-08-31\n' }],
  invalid: [
    { name: 'due disagrees', yaml: 'actions:\n  - id: A1\n    title: t\n    owner: Ann\n    start: 2015-09-01\n    duration: P3Y\n    due: 2018-09-30\n', errors: [{ line: 11, column: 10, message: /ends 2018-08-31/ }] },
    { name: 'a duration without a start', yaml: 'actions:\n  - id: A1\n    title: t\n    owner: Ann\n    duration: P3Y\n    due: 2018-09-30\n', errors: [{ line: 9, column: 15 }] },
  ],
}));
