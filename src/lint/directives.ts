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

/** What may stand between a directive's "#" and its name (\s, as in DIRECTIVE, but for a line break). */
const GAP = /[^\S\n]/;

/**
 * Whether a text may hold a directive: a "#", then only spaces, then plan-lint-disable (every text with one
 * does; a few without do too, and parseDirectives finds none there). Asked of every file linted with
 * --quiet, it looks only where a "#" is: plans have a handful, and searching the whole text for the name
 * instead took three times as long (28 against 8.5 ms for the 10,000 plans).
 */
export function mayHaveDirectives(text: string): boolean {
  for (let k = text.indexOf('#'); k !== -1; k = text.indexOf('#', k + 1)) {
    let j = k + 1;
    while (j < text.length && GAP.test(text[j]!)) j++;
    if (text.startsWith('plan-lint-disable', j)) return true;
  }
  return false;
}

export function parseDirectives(text: string): Directive[] {
  const out: Directive[] = [];
  // Only the lines that name a directive are looked at, and lines are counted up to each as it is found
  // (splitting every file that has one into lines took 1.6% of the lint of 10,000 plans; this takes a third
  // of that).
  let line = 1;
  let counted = 0;
  for (let at = text.indexOf('plan-lint-disable'); at !== -1; ) {
    const start = text.lastIndexOf('\n', at) + 1;
    const nl = text.indexOf('\n', at);
    const end = nl === -1 ? text.length : nl;
    for (let i = text.indexOf('\n', counted); i !== -1 && i < start; i = text.indexOf('\n', i + 1)) line++;
    counted = start;
    const m = DIRECTIVE.exec(text.slice(start, end));
    if (m) {
      const rest = (m[3] ?? '').split(' -- ')[0] ?? '';
      const rules = rest.split(/[\s,]+/).filter(Boolean);
      out.push({ line, target: m[2] === 'next-line' ? line + 1 : line, column: (m.index ?? 0) + (m[1]?.length ?? 0) + 1, rules, used: new Set() });
    }
    at = nl === -1 ? -1 : text.indexOf('plan-lint-disable', nl);
  }
  return out;
}

/**
 * The rules whose findings directives may suppress: the ones they name, or every rule ('all') when one
 * names none. Any other rule's findings stand whatever their line, so they need no place to be checked.
 */
export function rulesNamed(directives: readonly Directive[]): ReadonlySet<string> | 'all' {
  const named = new Set<string>();
  for (const x of directives) {
    if (x.rules.length === 0) return 'all';
    for (const r of x.rules) named.add(r);
  }
  return named;
}

export function applyDirectives(file: string, text: string, diagnostics: Diagnostic[], directives: Directive[] = parseDirectives(text)): Diagnostic[] {
  if (directives.length === 0) return diagnostics;
  const kept = diagnostics.filter((d) => {
    if (d.file !== file || d.ruleId.startsWith('yaml/') || d.ruleId.startsWith('file/')) return true;
    const hit = directives.find((x) => x.target === d.line && (x.rules.length === 0 || x.rules.includes(d.ruleId)));
    if (!hit) return true;
    hit.used.add(d.ruleId);
    return false;
  });
  for (const x of directives) {
    const unused = x.rules.length === 0 ? (x.used.size === 0 ? ['(all rules)'] : []) : x.rules.filter((r) => !x.used.has(r));
    if (unused.length) {
      kept.push({ file, line: x.line, column: x.column, endLine: x.line, endColumn: x.column + 1, severity: 'warning', ruleId: 'unused-disable', message: `plan-lint-disable directive for ${unused.join(', ')} suppresses nothing on line ${x.target}`, hint: 'remove it, or check the rule id (plan lint --list-rules)' });
    }
  }
  return kept;
}
