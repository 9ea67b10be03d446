/** The actuals-in-period rule: plans it accepts, and what it reports on those it does not, by line and column. */
import { describe } from 'vitest';
import rule from '../../src/lint/rules/actuals-in-period.js';
import { ruleTester } from './rule-tester.js';

describe('actuals-in-period', () => ruleTester(rule, {
  valid: [{ name: 'quarterly actuals', yaml: 'measures:\n  - id: M1\n    title: m\n    actuals:\n      - { period: 2017/18 Q1, value: 1 }\n      - { period: 2017/18 Q2, value: 2 }\n' }],
  invalid: [
    { name: 'two actuals for one quarter', yaml: 'measures:\n  - id: M1\n    title: m\n    actuals:\n      - { period: 2017/18 Q1, value: 1 }\n      - { period: 2017/18 Q1, value: 2 }\n', errors: [{ line: 10, column: 19, severity: 'error' }] },
    { name: 'an actual outside the period', yaml: 'measures:\n  - id: M1\n    title: m\n    actuals:\n      - { period: 2019/20 Q1, value: 1 }\n', errors: [{ line: 9, column: 19, severity: 'warning' }] },
  ],
}));
