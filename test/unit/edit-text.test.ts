/** Edits spliced into YAML text: untouched bytes stay, and any text survives a write and a read. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { editText } from '../../src/edit/edit-text.js';
import { loadYaml } from '../../src/load/yaml.js';

const PLAN = `# a plan
id: p # the id
actions:
  - id: A1 # first
    title: x
    updates:
      - date: 2017-01-01 # c
        commentary: hello

      # between
      - { date: 2017-02-01 }
    milestones:
      - { id: M1, title: t }
      - id: M2
        title: u
        updates: [ { date: 2017-01-01 } ]
  # before A2
  - id: A2
    title: y
measures:
  - id: K1
    actuals: []
`;

const updatePaths = [
  ['actions', 0, 'updates'],
  ['actions', 1, 'updates'],
  ['actions', 0, 'milestones', 0, 'updates'],
  ['actions', 0, 'milestones', 1, 'updates'],
  ['measures', 0, 'actuals'],
] as const;

/** Lines of a that are not in b, by a simple multiset count. */
function removedLines(a: string, b: string): string[] {
  const count = new Map<string, number>();
  for (const l of b.split('\n')) count.set(l, (count.get(l) ?? 0) + 1);
  return a.split('\n').filter((l) => {
    const n = count.get(l) ?? 0;
    if (n > 0) count.set(l, n - 1);
    return n === 0;
  });
}

describe('editText', () => {
  it('appends to block and flow lists, and makes a missing list, keeping every old line', () => {
    for (const path of updatePaths) {
      const { text, after } = editText(PLAN, [{ op: 'append', path, value: { date: '2017-03-01', commentary: 'Cameras installed at hotspots #3 and #5' } }]);
      expect(removedLines(PLAN, text).filter((l) => !/updates: \[|\{ id: M1|actuals: \[\]/.test(l))).toEqual([]);
      expect(text).toContain('#3 and #5');
      let node: any = after;
      for (const seg of path) node = node[seg];
      expect(node.at(-1).commentary).toBe('Cameras installed at hotspots #3 and #5');
    }
  });
  it('a new block item goes after the last one, at its indentation', () => {
    const { text } = editText(PLAN, [{ op: 'append', path: ['actions', 0, 'updates'], value: { date: '2017-03-01', status: 'on-track' } }]);
    expect(text).toContain("      - { date: 2017-02-01 }\n      - { date: 2017-03-01, status: on-track }\n    milestones:");
  });
  it('sets a value in place, keeping the comment after it', () => {
    const { text } = editText(PLAN, [{ op: 'set', path: ['id'], value: '2026-07' }]);
    expect(text.split('\n')[1]).toBe('id: 2026-07 # the id');
  });
  it('quotes what YAML would cut or retype', () => {
    for (const s of ['a #3', 'x: y', '- lead', 'yes', '1e3', '2026-07', 'null', '', ' ', '"q"', "it's", '@x', '[a]']) {
      const { after } = editText(PLAN, [{ op: 'append', path: ['actions', 1, 'updates'], value: { date: '2017-03-01', commentary: s } }]);
      expect((after as any).actions[1].updates[0].commentary).toBe(s);
    }
  });
  it('a text with blank lines and a backslash, added after a flow item, is one line and reads back', () => {
    // found by the property below: the double-quoted text was folded over several lines, out of the list
    const s = 'CamerasCameras##\n\nno2026-072026-07\\';
    const { text, after } = editText(PLAN, [{ op: 'append', path: ['actions', 0, 'updates'], value: { date: '2017-03-01', commentary: s } }]);
    expect(text).toContain('      - { date: 2017-03-01, commentary: "CamerasCameras##\\n\\nno2026-072026-07\\\\" }\n    milestones:');
    expect((after as any).actions[0].updates[2].commentary).toBe(s);
  });
  it('property: any commentary survives a write and a read unchanged, in every kind of list', () => {
    const pieces = fc.constantFrom('#', ' #', ': ', '"', "'", '-', '- ', '?', '|', '>', '&a', '*a', '!', '%', '@', '`', '{', '}', '[', ']', ',', '\n', '\n\n', '\t', ' ', 'yes', 'no', '1e3', '2026-07', 'null', '~', 'é', '漢字', '🙂', '\u2028', 'Cameras', '\\');
    const commentary = fc.oneof(fc.array(pieces, { maxLength: 12 }).map((p) => p.join('')), fc.string({ unit: 'grapheme', maxLength: 30 }), fc.string({ unit: 'binary', maxLength: 30 }));
    fc.assert(
      fc.property(commentary, fc.constantFrom(...updatePaths), (s, path) => {
        // Text YAML can never hold (a lone surrogate, most C0 controls, BOM) is refused, never written wrong.
        let edited;
        try {
          edited = editText(PLAN, [{ op: 'append', path, value: { date: '2017-03-01', commentary: s } }]);
        } catch (err) {
          expect(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ud800-\udfff\ufeff\ufffe\uffff\u007f-\u009f]/u.test(s) || /[\ud800-\udfff]/.test(s), `${JSON.stringify(s)}: ${String(err)}`).toBe(true);
          return;
        }
        let node: any = loadYaml('p', edited.text).data;
        for (const seg of path) node = node[seg];
        expect(node.at(-1).commentary).toBe(s);
      }),
      { numRuns: 500 },
    );
  });
});
