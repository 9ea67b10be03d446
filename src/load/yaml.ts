/**
 * YAML with positions. Parses with eemeli/yaml, keeps the document for locating nodes, and turns every
 * parser error into a diagnostic with the parser's own code. Guards run before composing: nesting deeper
 * than a sane limit is refused (deep input can abort the whole process inside the parser), and alias
 * expansion is capped.
 */
import { type Document, LineCounter, isAlias, isMap, isPair, isScalar, isSeq, parseAllDocuments } from 'yaml';
import type { Diagnostic, Range } from '../diagnostics.js';

export const DEFAULT_MAX_DEPTH = 64;
const MAX_ALIAS_COUNT = 100;

export type PathSegment = string | number;

export interface LoadedYaml {
  file: string;
  text: string;
  /** undefined when the text could not be parsed at all */
  doc?: Document.Parsed;
  data: unknown;
  lineCounter: LineCounter;
  diagnostics: Diagnostic[];
}

export interface LoadOptions {
  maxDepth?: number;
}

export function rangeOf(lineCounter: LineCounter, start: number, end: number): Range {
  const a = lineCounter.linePos(start);
  const b = lineCounter.linePos(Math.max(start, end));
  return { line: a.line, column: a.col, endLine: b.line, endColumn: b.col };
}

/**
 * Estimates nesting depth from the text alone, without building anything: flow brackets outside quotes
 * and comments, and block indentation plus compact "- - -" sequence indicators. Returns the offset
 * where the limit is first passed, or -1.
 */
export function findExcessiveNesting(text: string, maxDepth: number): number {
  let flow = 0;
  let quote: string | null = null;
  let lineStart = true;
  let indent = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quote) {
      if (c === '\\' && quote === '"') i++;
      else if (c === quote) quote = null;
      else if (c === '\n') lineStart = true;
      continue;
    }
    if (lineStart) {
      indent = 0;
      let j = i;
      while (text[j] === ' ' || text[j] === '-' || text[j] === '?' || text[j] === ':') {
        if (text[j] === ' ') indent++;
        else if (text[j + 1] === ' ' || text[j + 1] === '\n') indent += 2;
        else break;
        j++;
      }
      // Block depth: two spaces a level is the norm; allow generous indentation before refusing.
      if (indent > maxDepth * 8) return j;
      lineStart = false;
    }
    if (c === '\n') {
      lineStart = true;
    } else if (c === '#' && (i === 0 || text[i - 1] === ' ' || text[i - 1] === '\t')) {
      const nl = text.indexOf('\n', i);
      if (nl === -1) break;
      i = nl - 1;
    } else if ((c === '"' || c === "'") && (flow > 0 || /[\s:,[{-]/.test(text[i - 1] ?? ' '))) {
      quote = c;
    } else if (c === '[' || c === '{') {
      if (++flow > maxDepth) return i;
    } else if ((c === ']' || c === '}') && flow > 0) {
      flow--;
    }
  }
  return -1;
}

