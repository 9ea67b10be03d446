/** The measure-polarity rule: plans it accepts, and what it reports on those it does not, by line and column. */
import { describe } from 'vitest';
import rule from '../../src/lint/rules/measure-polarity.js';
import { ruleTester } from './rule-tester.js';

describe('measure-polarity', () => ruleTester(rule, {
  valid: [{ name: 'polarity set', yaml: 'measures:\n  - id: M1\n    title: m\n    polarity: lower\n' }],
  invalid: [{ name: 'polarity missing', yaml: 'measures:\n  - id: M1\n    title: m\n', errors: [{ line: 6, column: 9 }] }],
}));
