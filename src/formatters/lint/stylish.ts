/** The default: grouped by file, `line:col  severity  message  rule-id`, with a summary line. */
import { sourceLine } from '../../load/yaml.js';
import { safeLine } from '../../util/text.js';
import type { LintFormatter } from './types.js';

const stylish: LintFormatter = (report, { color: c }) => {
  const out: string[] = [];
  const byFile = new Map<string, typeof report.diagnostics>();
  for (const d of report.diagnostics) {
    const list = byFile.get(d.file) ?? [];
    list.push(d);
    byFile.set(d.file, list);
  }
  for (const [file, list] of byFile) {
    out.push(c.underline(safeLine(file)));
    const posWidth = Math.max(...list.map((d) => `${d.line}:${d.column}`.length));
    const sevWidth = Math.max(...list.map((d) => d.severity.length));
    for (const d of list) {
      const sev = d.severity === 'error' ? c.red(d.severity.padEnd(sevWidth)) : d.severity === 'warning' ? c.yellow(d.severity.padEnd(sevWidth)) : c.blue(d.severity.padEnd(sevWidth));
      out.push(`  ${c.dim(`${d.line}:${d.column}`.padEnd(posWidth))}  ${sev}  ${safeLine(d.message)}  ${c.dim(d.ruleId)}`);
      if (d.hint) out.push(`  ${' '.repeat(posWidth + sevWidth + 4)}${c.dim(`hint: ${safeLine(d.hint)}`)}`);
      const text = report.sources.get(d.file);
      if (d.ruleId.startsWith('yaml/') && text !== undefined) {
        const line = sourceLine(text, d.line);
        if (line) {
          const gutter = `${d.line} | `;
          out.push(`  ${' '.repeat(posWidth + sevWidth + 4)}${c.dim(gutter)}${safeLine(line).slice(0, 160)}`);
          out.push(`  ${' '.repeat(posWidth + sevWidth + 4)}${' '.repeat(gutter.length + Math.max(0, d.column - 1))}${c.red('^')}`);
        }
      }
    }
    out.push('');
  }
  for (const n of report.notes) out.push(c.yellow(`note: ${safeLine(n)}`));
  const count = (s: string) => report.diagnostics.filter((d) => d.severity === s).length;
  const [e, w, i] = [count('error'), count('warning'), count('info')];
  const total = e + w + i;
  const files = `${report.files.length} file${report.files.length === 1 ? '' : 's'} checked`;
  if (total === 0) out.push(c.green(`✓ ${files}: no problems`));
  else {
    const summary = `${e ? '✖' : '!'} ${total} problem${total === 1 ? '' : 's'} (${e} error${e === 1 ? '' : 's'}, ${w} warning${w === 1 ? '' : 's'}, ${i} info) in ${files}`;
    out.push(e ? c.red.bold(summary) : c.yellow.bold(summary));
  }
  return `${out.join('\n')}\n`;
};
export default stylish;
