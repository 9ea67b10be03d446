/** The real-dates rule: plans it accepts, and what it reports on those it does not, by line and column. */
import { describe } from 'vitest';
import rule from '../../src/lint/rules/real-dates.js';
import { actionA1 } from './plan-fragments.js';
import { ruleTester } from './rule-tester.js';

describe('real-dates', () => ruleTester(rule, {
  valid: [{ name: 'real dates of every precision', yaml: actionA1('    start: 2016-02\n    updates:\n      - date: 2016-02-29\n') }],
  invalid: [
    { name: '30 February', yaml: 'actions:\n  - id: A1\n    title: t\n    owner: Ann\n    due: 2018-02-30\n', errors: [{ line: 9, column: 10, message: /February 2018 has 28 days/ }] },
    { name: 'a fiscal year that does not run on, as a target key', yaml: 'measures:\n  - id: M1\n    title: m\n    targets:\n      2017/19: 85\n', errors: [{ line: 9, column: 7, message: /2017\/19 is not a fiscal year/ }] },
  ],
}));
