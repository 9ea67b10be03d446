/**
 * Edits to YAML text made by splicing new text in at the places the document layer gives for its nodes, so
 * every byte outside the edit (comments, blank lines, key order, quoting, flow style) stays as it was.
 * Each edit reads the text afresh: src/edit/edit-text.ts applies a list of them one after another.
 */
import { type Node, type Pair, type YAMLMap, type YAMLSeq, isMap, isScalar, isSeq } from 'yaml';
import { type PathSegment, type YamlDocument, loadYaml } from '../load/yaml.js';
import { renderBlock, renderFlow } from './render.js';

/** An edit that cannot be made to this text (a path that is not there, a value of the wrong kind). */
export class EditError extends Error {
  constructor(
    message: string,
    readonly hint?: string,
  ) {
    super(message);
  }
}

/** One change to a plan: set a value (adding its key if missing), or add an item to the end of a list (making the list if missing). */
export type EditOp = { op: 'set'; path: readonly PathSegment[]; value: unknown } | { op: 'append'; path: readonly PathSegment[]; value: unknown };

function parsed(text: string): YamlDocument {
  const yaml = loadYaml('plan', text);
  if (!yaml.doc || yaml.data === undefined) throw new EditError(`the plan cannot be read as YAML: ${yaml.diagnostics[0]?.message ?? 'unknown error'}`);
  return yaml;
}

function pairOf(map: YAMLMap, key: PathSegment): Pair | undefined {
  return (map.items as Pair[]).find((p) => (isScalar(p.key) ? p.key.value : p.key) === key);
}

function nodeAt(yaml: YamlDocument, path: readonly PathSegment[]): Node | undefined {
  let node: unknown = yaml.doc!.contents;
  for (const seg of path) {
    if (isMap(node)) node = pairOf(node, seg)?.value;
    else if (isSeq(node) && typeof seg === 'number') node = node.items[seg];
    else return undefined;
  }
  return (node ?? undefined) as Node | undefined;
}

function rangeOf(node: Node): [number, number, number] {
  if (!node.range) throw new EditError('a node without a place in the text');
  return node.range;
}

function lineStart(text: string, offset: number): number {
  return text.lastIndexOf('\n', offset - 1) + 1;
}

/** The offset just after the line holding offset - 1 ends: where a new line after a node goes. */
function afterLine(text: string, end: number): { at: number; lead: string } {
  if (end > 0 && text[end - 1] === '\n') return { at: end, lead: '' };
  const nl = text.indexOf('\n', end);
  return nl < 0 ? { at: text.length, lead: '\n' } : { at: nl + 1, lead: '' };
}

function splice(text: string, at: number, end: number, insert: string): string {
  return text.slice(0, at) + insert + text.slice(end);
}

/** Lines indented by a number of spaces; empty lines stay empty, so no line gains trailing spaces. */
function indent(lines: readonly string[], first: string, rest: string): string {
  return lines.map((l, i) => (i === 0 ? first + l : l === '' ? '' : rest + l)).join('\n');
}

/**
 * Adds text to a flow collection after its last item (", " before it), or inside its brackets when it is
 * empty, leaving the spacing the officer wrote around the brackets as it was.
 */
function addToFlow(text: string, node: YAMLMap | YAMLSeq, itemText: string): string {
  const last = node.items.at(-1) as Pair | Node | undefined;
  const lastNode = (last && 'key' in last ? ((last.value ?? last.key) as Node | null) : (last as Node | undefined)) ?? undefined;
  if (lastNode) {
    const end = rangeOf(lastNode)[1];
    return splice(text, end, end, `, ${itemText}`);
  }
  const [start, end] = rangeOf(node);
  const at = text.lastIndexOf(isMap(node) ? '}' : ']', end - 1);
  if (at < start) throw new EditError('a flow collection without its closing bracket');
  return splice(text, at, at, ` ${itemText} `);
}

