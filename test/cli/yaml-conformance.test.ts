/**
 * plan reads YAML as eemeli/yaml does. Texts that once read differently (a hand-written scanner took some
 * as valid that eemeli/yaml refuses) go through `plan lint` as users run it: every error and warning
 * eemeli/yaml gives must be a yaml/* finding at its line, an error must make lint exit 1, and a text it
 * reads without error must give its data exactly.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { LineCounter, Parser, parseDocument } from 'yaml';
import { afterAll, describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../src/diagnostics.js';
import { loadYaml } from '../../src/load/yaml.js';
import { runPlan, tempDir } from '../helpers.js';

const CASES: [string, string][] = [
  ['a block sequence inside a flow sequence', 'title: [-]\n'],
  ['a double-quoted line break escaped before an empty line', 'a: "x\\\n\n  y"\n'],
  ['a block sequence after a flow item', 'title: [x, -]\n'],
  ['a block sequence inside a flow mapping', 'title: {b: -}\n'],
  ['a quoted key over 1,024 characters', `"${'k'.repeat(1_100)}": 1\n`],
  ['a plain key over 1,024 characters', `${'k'.repeat(1_100)}: 1\n`],
  ['an unknown directive before ---', '%FOO bar\n---\ntitle: x\n'],
  ['an escape past the last code point', 'title: "\\U00110000"\n'],
];

/** What eemeli/yaml itself makes of a text: its data, and each error and warning with its line. */
function reference(text: string): { data: unknown; errors: { code: string; line: number }[]; warnings: { code: string; line: number }[] } {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter });
  const at = (e: { code: string; pos: [number, number] }) => ({ code: e.code, line: lineCounter.linePos(e.pos[0]).line });
  return { data: doc.toJS(), errors: doc.errors.map(at), warnings: doc.warnings.map(at) };
}

describe('YAML as eemeli/yaml reads it, through plan lint', () => {
  const t = tempDir();
  afterAll(() => t.cleanup());

  CASES.forEach(([name, text], i) => {
    it(name, () => {
      const file = `case-${i}.yaml`;
      writeFileSync(join(t.dir, file), text);
      const run = runPlan(['lint', file, '--format', 'json'], { cwd: t.dir });
      const findings = JSON.parse(run.stdout) as Diagnostic[];
      const yaml = findings.filter((d) => d.ruleId.startsWith('yaml/'));
      const expected = reference(text);
      for (const e of expected.errors) {
        expect(yaml.some((d) => d.severity === 'error' && d.line === e.line), `${e.code} at line ${e.line}: ${JSON.stringify(yaml)}`).toBe(true);
      }
      for (const w of expected.warnings) {
        expect(yaml.some((d) => d.ruleId === `yaml/${w.code}` && d.line === w.line), `${w.code} at line ${w.line}: ${JSON.stringify(yaml)}`).toBe(true);
      }
      const loaded = loadYaml(file, text);
      if (expected.errors.length > 0) {
        expect(run.code).toBe(1);
        expect(loaded.data).toBeUndefined();
      } else {
        expect(yaml.filter((d) => d.severity === 'error')).toEqual([]);
        expect(loaded.data).toEqual(expected.data);
        expect(loaded.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
      }
    });
  });

  it('places findings on lines counted from the text itself, not by the parser (which can miss a line feed)', () => {
    const text = '*\r\r\n\r';
    const parsed = new LineCounter();
    for (const _ of new Parser(parsed.addNewLine).parse(text));
    expect(parsed.lineStarts).toEqual([0]);
    const loaded = loadYaml('f.yaml', text);
    expect(loaded.lineCounter.lineStarts).toEqual([0, 4]);
    expect(loaded.rangeOf(4, 5).line).toBe(2);
    expect(loaded.diagnostics.map((d) => d.line)).toContain(1);
  });
});
