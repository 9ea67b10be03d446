/** The unresolved-tbc rule: plans it accepts, and what it reports on those it does not, by line and column. */
import { describe } from 'vitest';
import rule from '../../src/lint/rules/unresolved-tbc.js';
import { actionA1 } from './plan-fragments.js';
import { ruleTester } from './rule-tester.js';

describe('unresolved-tbc', () => ruleTester(rule, {
  valid: [{ name: 'no tbc', yaml: actionA1() }],
  invalid: [
    { name: 'tbc in a draft is info', yaml: actionA1('    priority: tbc\n'), errors: [{ line: 10, column: 15, severity: 'info' }] },
    { name: 'tbc in a published plan is a warning', yaml: `status: published\n${actionA1('    priority: tbc\n')}`, errors: [{ line: 11, column: 15, severity: 'warning' }] },
  ],
}));
