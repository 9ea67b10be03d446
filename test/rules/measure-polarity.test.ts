/** The measure-polarity rule: plans it accepts, and what it reports on those it does not, by line and column. */
import { describe } from 'vitest';
import rule from '../../src/lint/rules/measure-polarity.js';
import { ruleTester } from './rule-tester.js';

describe('measure-polarity', () => ruleTester(rule, {
  valid: [
    { name: 'polarity set', yaml: 'measures:\n  - id: M1\n    title: m\n    polarity: lower\n' },
    { name: 'a data-only measure gets no RAG, so needs no direction', yaml: 'measures:\n  - id: M1\n    title: m\n    dataOnly: true\n' },
    { name: 'every target a range', yaml: 'measures:\n  - id: M1\n    title: m\n    targets: { 2017/18: { min: 80, max: 85 } }\n' },
  ],
  invalid: [
    { name: 'polarity missing', yaml: 'measures:\n  - id: M1\n    title: m\n', errors: [{ line: 6, column: 9 }] },
    { name: 'a range for one year and a figure for another', yaml: 'measures:\n  - id: M1\n    title: m\n    targets: { 2017/18: { min: 80, max: 85 }, 2018/19: 90 }\n', errors: [{ line: 6, column: 9 }] },
  ],
}));
