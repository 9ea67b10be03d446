/** The known-people rule: plans it accepts, and what it reports on those it does not, by line and column. */
import { describe, expect, it } from 'vitest';
import rule from '../../src/lint/rules/known-people.js';
import { actionA1, council } from './plan-fragments.js';
import { lintText, ruleTester } from './rule-tester.js';

describe('known-people', () => ruleTester(rule, {
  valid: [
    { name: 'names and aliases in the register', yaml: actionA1('    managedBy: GMSP\n'), council },
    { name: 'no register: nothing to check', yaml: actionA1() },
  ],
  invalid: [
    { name: 'a misspelt owner', yaml: 'actions:\n  - id: A1\n    title: t\n    owner: Alison Gillett\n    due: 2018-03-31\n', council, errors: [{ line: 8, column: 12, message: /Alison Gillett.*did you mean 'Alison Gellett'/ }] },
    { name: 'one of two owners unknown', yaml: 'actions:\n  - id: A1\n    title: t\n    owner: [Ann, Bob Unknown]\n    due: 2018-03-31\n', council, errors: [{ line: 8, column: 18 }] },
    { name: 'two known owners in one text', yaml: 'actions:\n  - id: A1\n    title: t\n    owner: Alison Gellett and Ann\n    due: 2018-03-31\n', council, errors: [{ line: 8, column: 12, message: "action A1: owner 'Alison Gellett and Ann' names 2 people in one text" }] },
    { name: 'three, with commas and a slash, in a list item', yaml: 'actions:\n  - id: A1\n    title: t\n    owner: [Ann, "Alison Gellett, Amanda Champ / GMSP"]\n    due: 2018-03-31\n', council, errors: [{ line: 8, column: 18, message: /names 3 people in one text/ }] },
    { name: 'a post to be filled is said as a vacancy, not as an unknown person', yaml: 'actions:\n  - id: A1\n    title: t\n    owner: Transfer Co-ordinator, to be appointed\n    due: 2018-03-31\n', council, errors: [{ line: 8, column: 12, severity: 'info', message: /post still to be filled/ }] },
    { name: 'a comma in an unknown name is still an unknown name', yaml: 'actions:\n  - id: A1\n    title: t\n    owner: Ann, Head of Service\n    due: 2018-03-31\n', council, errors: [{ line: 8, column: 12, message: /is not in the council register's people/ }] },
  ],
}));

describe('known-people: several people in one text', () => {
  it('says how to list them, in the field the officer wrote', () => {
    const hints = (owner: string) => lintText(rule, { name: 'plan', yaml: `actions:\n  - id: A1\n    title: t\n    owner: ${owner}\n    due: 2018-03-31\n`, council }).map((d) => d.hint);
    expect(hints('Alison Gellett & Ann')).toEqual(['give each their own place in a list: owner: [Alison Gellett, Ann]']);
    expect(hints('[Ann, "GMSP; Ann"]')).toEqual(['give each their own item in the list']);
  });
});
