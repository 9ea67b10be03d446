/** The risk-scored rule: plans it accepts, and what it reports on those it does not, by line and column. */
import { describe } from 'vitest';
import rule from '../../src/lint/rules/risk-scored.js';
import { riskLS1 } from './plan-fragments.js';
import { ruleTester } from './rule-tester.js';

describe('risk-scored', () => ruleTester(rule, {
  valid: [{ name: 'scored', yaml: riskLS1(1, 1) }],
  invalid: [{ name: 'named but not scored', yaml: 'risks:\n  - id: R1\n    title: r\n    likelihood: null\n    impact: null\n', errors: [{ line: 8, column: 17 }] }],
}));
