/** What every check produces: a finding at a place in a file, in the shape CI formats expect. */
export type Severity = 'error' | 'warning' | 'info';

export interface Diagnostic {
  file: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  severity: Severity;
  ruleId: string;
  message: string;
  /** what to do about it, when that is not already in the message */
  hint?: string;
}

export interface Range {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

export const FILE_START: Range = { line: 1, column: 1, endLine: 1, endColumn: 1 };

export const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/**
 * File paths and rule ids in a stable order, ignoring case first, then by code unit: the same order in
 * every locale.
 */
export function compareText(a: string, b: string): number {
  const la = a.toLowerCase();
  const lb = b.toLowerCase();
  if (la !== lb) return la < lb ? -1 : 1;
  return a < b ? -1 : a > b ? 1 : 0;
}

export function sortDiagnostics(list: Diagnostic[]): Diagnostic[] {
  return list.sort((a, b) => compareText(a.file, b.file) || a.line - b.line || a.column - b.column || SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] || compareText(a.ruleId, b.ruleId));
}
