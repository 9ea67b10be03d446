/** An array of {file, line, column, endLine, endColumn, severity, ruleId, message}, for scripts. */
import { jsonListChunks } from '../../util/json-chunks.js';
import type { LintFormatter } from './types.js';

const json: LintFormatter = function* (report) {
  // In pieces, a finding each: the findings of a corpus linted without --quiet are millions of characters.
  yield* jsonListChunks(report.diagnostics, (d) => ({ file: d.file, line: d.line, column: d.column, endLine: d.endLine, endColumn: d.endColumn, severity: d.severity, ruleId: d.ruleId, message: d.message, ...(d.hint ? { hint: d.hint } : {}) }));
  yield '\n';
};
export default json;
