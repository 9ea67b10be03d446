/** GitHub Actions workflow commands: ::error file=...,line=...,col=...::message, escaped as the runner requires. */
import { safeLine } from '../../util/text.js';
import type { LintFormatter } from './types.js';

const COMMAND: Record<string, string> = { error: 'error', warning: 'warning', info: 'notice' };

export function escapeData(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

export function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

const github: LintFormatter = (report) =>
  report.diagnostics
    .map((d) => {
      const props = [`file=${escapeProperty(safeLine(d.file))}`, `line=${d.line}`, `col=${d.column}`, `endLine=${d.endLine}`, `endColumn=${d.endColumn}`, `title=${escapeProperty(`plan ${d.ruleId}`)}`].join(',');
      const text = safeLine(d.hint ? `${d.message} (hint: ${d.hint})` : d.message);
      return `::${COMMAND[d.severity] ?? 'warning'} ${props}::${escapeData(text)}\n`;
    })
    .join('');
export default github;