/** Adds key: value as the last pair of a mapping, in the mapping's own style. */
function addPair(text: string, map: YAMLMap, key: string, value: unknown): string {
  if (map.flow) return addToFlow(text, map, renderFlow({ [key]: value }).slice(2, -2));
  const [start, end] = rangeOf(map);
  const col = ' '.repeat(start - lineStart(text, start));
  const { at, lead } = afterLine(text, end);
  return splice(text, at, at, `${lead}${indent(renderBlock({ [key]: value }), col, col)}\n`);
}

/** Replaces a scalar's text, keeping whatever follows it on its line (a comment). */
function replaceScalar(text: string, node: Node, value: unknown, inFlow: boolean): string {
  const [start, valueEnd] = rangeOf(node);
  if (!isScalar(node)) throw new EditError('only a single value can be replaced');
  const lines = inFlow ? [renderFlow(value)] : renderBlock(value);
  if (lines.length > 1) {
    const col = ' '.repeat(start - lineStart(text, start));
    return splice(text, start, valueEnd, indent(lines, '', col));
  }
  return splice(text, start, valueEnd, lines[0]!);
}

function set(text: string, path: readonly PathSegment[], value: unknown): string {
  const yaml = parsed(text);
  const parentPath = path.slice(0, -1);
  const key = path.at(-1);
  const parent = nodeAt(yaml, parentPath);
  if (!isMap(parent) || typeof key !== 'string') throw new EditError(`no mapping at ${parentPath.join('.') || 'the top'} to set ${String(key)} in`);
  const pair = pairOf(parent, key);
  if (!pair || pair.value === null || pair.value === undefined) {
    if (pair) throw new EditError(`${key} has no value to replace`);
    return addPair(text, parent, key, value);
  }
  return replaceScalar(text, pair.value as Node, value, Boolean(parent.flow));
}

function append(text: string, path: readonly PathSegment[], item: unknown): string {
  const yaml = parsed(text);
  const list = nodeAt(yaml, path);
  if (list === undefined) {
    const parent = nodeAt(yaml, path.slice(0, -1));
    const key = path.at(-1);
    if (!isMap(parent) || typeof key !== 'string') throw new EditError(`no mapping to add ${String(key)} to`);
    if (pairOf(parent, key)) throw new EditError(`${key} is empty; write [] or remove it first`);
    return addPair(text, parent, key, [item]);
  }
  if (!isSeq(list)) throw new EditError(`${path.join('.')} is not a list`);
  if (list.flow) return addToFlow(text, list, renderFlow(item));
  const [start] = rangeOf(list);
  const last = list.items.at(-1) as Node | undefined;
  if (!last) throw new EditError(`${path.join('.')} is an empty block list`);
  const dash = ' '.repeat(start - lineStart(text, start));
  const { at, lead } = afterLine(text, rangeOf(last)[1]);
  // An item in the style of the one before it: { ... } on one line after a flow item, block lines otherwise.
  const flowItem = (isMap(last) || isSeq(last)) && last.flow;
  const lines = flowItem || item === null || typeof item !== 'object' ? [renderFlow(item)] : renderBlock(item);
  return splice(text, at, at, `${lead}${indent(lines, `${dash}- `, `${dash}  `)}\n`);
}

/** Applies one edit to the text. */
export function applyEdit(text: string, edit: EditOp): string {
  return edit.op === 'set' ? set(text, edit.path, edit.value) : append(text, edit.path, edit.value);
}

/** The same edit made to plain data: what the text must read as afterwards. */
export function applyToData(data: unknown, edit: EditOp): void {
  let node = data as Record<string | number, unknown>;
  const path = edit.path;
  for (const seg of path.slice(0, -1)) node = node[seg] as Record<string | number, unknown>;
  const last = path.at(-1)!;
  if (edit.op === 'set') node[last] = edit.value;
  else if (Array.isArray(node[last])) (node[last] as unknown[]).push(edit.value);
  else node[last] = [edit.value];
}
