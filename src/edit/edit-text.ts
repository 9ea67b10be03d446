/**
 * A plan's text with a list of edits made, checked: the text must afterwards read as exactly the data the
 * same edits make of the old data, so no edit can lose or retype a value (a " #" cut, a yes read as true).
 */
import { isDeepStrictEqual } from 'node:util';
import { loadYaml } from '../load/yaml.js';
import { EditError, type EditOp, applyEdit, applyToData } from './splice.js';

export { EditError, type EditOp } from './splice.js';

export interface EditedText {
  text: string;
  before: unknown;
  after: unknown;
}

export function editText(text: string, edits: readonly EditOp[]): EditedText {
  const before = loadYaml('plan', text).data;
  if (before === undefined) throw new EditError('the plan cannot be read as YAML; run plan lint on it first');
  const expected = structuredClone(before);
  let out = text;
  for (const edit of edits) {
    out = applyEdit(out, edit);
    applyToData(expected, edit);
  }
  const after = loadYaml('plan', out).data;
  if (!isDeepStrictEqual(after, expected)) throw new EditError('the edited text would not read back as the values given (this is a fault in plan: please report it)');
  return { text: out, before, after };
}

/** editText on a file's own text: a byte order mark and CRLF line ends are kept as they were. */
export function editFileText(raw: string, edits: readonly EditOp[]): EditedText {
  const bom = raw.startsWith('\uFEFF') ? '\uFEFF' : '';
  let text = raw.slice(bom.length);
  const crlf = text.includes('\r\n') && !/(^|[^\r])\n/.test(text);
  if (crlf) text = text.replace(/\r\n/g, '\n');
  const edited = editText(text, edits);
  return { ...edited, text: bom + (crlf ? edited.text.replace(/\n/g, '\r\n') : edited.text) };
}
