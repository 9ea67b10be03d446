/** The text-cut-by-comment rule: text that ' #' cut short is reported; comments written on purpose are not. */
import { describe } from 'vitest';
import rule from '../../src/lint/rules/text-cut-by-comment.js';
import { ruleTester } from './rule-tester.js';

const action = (line: string) => `actions:\n  - id: A1\n    title: Cameras\n    owner: Ann Example\n    due: 2018-03-31\n    updates:\n      - date: 2017-06-30\n        ${line}\n`;

describe('text-cut-by-comment', () => ruleTester(rule, {
  valid: [
    { name: 'quoted text with #', yaml: action('commentary: "Cameras installed at hotspots #3 and #5"') },
    { name: 'a comment written on purpose, with a space after #', yaml: action('commentary: Cameras installed # see the cabinet report') },
    { name: 'a # inside a word is text, not a comment', yaml: action('commentary: Item C#3 done') },
    { name: 'a lint directive', yaml: action('commentary: Done #plan-lint-disable-line unresolved-tbc') },
    { name: 'a comment on its own line', yaml: action('commentary: Done\n        #3 was later') },
  ],
  invalid: [
    {
      name: 'the issue: hotspots #3 and #5',
      yaml: action('commentary: Cameras installed at hotspots #3 and #5'),
      errors: [{ line: 12, column: 21, message: /stored as 'Cameras installed at hotspots' without '#3 and #5'/ }],
    },
    { name: 'a hashtag in a title', yaml: 'title: Plan for #LocalFirst\n', errors: [{ line: 5, column: 8, message: /title: .*#LocalFirst/ }] },
    { name: 'an item of a list of notes', yaml: 'notes:\n  - Room #4 booked\n', errors: [{ line: 6, column: 5, message: /'Room' without '#4 booked'/ }] },
  ],
}));
