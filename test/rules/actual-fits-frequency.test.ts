/** The actual-fits-frequency rule: plans it accepts, and what it reports on those it does not, by line and column. */
import { describe } from 'vitest';
import rule from '../../src/lint/rules/actual-fits-frequency.js';
import { ruleTester } from './rule-tester.js';

const measure = (frequency: string, period: string) => `measures:\n  - id: M1\n    title: m\n    frequency: ${frequency}\n    actuals:\n      - { period: ${period}, value: 1 }\n`;

describe('actual-fits-frequency', () => ruleTester(rule, {
  valid: [
    { name: 'an annual measure, for a year', yaml: measure('annual', '2017/18') },
    { name: "an annual snapshot's month", yaml: measure('annual', '2017-09') },
    { name: 'a quarterly measure, for a quarter', yaml: measure('quarterly', '2017/18 Q2') },
    { name: "a quarterly measure, for its quarter's last month", yaml: measure('quarterly', '2017-09') },
    { name: 'a monthly measure, for a month', yaml: measure('monthly', '2017-09') },
    { name: 'an ad-hoc measure, for anything', yaml: measure('ad-hoc', '2017/18 Q2') },
  ],
  invalid: [
    { name: 'an annual measure, for a quarter', yaml: measure('annual', '2017/18 Q4'), errors: [{ line: 10, column: 19, message: /is annual, but this actual is for a quarter \(2017\/18 Q4\)/ }] },
    { name: 'a quarterly measure, for a year', yaml: measure('quarterly', '2017/18'), errors: [{ line: 10, column: 19, message: /is quarterly, but this actual is for a year/ }] },
    { name: 'a monthly measure, for a quarter', yaml: measure('monthly', '2017/18 Q1'), errors: [{ line: 10, column: 19, message: /is monthly/ }] },
  ],
}));
