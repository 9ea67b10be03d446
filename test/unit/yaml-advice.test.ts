/**
 * YAML syntax errors in plain words (src/load/yaml-advice.ts): each everyday mistake, made as an officer
 * would make it in a plan, gives one finding, placed at the mistake, saying what is wrong and what to do.
 * The messages and hints are written out in full, so a change of wording is a change to this file.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { GENERAL_HINT, quoted } from '../../src/load/yaml-advice.js';
import { loadYaml } from '../../src/load/yaml.js';
import { LINEAR, ROOT, growth } from '../helpers.js';

const findings = (text: string) => loadYaml('f.yaml', text).diagnostics.map((d) => `${d.line}:${d.column} ${d.ruleId} | ${d.message} | ${d.hint ?? '(no hint)'}`);

const QUOTE_IT = 'put the whole value in quotes';
const CLOSE_IT = 'close the list with ] on the same line, as in owner: [A, B]; or write each item on a line of its own, starting with -';
const ADD_COLON = 'add the colon after the key; or, if the line goes on with the text of the line above, indent it further than that key';

const CASES: [string, string, string][] = [
  ['a colon and a space in a value', 'id: x\ntitle: Review: phase 2\n', `2:8 yaml/BLOCK_AS_IMPLICIT_KEY | this value has ': ' (a colon and a space) in it, which YAML reads as the start of another key | ${QUOTE_IT}: title: "Review: phase 2"`],
  ['... in a list item, with a comment after it', 'actions:\n  - title: Review: phase 2  # q3\n', `2:12 yaml/BLOCK_AS_IMPLICIT_KEY | this value has ': ' (a colon and a space) in it, which YAML reads as the start of another key | ${QUOTE_IT}: - title: "Review: phase 2"`],
  ['... with double quotes inside', 'id: x\ntitle: He said "go": now\n', `2:8 yaml/BLOCK_AS_IMPLICIT_KEY | this value has ': ' (a colon and a space) in it, which YAML reads as the start of another key | ${QUOTE_IT}: title: 'He said "go": now'`],
  ['a key indented one step too far (one finding, on that line)', 'id: x\n  title: y\n', "2:3 yaml/BLOCK_AS_IMPLICIT_KEY | this line is indented further than the key above it, so YAML reads it as more of that key's value | line it up with the key above (the same number of spaces); or, to put it inside that key, leave nothing after that key's colon"],
  ['no space after the colon', 'id: x\ntitle:y\nnext: 1\n', "2:1 yaml/MULTILINE_IMPLICIT_KEY | a key needs a space after its colon: YAML reads 'title:y' as text, not a key and its value | put a space after the colon: title: y"],
  ['no colon at all', 'id: x\ntitle y\nnext: 1\n', `2:1 yaml/MULTILINE_IMPLICIT_KEY | this line is neither a key with its value (key: value) nor a list item (- ...) | ${ADD_COLON}`],
  ['... on the last line', 'id: x\ntitle y\n', `2:1 yaml/MISSING_CHAR | this line is neither a key with its value (key: value) nor a list item (- ...) | ${ADD_COLON}`],
  ['no space after the colon, on the last line', 'id: x\ntitle:y\n', "2:1 yaml/MISSING_CHAR | a key needs a space after its colon: YAML reads 'title:y' as text, not a key and its value | put a space after the colon: title: y"],
  ['a double quote left open', 'id: x\ntitle: "open\nnext: 1\n', '2:8 yaml/MISSING_CHAR | this " quote is not closed on its line | end the value with " on the same line, or take the quote away (most values need none)'],
  ['a single quote left open', "id: x\ntitle: 'open\nnext: 1\n", "2:8 yaml/MISSING_CHAR | this ' quote is not closed on its line | end the value with ' on the same line, or take the quote away (most values need none)"],
  ['a key between two indentations', 'actions:\n  - id: A1\n    title: t\n   due: 2018-01-01\n', '4:1 yaml/MISSING_CHAR | this line is indented less than the item above it but more than its list, so YAML cannot tell where it belongs | line it up with the keys of the item above (the same number of spaces), or start a new item with -'],
  ['a [ list never closed: the [ is named', 'id: x\nowner: [A, B\nnext: 1\n', `2:8 yaml/BAD_INDENT | this [ is not closed with ] on its line | ${CLOSE_IT}`],
  ['... and the line after read as more of it (one finding)', 'owner: [A, B\n  C: d e\n', `1:8 yaml/MULTILINE_IMPLICIT_KEY | this [ is not closed with ] on its line | ${CLOSE_IT}`],
  ['... with a [ in a quoted value before it', 'id: x\ntitle: "[draft"\nowner: [A\nnext: 1\n', `3:8 yaml/BAD_INDENT | this [ is not closed with ] on its line | ${CLOSE_IT}`],
  ['a { mapping never closed', 'id: x\nowner: {a: [1], b: 2\nnext: 1\n', '2:8 yaml/BAD_INDENT | this { is not closed with } on its line | close it with } on the same line, or write each key on a line of its own'],
  ['list items out of line', 'actions:\n  - id: A1\n   - id: A2\n', '3:4 yaml/BAD_INDENT | this list item does not line up with the items above it | indent it with the same number of spaces as the items above it'],
  ['keys out of line', 'a:\n  b: 1\n c: 2\n', '3:1 yaml/BAD_INDENT | this key does not line up with the keys above it | indent it with the same number of spaces as the keys above it'],
  ['a value starting with @', 'id: x\nowner: @bob\n', '2:8 yaml/BAD_SCALAR_START | a value cannot start with @ unless it is in quotes | put the value in quotes: owner: "@bob"'],
  ['a value starting with %', 'id: x\nnote: %done\n', '2:7 yaml/BAD_SCALAR_START | a value cannot start with % unless it is in quotes | put the value in quotes: note: "%done"'],
  ['a value starting with &', 'id: x\nnote: & more\n', '2:7 yaml/BAD_ALIAS | a value cannot start with & unless it is in quotes (YAML reads & there as an anchor) | put the value in quotes: note: "& more"'],
  ['a backslash in double quotes', 'id: x\npath: "C:\\new\\q"\n', "2:14 yaml/BAD_DQ_ESCAPE | in double quotes a backslash starts an escape, and \\q is not one | use single quotes instead ('C:\\files'), or write each \\ as \\\\"],
  ['text after a closing quote', 'id: x\ntitle: "Draft" plan\n', `2:16 yaml/UNEXPECTED_TOKEN | text follows the closing quote of this value | ${QUOTE_IT}: title: '"Draft" plan'`],
  ['text after a closing bracket', 'id: x\ntitle: [draft] plan\n', `2:16 yaml/UNEXPECTED_TOKEN | text follows the closing ] of this value: a value starting with [ is read as a list | ${QUOTE_IT}: title: "[draft] plan"`],
  ['a ] that closes nothing', 'id: x\nowner: [A, B]]\n', '2:14 yaml/UNEXPECTED_TOKEN | this ] closes nothing: there is no [ open before it | take it away, or put the whole value in quotes'],
  ['text after | on its line', 'id: x\ntitle: | text\n', '2:10 yaml/UNEXPECTED_TOKEN | text after | on its line: the text of a | value starts on the next line | move the text to the next line, indented further than the key; or take the | away'],
  ['a tab for indentation', 'id: x\n\ttitle: y\n', '2:1 yaml/TAB_AS_INDENT | this line is indented with a tab: YAML indents with spaces only | replace the tab with spaces (most editors can convert indentation to spaces)'],
  ['anything else: the parser\'s words and the general advice', 'id: &a &b x\n', `1:8 yaml/MULTIPLE_ANCHORS | A node can have at most one anchor | ${GENERAL_HINT}`],
];

describe('YAML mistakes in plain words', () => {
  for (const [name, text, expected] of CASES) {
    it(name, () => expect(findings(text)).toEqual([expected]));
  }

  it('the same on Windows line ends', () => {
    for (const [, text, expected] of CASES) expect(findings(text.replaceAll('\n', '\r\n')), text).toEqual([expected]);
  });

  it('the value in quotes, as a hint shows it, reads back as that value', () => {
    const line = fc.string({ unit: fc.constantFrom('a', 'B', ' ', ':', '#', '"', "'", '\\', '[', '}', '&', '@', '%', '-', '£', 'é'), minLength: 1, maxLength: 20 });
    fc.assert(
      fc.property(line, (value) => {
        expect(parse(`title: ${quoted(value)}\n`)).toEqual({ title: value });
      }),
    );
  });

  it('the hint for a colon in a value, followed, gives the value meant', () => {
    const hint = findings('id: x\ntitle: Review: phase 2\n')[0]!.split(' | ')[2]!;
    const fixed = hint.slice(hint.indexOf(': ') + 2);
    expect(parse(`id: x\n${fixed}\n`)).toEqual({ id: 'x', title: 'Review: phase 2' });
  });

  it('every YAML syntax error in the hostile catalogue says what to do', () => {
    const dir = join(ROOT, 'test/fixtures/hostile');
    let seen = 0;
    for (const name of readdirSync(dir).filter((f) => /\.ya?ml$/.test(f))) {
      for (const d of loadYaml(name, readFileSync(join(dir, name), 'utf8')).diagnostics) {
        if (!d.ruleId.startsWith('yaml/')) continue;
        seen++;
        expect(d.hint, `${name} ${d.line}:${d.column} ${d.ruleId}`).toBeTruthy();
      }
    }
    expect(seen).toBeGreaterThan(5);
  });

  it('a long value is advised without an example that would not fit', () => {
    expect(findings(`id: x\ntitle: ${'word '.repeat(150)}: b\n`)).toEqual([`2:8 yaml/BLOCK_AS_IMPLICIT_KEY | this value has ': ' (a colon and a space) in it, which YAML reads as the start of another key | ${QUOTE_IT} ("...")`]);
  });

  it('mistakes on lines 100,000 characters long are advised at once (only the line near each is read)', () => {
    const texts = (n: number) => {
      const long = 'a: - '.repeat(n);
      return [`id: x\ntitle: ${long}: b\n`, `id: x\ntitle ${long}\nnext: 1\n`, `id: x\nowner: [${long}\nnext: 1\n`, `id: x\n  title: ${long}\n`];
    };
    for (const text of texts(20_000)) {
      const d = loadYaml('f.yaml', text).diagnostics;
      expect(d.length).toBeGreaterThan(0);
      for (const x of d) expect(x.hint).toBeTruthy();
    }
    expect(growth(texts, (all) => all.map((text) => loadYaml('f.yaml', text)), 10_000)).toBeLessThan(LINEAR);
  });
});
