/** The measure-codes-council rule: plans it accepts, and what it reports on those it does not, by line and column. */
import { describe } from 'vitest';
import rule from '../../src/lint/rules/measure-codes-council.js';
import { ruleTester } from './rule-tester.js';

describe('measure-codes-council', () => ruleTester(rule, {
  valid: [{ name: 'name matches the catalogue', yaml: 'measures:\n  - id: EDU/003\n    title: KS2 CSI\n', council: { id: 'test', name: 'T', measures: [{ id: 'EDU/003', title: 'KS2 CSI' }] } }],
  invalid: [{ name: 'a code that means something else', yaml: 'measures:\n  - id: EDU/003\n    title: Attendance\n', council: { id: 'test', name: 'T', measures: [{ id: 'EDU/003', title: 'KS2 CSI' }] }, errors: [{ line: 7, column: 12 }] }],
}));
