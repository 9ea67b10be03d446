import type { ChalkInstance } from 'chalk';
import type { Diagnostic } from '../../diagnostics.js';

export interface RuleInfo {
  id: string;
  description: string;
  severity: string;
  /** its page in the published package (docs/rules), for the rules that have one */
  helpUri?: string;
}

export interface LintReport {
  diagnostics: Diagnostic[];
  /** every file checked, clean or not */
  files: string[];
  rules: RuleInfo[];
  /** source text by file, for excerpts */
  sources: Map<string, string>;
  /** problems not tied to a file (skipped folders) */
  notes: string[];
}

export interface FormatOptions {
  color: ChalkInstance;
  version: string;
}

/** A format: the report as the text to write, whole or in pieces (written in turn, so a long report is never held whole). */
export type LintFormatter = (report: LintReport, options: FormatOptions) => string | Iterable<string>;
