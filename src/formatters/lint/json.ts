/** An array of {file, line, column, endLine, endColumn, severity, ruleId, message}, for scripts. */
import type { LintFormatter } from './types.js';

const json: LintFormatter = (report) => {
  const findings = report.diagnostics.map((d) => ({ file: d.file, line: d.line, column: d.column, endLine: d.endLine, endColumn: d.endColumn, severity: d.severity, ruleId: d.ruleId, message: d.message, ...(d.hint ? { hint: d.hint } : {}) }));
  return `${JSON.stringify(findings, null, 2)}\n`;
};
export default json;
