/** The savings-totals rule: plans it accepts, and what it reports on those it does not, by line and column. */
import { describe } from 'vitest';
import rule from '../../src/lint/rules/savings-totals.js';
import { ruleTester } from './rule-tester.js';

describe('savings-totals', () => ruleTester(rule, {
  valid: [{ name: 'adds up', yaml: 'savings:\n  schemes:\n    - name: s\n      byYear: { 2016/17: 40, 2017/18: 40 }\n      total: 80\n  total: 80\n' }],
  invalid: [
    { name: "Vale's ALN row as printed", yaml: 'savings:\n  schemes:\n    - name: ALN\n      byYear: { 2016/17: 292, 2017/18: 271, 2018/19: 60 }\n      total: 563\n', errors: [{ line: 9, column: 14, message: /total 563 is not the sum of its years \(623\)/ }] },
  ],
}));