export function loadYaml(file: string, text: string, options: LoadOptions = {}): LoadedYaml {
  const lineCounter = new LineCounter();
  const maxDepth = options.maxDepth ?? DEFAULT_MAX_DEPTH;
  const diagnostics: Diagnostic[] = [];
  const loaded: LoadedYaml = { file, text, data: undefined, lineCounter, diagnostics };

  const deep = findExcessiveNesting(text, maxDepth);
  if (deep !== -1) {
    // Count lines for the position without handing the text to the parser.
    lineCounter.addNewLine(0);
    for (let i = 0; i < deep; i++) if (text[i] === '\n') lineCounter.addNewLine(i + 1);
    diagnostics.push({
      file,
      ...rangeOf(lineCounter, deep, deep + 1),
      severity: 'error',
      ruleId: 'yaml/TOO_DEEP',
      message: `nesting is deeper than ${maxDepth} levels; a plan never needs this`,
      hint: 'check for runaway indentation or unclosed [ or { brackets',
    });
    return loaded;
  }

  const docs = parseAllDocuments(text, { lineCounter, prettyErrors: false, uniqueKeys: true, strict: true, stringKeys: false });
  const list = Array.isArray(docs) ? docs : [];
  const push = (severity: 'error' | 'warning', code: string, message: string, pos: [number, number]) => {
    let at = pos;
    // The parser reports an unclosed quote where the file ends; point at the quote that opened it.
    const quote = code === 'MISSING_CHAR' ? /closing (["'])quote/.exec(message)?.[1] : undefined;
    if (quote) {
      const open = text.lastIndexOf(quote, Math.min(pos[0], text.length) - 1);
      if (open >= 0) at = [open, open + 1];
    }
    diagnostics.push({ file, ...rangeOf(lineCounter, at[0], at[1]), severity, ruleId: `yaml/${code}`, message: cleanYamlMessage(message) });
  };

  if (!Array.isArray(docs)) {
    // An EmptyStream: the file has no document at all.
    diagnostics.push({ file, line: 1, column: 1, endLine: 1, endColumn: 1, severity: 'error', ruleId: 'yaml/EMPTY', message: 'file is empty: a plan needs at least id, council, service and period' });
    return loaded;
  }
  const doc = list[0];
  if (!doc) return loaded;
  for (const d of list) {
    for (const e of d.errors) push('error', e.code, e.message, e.pos);
    for (const w of d.warnings) push('warning', w.code, w.message, w.pos);
  }
  if (list.length > 1) {
    const second = list[1]!;
    const at = second.range?.[0] ?? 0;
    diagnostics.push({ file, ...rangeOf(lineCounter, at, at + 3), severity: 'error', ruleId: 'yaml/MULTIPLE_DOCUMENTS', message: `file holds ${list.length} YAML documents; a plan file holds one`, hint: 'put each plan in its own file, or remove the --- separator' });
  }
  loaded.doc = doc;
  if (doc.errors.length > 0) return loaded;
  if (doc.contents === null || (isScalar(doc.contents) && doc.contents.value === null)) {
    diagnostics.push({ file, line: 1, column: 1, endLine: 1, endColumn: 1, severity: 'error', ruleId: 'yaml/EMPTY', message: 'file is empty: a plan needs at least id, council, service and period' });
    return loaded;
  }
  try {
    loaded.data = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (err) {
    const alias = firstAlias(doc);
    const at = alias ?? [0, 1];
    diagnostics.push({
      file,
      ...rangeOf(lineCounter, at[0], at[1]),
      severity: 'error',
      ruleId: 'yaml/ALIAS_LIMIT',
      message: `aliases expand too far (${err instanceof Error ? err.message.replace(/\.$/, '') : 'alias expansion failed'})`,
      hint: 'write the values out instead of using * aliases',
    });
  }
  return loaded;
}

function firstAlias(doc: Document.Parsed): [number, number] | undefined {
  const stack: unknown[] = [doc.contents];
  while (stack.length) {
    const n = stack.pop();
    if (!n || typeof n !== 'object') continue;
    if (isAlias(n) && n.range) return [n.range[0], n.range[1]];
    if (isMap(n) || isSeq(n)) for (const it of n.items) stack.push(it);
    else if (isPair(n)) stack.push(n.key, n.value);
  }
  return undefined;
}

function cleanYamlMessage(message: string): string {
  // The yaml package appends "at line L, column C" and an excerpt; we report the position ourselves.
  return message.replace(/ at line \d+, column \d+:?[\s\S]*$/, '').trim();
}

/**
 * Finds the node at a path and returns its range: the key itself (for unknown keys), or the value.
 * Falls back to the nearest ancestor that exists, so every finding has a place.
 */
export function locate(loaded: LoadedYaml, path: readonly PathSegment[], at: 'key' | 'value' = 'value'): Range {
  const doc = loaded.doc;
  if (!doc) return { line: 1, column: 1, endLine: 1, endColumn: 1 };
  let node: unknown = doc.contents;
  let keyNode: unknown;
  for (const seg of path) {
    if (isMap(node)) {
      const pair = node.items.find((p) => (isScalar(p.key) ? p.key.value : p.key) === seg);
      if (!pair) break;
      keyNode = pair.key;
      node = pair.value;
    } else if (isSeq(node) && typeof seg === 'number' && node.items[seg] !== undefined) {
      keyNode = undefined;
      node = node.items[seg];
    } else {
      break;
    }
  }
  const target = at === 'key' && keyNode ? keyNode : node ?? keyNode;
  const range = (target as { range?: [number, number, number] } | undefined)?.range;
  if (!range) return { line: 1, column: 1, endLine: 1, endColumn: 1 };
  // A block map or sequence can span many lines: point at its first line only.
  const end = isMap(target) || isSeq(target) ? Math.min(range[1], lineEndOf(loaded.text, range[0])) : range[1];
  return rangeOf(loaded.lineCounter, range[0], end);
}

function lineEndOf(text: string, offset: number): number {
  const nl = text.indexOf('\n', offset);
  return nl === -1 ? text.length : nl;
}

/** The text of the source line, for excerpts under syntax errors. */
export function sourceLine(text: string, line: number): string {
  let start = 0;
  for (let l = 1; l < line; l++) {
    const nl = text.indexOf('\n', start);
    if (nl === -1) return '';
    start = nl + 1;
  }
  const nl = text.indexOf('\n', start);
  return text.slice(start, nl === -1 ? text.length : nl).replace(/\r$/, '');
}
