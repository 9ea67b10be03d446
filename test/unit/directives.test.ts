/**
 * Inline directives (plan-lint-disable-line, plan-lint-disable-next-line): which lines they name, which
 * findings they suppress, and that one suppressing nothing is reported; parseDirectives is held to a
 * line-by-line reading of its own, over random texts.
 */
import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../src/diagnostics.js';
import { applyDirectives, parseDirectives } from '../../src/lint/directives.js';
import { random } from '../helpers.js';

/** The plain reading: every line, in turn. */
function byLines(text: string) {
  const out: { line: number; target: number; column: number; rules: string[] }[] = [];
  text.split('\n').forEach((raw, i) => {
    const m = /(^|\s)#\s*plan-lint-disable-(next-line|line)\b([^\n]*)$/.exec(raw);
    if (!m) return;
    const rules = ((m[3] ?? '').split(' -- ')[0] ?? '').split(/[\s,]+/).filter(Boolean);
    out.push({ line: i + 1, target: m[2] === 'next-line' ? i + 2 : i + 1, column: m.index + m[1]!.length + 1, rules });
  });
  return out;
}

const found = (text: string) => parseDirectives(text).map(({ line, target, column, rules }) => ({ line, target, column, rules }));

function finding(line: number, ruleId: string, file = 'p.yaml'): Diagnostic {
  return { file, line, column: 3, endLine: line, endColumn: 4, severity: 'warning', ruleId, message: `${ruleId} on ${line}` };
}

describe('parseDirectives', () => {
  it('finds each directive with its line, target and column', () => {
    const text = [
      '# plan-lint-disable-next-line known-people -- as printed',
      'owner: Jo Bloggs',
      'total: 563  # plan-lint-disable-line savings-totals, real-dates',
      'note: mentions plan-lint-disable in passing',
      '  #plan-lint-disable-line',
    ].join('\n');
    expect(found(text)).toEqual([
      { line: 1, target: 2, column: 1, rules: ['known-people'] },
      { line: 3, target: 3, column: 13, rules: ['savings-totals', 'real-dates'] },
      { line: 5, target: 5, column: 3, rules: [] },
    ]);
  });

  it('reads CRLF text, a last line without a break, and texts with none', () => {
    expect(found('a: 1\r\nb: 2 # plan-lint-disable-line r1\r\n')).toEqual([{ line: 2, target: 2, column: 6, rules: ['r1'] }]);
    expect(found('a: 1\nb: 2 # plan-lint-disable-line r1')).toEqual([{ line: 2, target: 2, column: 6, rules: ['r1'] }]);
    expect(found('a: 1\nb: 2\n')).toEqual([]);
    expect(found('')).toEqual([]);
  });

  it('agrees with reading line by line, over random texts', () => {
    const next = random(5);
    const pieces = ['a: 1', 'b: x', '# plan-lint-disable-line', ' # plan-lint-disable-next-line r1 -- why', 'c: 2 # plan-lint-disable-line r2,r3', 'plan-lint-disable', '#plan-lint-disable-linex', 'x # plan-lint-disable-next-line', '', '  ', '\r'];
    for (let n = 0; n < 3_000; n++) {
      let text = '';
      for (let i = Math.floor(next() * 12); i > 0; i--) text += pieces[Math.floor(next() * pieces.length)]! + (next() < 0.8 ? '\n' : next() < 0.5 ? '\r\n' : ' ');
      expect(found(text), JSON.stringify(text)).toEqual(byLines(text));
    }
  });

  it('is looked for only where a "#" is, with spaces (any but a line break) before the name', () => {
    expect(found('a: 1 #\u00a0\t plan-lint-disable-line r1')).toEqual([{ line: 1, target: 1, column: 6, rules: ['r1'] }]);
    expect(found('note: plan-lint-disable-line, as text\n# a comment\n')).toEqual([]);
    expect(found('a: 1 #\nplan-lint-disable-line: 2\n')).toEqual([]);
    expect(found('a: 1 # plan-lint-disablement\n')).toEqual([]);
  });
});

describe('applyDirectives', () => {
  const text = ['a: 1 # plan-lint-disable-line r1', '# plan-lint-disable-next-line r2 -- agreed', 'b: 2', 'c: 3 # plan-lint-disable-line r9'].join('\n');

  it('drops the findings a directive names on its line, and keeps the others', () => {
    const kept = applyDirectives('p.yaml', text, [finding(1, 'r1'), finding(1, 'r2'), finding(3, 'r2'), finding(3, 'yaml/duplicate-key'), finding(3, 'r2', 'other.yaml')]);
    expect(kept.map((d) => `${d.file}:${d.line} ${d.ruleId}`)).toEqual(['p.yaml:1 r2', 'p.yaml:3 yaml/duplicate-key', 'other.yaml:3 r2', 'p.yaml:4 unused-disable']);
    expect(kept.at(-1)!.message).toBe('plan-lint-disable directive for r9 suppresses nothing on line 4');
  });

  it('reports a directive without rules that suppresses nothing', () => {
    const kept = applyDirectives('p.yaml', 'a: 1 # plan-lint-disable-line\n', []);
    expect(kept).toMatchObject([{ line: 1, column: 6, ruleId: 'unused-disable', message: 'plan-lint-disable directive for (all rules) suppresses nothing on line 1' }]);
  });
});
