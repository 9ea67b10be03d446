/** JUnit XML: a test suite per file, a test case per finding (or one passing case for a clean file). */
import { groupBy } from '../../util/group.js';
import type { LintFormatter } from './types.js';

// eslint-disable-next-line no-control-regex
const INVALID_XML = /[^\u0009\u000a\u000d\u0020-\ud7ff\ue000-\ufffd\u{10000}-\u{10ffff}]/gu;

export function xmlEscape(s: string): string {
  return s.replace(INVALID_XML, (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');
}

const junit: LintFormatter = (report) => {
  const out = ['<?xml version="1.0" encoding="UTF-8"?>'];
  const failures = report.diagnostics.filter((d) => d.severity === 'error').length;
  out.push(`<testsuites name="plan lint" tests="${Math.max(report.diagnostics.length, report.files.length)}" failures="${failures}">`);
  // Each file's findings, in their order.
  const byFile = groupBy(report.diagnostics, (d) => [d.file]);
  for (const file of report.files) {
    const list = byFile.get(file) ?? [];
    const errors = list.filter((d) => d.severity === 'error').length;
    out.push(`  <testsuite name="${xmlEscape(file)}" tests="${Math.max(list.length, 1)}" failures="${errors}" errors="0">`);
    if (list.length === 0) out.push(`    <testcase name="${xmlEscape(file)}" classname="plan.lint"/>`);
    for (const d of list) {
      const name = `${d.line}:${d.column} ${d.ruleId}`;
      out.push(`    <testcase name="${xmlEscape(name)}" classname="${xmlEscape(`plan.lint.${d.ruleId}`)}" file="${xmlEscape(file)}" line="${d.line}">`);
      const body = xmlEscape(`${file}:${d.line}:${d.column}: ${d.message}${d.hint ? ` (hint: ${d.hint})` : ''}`);
      if (d.severity === 'error') out.push(`      <failure type="${xmlEscape(d.ruleId)}" message="${xmlEscape(d.message)}">${body}</failure>`);
      else out.push(`      <system-out>${xmlEscape(d.severity)}: ${body}</system-out>`);
      out.push('    </testcase>');
    }
    out.push('  </testsuite>');
  }
  out.push('</testsuites>');
  return `${out.join('\n')}\n`;
};
export default junit;
