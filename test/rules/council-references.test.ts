/** The council-references rule: plans it accepts, and what it reports on those it does not, by line and column. */
import { describe } from 'vitest';
import rule from '../../src/lint/rules/council-references.js';
import { actionA1, council } from './plan-fragments.js';
import { ruleTester } from './rule-tester.js';

describe('council-references', () => ruleTester(rule, {
  valid: [
    { name: 'a priority in the register', yaml: actionA1('    priority: PROSPEROUS-2\n'), council },
    { name: 'tbc is allowed while drafting', yaml: actionA1('    priority: tbc\n'), council },
  ],
  invalid: [
    { name: 'a priority not in the register', yaml: actionA1('    priority: PROSPEROUS-9\n'), council, errors: [{ line: 10, column: 15, message: /PROSPEROUS-9.*did you mean 'PROSPEROUS-2'/ }] },
    { name: 'the register is for another council', yaml: actionA1(), council: { ...council, id: 'other' }, errors: [{ line: 2, column: 10 }] },
    { name: 'no register at all is an info', yaml: actionA1('    priority: X\n'), errors: [{ line: 2, column: 10, severity: 'info' }] },
  ],
}));
