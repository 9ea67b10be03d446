/** The percent-range rule: plans it accepts, and what it reports on those it does not, by line and column. */
import { describe } from 'vitest';
import rule from '../../src/lint/rules/percent-range.js';
import { ruleTester } from './rule-tester.js';

describe('percent-range', () => ruleTester(rule, {
  valid: [{ name: 'Plymouth KPI 14: 70 of 91 is 77%', yaml: 'measures:\n  - id: KPI 14\n    title: m\n    unit: percent\n    actuals:\n      - { period: 2017-09, value: 77, numerator: 70, denominator: 91 }\n' }],
  invalid: [
    { name: 'a target over 100%', yaml: 'measures:\n  - id: M1\n    title: m\n    unit: percent\n    targets:\n      2017/18: 185\n', errors: [{ line: 10, column: 16 }] },
    { name: 'a value that disagrees with its fraction', yaml: 'measures:\n  - id: M1\n    title: m\n    unit: percent\n    actuals:\n      - { period: 2017-09, value: 87, numerator: 70, denominator: 91 }\n', errors: [{ line: 10, column: 35, message: /76\.9%/ }] },
  ],
}));
