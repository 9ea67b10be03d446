/**
 * New YAML text for values being added to a plan, written by eemeli/yaml so that it quotes whatever would
 * otherwise be cut or retyped (" #", ": ", a leading "-", 1e3). Words that older YAML readers take for true or
 * false (yes, no, on, off) are quoted too, as other tools may read the file. Never folds long lines.
 */
import { Document, Scalar, parseDocument, stringify, visit } from 'yaml';

const OPTIONS = { lineWidth: 1e9, minContentWidth: 0 } as const;

/** True when YAML 1.1 (older tools) would read this plain word as a boolean or null. */
function retypedByOlderReaders(text: string): boolean {
  if (!/^[a-z~]{1,5}$/i.test(text)) return false;
  const read = parseDocument(text, { version: '1.1' });
  return read.errors.length === 0 && read.toJS() !== text;
}

function documentFor(value: unknown, flow: boolean): Document {
  const doc = new Document(value);
  visit(doc, {
    Map: (_, n) => void (n.flow = flow),
    Seq: (_, n) => void (n.flow = flow),
    Scalar: (_, n) => {
      if (typeof n.value !== 'string') return;
      // In a flow collection a line break is written as \n inside double quotes, so the item stays on one line.
      if ((flow && /[\n\r]/.test(n.value)) || retypedByOlderReaders(n.value)) n.type = Scalar.QUOTE_DOUBLE;
    },
  });
  return doc;
}

/** A value on one line, as inside [ ] or { }: { date: 2026-12-07, note: "a #3" }. */
export function renderFlow(value: unknown): string {
  // Double-quoted text as JSON writes it (\n, not a folded line break), so the item stays on one line.
  return documentFor(value, true).toString({ ...OPTIONS, doubleQuotedAsJSON: true }).trimEnd();
}

/** A value in block style, as lines without indentation (a mapping's pairs, a list's items, or one scalar). */
export function renderBlock(value: unknown): string[] {
  return documentFor(value, false).toString(OPTIONS).replace(/\n$/, '').split('\n');
}

/** A scalar as it would be written after "key: ". */
export function renderScalar(value: string | number | boolean | null): string {
  if (typeof value === 'string' && retypedByOlderReaders(value)) return JSON.stringify(value);
  return stringify(value, OPTIONS).replace(/\n$/, '');
}
