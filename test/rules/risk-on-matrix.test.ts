/** The risk-on-matrix rule: plans it accepts, and what it reports on those it does not, by line and column. */
import { describe } from 'vitest';
import rule from '../../src/lint/rules/risk-on-matrix.js';
import { riskLS1 } from './plan-fragments.js';
import { ruleTester } from './rule-tester.js';

describe('risk-on-matrix', () => ruleTester(rule, {
  valid: [{ name: 'on a 4x4 matrix', yaml: riskLS1(4, 4) }, { name: 'a 5 on a 5x5 matrix', yaml: riskLS1(5, 5).replace('vale-4x4', 'standard-5x5') }],
  invalid: [
    { name: 'likelihood 5 on a 4x4 matrix', yaml: riskLS1(5, 4), errors: [{ line: 9, column: 17, message: "risk LS1: likelihood 5 is outside this plan's 4x4 matrix (1-4)" }] },
    { name: 'a target off the matrix', yaml: riskLS1(2, 2, '    target: { likelihood: 1, impact: 5 }\n'), errors: [{ line: 11, column: 38 }] },
    { name: 'an unknown matrix', yaml: riskLS1(2, 2).replace('vale-4x4', 'vale-4by4'), errors: [{ line: 5, column: 13, message: /did you mean 'vale-4x4'/ }] },
  ],
}));
