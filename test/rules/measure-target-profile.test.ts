/** The measure-target-profile rule: plans it accepts, and what it reports on those it does not, by line and column. */
import { describe } from 'vitest';
import rule from '../../src/lint/rules/measure-target-profile.js';
import { ruleTester } from './rule-tester.js';

const measure = (extra: string) => `measures:\n  - id: W1\n    title: waste\n    polarity: lower\n${extra}`;

describe('measure-target-profile', () => ruleTester(rule, {
  valid: [
    { name: 'says how its figures build up', yaml: measure('    frequency: quarterly\n    aggregation: cumulative\n    targets: { 2017/18: 480 }\n') },
    { name: "gives the quarters' targets", yaml: measure('    frequency: quarterly\n    targets: { 2017/18: 480, 2017/18 Q2: 118 }\n') },
    { name: 'an annual measure', yaml: measure('    frequency: annual\n    targets: { 2017/18: 480 }\n') },
    { name: 'a data-only measure', yaml: measure('    frequency: quarterly\n    dataOnly: true\n    targets: { 2017/18: 480 }\n') },
    { name: 'a target still tbc', yaml: measure('    frequency: quarterly\n    targets: { 2017/18: tbc }\n') },
  ],
  invalid: [
    { name: 'quarterly, with only a year target', yaml: measure('    frequency: quarterly\n    targets: { 2017/18: 480 }\n'), errors: [{ line: 10, column: 5, message: /reported quarterly against a target for the year only \(2017\/18\)/ }] },
    { name: 'monthly, with only a year target', yaml: measure('    frequency: monthly\n    targets:\n      2017/18: 480\n'), errors: [{ line: 10, column: 5, message: /monthly/ }] },
  ],
}));
