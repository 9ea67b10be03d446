/** The measure-targets rule: plans it accepts, and what it reports on those it does not, by line and column. */
import { describe } from 'vitest';
import rule from '../../src/lint/rules/measure-targets.js';
import { ruleTester } from './rule-tester.js';

describe('measure-targets', () => ruleTester(rule, {
  valid: [{ name: 'a target for the year', yaml: 'measures:\n  - id: M1\n    title: m\n    targets:\n      2017/18: 85\n' }, { name: 'context measure', yaml: 'measures:\n  - id: M1\n    title: m\n    polarity: neutral\n' }],
  invalid: [{ name: 'no target', yaml: 'measures:\n  - id: DP PI 07\n    title: m\n    polarity: higher\n', errors: [{ line: 6, column: 9, message: /no target for 2017\/18/ }] }],
}));
