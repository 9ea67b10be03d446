/** The default: grouped by file, `line:col  severity  message  rule-id`, with a summary line. */
import type { Diagnostic } from '../../diagnostics.js';
import { sourceLine } from '../../load/yaml.js';
import { safeLine } from '../../util/text.js';
import type { FormatOptions, LintFormatter, LintReport } from './types.js';

/** Text is given out in pieces of about this many characters, so a run with many findings is never held whole. */
const PIECE = 1 << 16;

function* stylish(report: LintReport, { color: c }: FormatOptions): Generator<string> {
  const byFile = new Map<string, Diagnostic[]>();
  for (const d of report.diagnostics) {
    const list = byFile.get(d.file);
    if (list) list.push(d);
    else byFile.set(d.file, [d]);
  }
  let piece = '';
  for (const list of byFile.values()) {
    piece += fileBlock(report, list, c);
    if (piece.length >= PIECE) {
      yield piece;
      piece = '';
    }
  }
  const out: string[] = [];
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
  yield `${piece}${out.join('\n')}\n`;
}

/** One file's name and findings, and a blank line after them. */
function fileBlock(report: LintReport, list: readonly Diagnostic[], c: FormatOptions['color']): string {
  const out: string[] = [c.underline(safeLine(list[0]!.file))];
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
  return `${out.join('\n')}\n\n`;
}

export default stylish satisfies LintFormatter;
