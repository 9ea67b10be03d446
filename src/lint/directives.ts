/**
 * Inline directives, as in ESLint: an officer can acknowledge a finding where it stands, with a reason,
 * instead of turning a rule off for every plan.
 *
 *   total: 563  # plan-lint-disable-line savings-totals -- printed so in the source; the years add to 623
 *   # plan-lint-disable-next-line known-people -- name as printed in the signed-off plan
 *
 * A directive that suppresses nothing is itself reported, so stale ones do not pile up.
 */
import type { Diagnostic } from '../diagnostics.js';

export interface Directive {
  line: number;
  target: number;
  column: number;
  rules: string[];
  used: Set<string>;
}

const DIRECTIVE = /(^|\s)#\s*plan-lint-disable-(next-line|line)\b([^\n]*)$/;

/** Every directive in a text, line by line: its line, the line it applies to, its column and the rules it names. */
export function parseDirectives(text: string): Directive[] {
  const out: Directive[] = [];
  text.split('\n').forEach((raw, i) => {
    const m = DIRECTIVE.exec(raw);
    if (!m) return;
    const line = i + 1;
    const rest = (m[3] ?? '').split(' -- ')[0] ?? '';
    const rules = rest.split(/[\s,]+/).filter(Boolean);
    out.push({ line, target: m[2] === 'next-line' ? line + 1 : line, column: m.index + (m[1]?.length ?? 0) + 1, rules, used: new Set() });
  });
  return out;
}

/**
 * The findings no directive in the text suppresses, then a warning for each directive that suppressed nothing.
 * notRun: rules a directive may name that this pass does not run (lint --history's), so cannot be called unused.
 */
export function applyDirectives(file: string, text: string, diagnostics: Diagnostic[], notRun: ReadonlySet<string> = new Set()): Diagnostic[] {
  const directives = parseDirectives(text);
  if (directives.length === 0) return diagnostics;
  const kept = diagnostics.filter((d) => {
    if (d.file !== file || d.ruleId.startsWith('yaml/') || d.ruleId.startsWith('file/')) return true;
    const hit = directives.find((x) => x.target === d.line && (x.rules.length === 0 || x.rules.includes(d.ruleId)));
    if (!hit) return true;
    hit.used.add(d.ruleId);
    return false;
  });
  for (const x of directives) {
    const unused = x.rules.length === 0 ? (x.used.size === 0 ? ['(all rules)'] : []) : x.rules.filter((r) => !x.used.has(r) && !notRun.has(r));
    if (unused.length) {
      kept.push({ file, line: x.line, column: x.column, endLine: x.line, endColumn: x.column + 1, severity: 'warning', ruleId: 'unused-disable', message: `plan-lint-disable directive for ${unused.join(', ')} suppresses nothing on line ${x.target}`, hint: 'remove it, or check the rule id (plan lint --list-rules)' });
    }
  }
  return kept;
}
