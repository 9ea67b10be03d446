/**
 * The edited plan checked before it is written: it must match the schema, and it must not bring a lint
 * error the plan did not have before (errors already there are the officer's to mend, and are not held
 * against an unrelated edit).
 */
import type { Config } from '../config.js';
import type { Diagnostic } from '../diagnostics.js';
import type { Day } from '../model/dates.js';
import { lintDocuments } from '../lint/engine.js';
import { Councils, type LoadedDoc, loadDocument } from '../project.js';

function errorsOf(doc: LoadedDoc, config: Config, asOf: Day, cwd: string): Diagnostic[] {
  const councils = new Councils(config, cwd);
  return lintDocuments([doc], councils, { config, asOf, show: 'errors' }).filter((d) => d.severity === 'error');
}

const said = (d: Diagnostic) => `${d.ruleId} ${d.message}`;

/** The errors the edit brings, each as file:line:column and message; empty when the edit may be written. */
export function newErrors(before: LoadedDoc, text: string, config: Config, asOf: Day, cwd: string): Diagnostic[] {
  const after = loadDocument(before.path, config, { cwd, text, kind: before.kind });
  const old = new Map<string, number>();
  for (const d of errorsOf(before, config, asOf, cwd)) old.set(said(d), (old.get(said(d)) ?? 0) + 1);
  return errorsOf(after, config, asOf, cwd).filter((d) => {
    const n = old.get(said(d)) ?? 0;
    if (n > 0) old.set(said(d), n - 1);
    return n === 0;
  });
}
