/** The risk-score-agrees rule: plans it accepts, and what it reports on those it does not, by line and column. */
import { describe } from 'vitest';
import rule from '../../src/lint/rules/risk-score-agrees.js';
import { riskLS1 } from './plan-fragments.js';
import { ruleTester } from './rule-tester.js';

describe('risk-score-agrees', () => ruleTester(rule, {
  valid: [
    { name: 'score and band agree', yaml: riskLS1(3, 4, '    score: 12\n    band: very-high\n') },
    { name: 'a likelihood off the 4x4 matrix is risk-on-matrix\'s one finding, not a second about the score', yaml: riskLS1(7, 4, '    score: 12\n') },
  ],
  invalid: [
    { name: 'score typed wrong', yaml: riskLS1(3, 4, '    score: 9\n'), errors: [{ line: 11, column: 12, message: /score 9 does not equal likelihood 3 x impact 4 = 12/ }] },
    { name: 'band wrong for the cell', yaml: riskLS1(3, 4, '    band: medium\n'), errors: [{ line: 11, column: 11, message: /'very-high'/ }] },
  ],
}));
