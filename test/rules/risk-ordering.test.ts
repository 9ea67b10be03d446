/** The risk-ordering rule: plans it accepts, and what it reports on those it does not, by line and column. */
import { describe } from 'vitest';
import rule from '../../src/lint/rules/risk-ordering.js';
import { riskLS1 } from './plan-fragments.js';
import { ruleTester } from './rule-tester.js';

describe('risk-ordering', () => ruleTester(rule, {
  valid: [{ name: 'target below current below inherent', yaml: riskLS1(3, 3, '    target: { likelihood: 2, impact: 3 }\n    inherent: { likelihood: 4, impact: 3 }\n') }],
  invalid: [{ name: 'target above current', yaml: riskLS1(2, 3, '    target: { likelihood: 3, impact: 3 }\n'), errors: [{ line: 11, column: 13 }] }],
}));
