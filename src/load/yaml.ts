/**
 * The document layer: YAML text to a document giving its text, its data, its diagnostics and the place of
 * anything in it. One reader, eemeli/yaml: its Parser makes the concrete syntax tree, the guards
 * (yaml-guards.ts) refuse what must never be composed, its Composer builds the document, and the guards
 * check keys and aliases before the data is made with toJS(). Problems are said in plain words
 * (yaml-advice.ts) with a line and column; positions come from a LineCounter holding the text's lines.
 */
import { type Document, LineCounter, Parser, type YAMLError, isMap, isScalar, isSeq, type Pair, type YAMLMap } from 'yaml';
import type { Diagnostic, Range } from '../diagnostics.js';
import { NOWHERE, type PathSegment, conflictMarkers, lineEndOf, lineStartsOf, rangeOf, withoutBom } from './positions.js';
import { adviseYamlError, tabInIndent } from './yaml-advice.js';
import {
  type CstScan,
  MAX_DOCUMENTS_COUNTED,
  MAX_REPORTED_ERRORS,
  MAX_SYNTAX_ERRORS,
  MAX_ALIASES,
  checkNodes,
  cleanYamlMessage,
  compose,
  deepestIndent,
  depthLimit,
  scanCst,
  tokenMessage,
  truncateKey,
} from './yaml-guards.js';

export type { PathSegment } from './positions.js';
export { rangeOf, sourceLine } from './positions.js';
export { HARD_MAX_DEPTH, MAX_ALIASES, MAX_ALIAS_EXPANSION } from './yaml-guards.js';

export interface LoadOptions {
  /** the deepest nesting allowed (config limits.maxDepth): never below 1 nor above HARD_MAX_DEPTH */
  maxDepth?: number;
}

/** A YAML file read: its text (without a byte order mark), its data, what is wrong with it, and where things are. */
export class YamlDocument {
  /** the data, when the text was read without an error; undefined otherwise */
  data: unknown = undefined;
  readonly diagnostics: Diagnostic[] = [];
  /** the composed document, when the text could be composed */
  doc: Document.Parsed | undefined = undefined;
  /** the start of each line of the text */
  readonly lineCounter = new LineCounter();

  constructor(
    readonly file: string,
    readonly text: string,
  ) {
    // Counted from the text itself: the Parser's own count misses line feeds in some malformed text.
    for (const start of lineStartsOf(text)) this.lineCounter.addNewLine(start);
  }

  /** The range between two offsets in the text. */
  rangeOf(start: number, end: number): Range {
    return rangeOf(this.lineCounter.lineStarts, start, end, this.text);
  }

  /**
   * The place of the node at a path: the key itself (for unknown keys), or the value (a block collection:
   * its first line). Falls back to the nearest ancestor that exists, so every finding has a place.
   */
  locate(path: readonly PathSegment[], at: 'key' | 'value' = 'value'): Range {
    if (!this.doc) return NOWHERE;
    let node: unknown = this.doc.contents;
    let keyNode: unknown;
    for (const seg of path) {
      if (isMap(node)) {
        const pair = pairFor(node, seg);
        if (!pair) break;
        keyNode = pair.key;
        node = pair.value;
      } else if (isSeq(node) && typeof seg === 'number' && node.items[seg] !== undefined) {
        keyNode = undefined;
        node = node.items[seg];
      } else break;
    }
    const target = at === 'key' && keyNode ? keyNode : (node ?? keyNode);
    const range = (target as { range?: [number, number, number] } | undefined)?.range;
    if (!range) return NOWHERE;
    const end = isMap(target) || isSeq(target) ? Math.min(range[1], lineEndOf(this.text, range[0])) : range[1];
    return this.rangeOf(range[0], end);
  }
}

// Each large mapping's keys, indexed once, so that placing a finding for each of many keys is not quadratic.
const pairIndex = new WeakMap<YAMLMap, Map<unknown, Pair>>();

/** The pair of a mapping with this key (the first, should there be two). */
function pairFor(map: YAMLMap, key: PathSegment): Pair | undefined {
  const items = map.items as Pair[];
  const keyOf = (p: Pair) => (isScalar(p.key) ? p.key.value : p.key);
  if (items.length <= 16) return items.find((p) => keyOf(p) === key);
  let index = pairIndex.get(map);
  if (!index) {
    index = new Map();
    for (const p of items) if (!index.has(keyOf(p))) index.set(keyOf(p), p);
    pairIndex.set(map, index);
  }
  return index.get(key);
}

/** Reads YAML text (a byte order mark at its start is dropped) into a document. Never throws on any text. */
export function loadYaml(file: string, source: string, options: LoadOptions = {}): YamlDocument {
  const loaded = new YamlDocument(file, withoutBom(source));
  read(loaded, depthLimit(options.maxDepth));
  return loaded;
}

function read(loaded: YamlDocument, maxDepth: number): void {
  const { file, text, diagnostics } = loaded;
  const at = (start: number, end: number) => loaded.rangeOf(start, end);
  const error = (range: Range, ruleId: string, message: string, hint?: string) => diagnostics.push({ file, ...range, severity: 'error', ruleId, message, ...(hint ? { hint } : {}) });
  // A parser error in plain words, with what to do, placed where the mistake is (see yaml-advice.ts); said
  // once when several errors come from one mistake (a [ left open upsets the lines after it).
  const said = new Set<string>();
  const parserError = (severity: 'error' | 'warning', code: string, message: string, start: number, end: number) => {
    const advice = adviseYamlError({ code, message, start, end }, text);
    const place = advice.start ?? start;
    if (said.has(`${place} ${advice.message}`)) return;
    said.add(`${place} ${advice.message}`);
    diagnostics.push({ file, ...at(place, advice.end ?? end), severity, ruleId: `yaml/${code}`, message: advice.message, hint: advice.hint });
  };
  const tokenErrors = (scan: CstScan) => {
    for (const e of scan.errors) parserError('error', 'UNEXPECTED_TOKEN', tokenMessage(e), e.offset, e.offset + Math.max(1, e.source.length));
  };
  const empty = () => error(NOWHERE, 'yaml/EMPTY', 'file is empty: a plan needs at least id, council, service and period', 'an empty file is usually a failed save or a bad merge: restore it from git, or delete it');

  // 0. Git conflict markers: say so, rather than report the YAML errors they cause.
  const markers = conflictMarkers(text);
  if (markers.length > 0) {
    for (const m of markers) error(at(m, lineEndOf(text, m)), 'yaml/MERGE_CONFLICT', `unresolved git merge conflict: '${text.slice(m, m + 7)}' marker`, 'keep the lines you want from each side, delete the <<<<<<<, ======= and >>>>>>> lines, then commit');
    return;
  }

  // 1. The CST, scanned before anything is built. The parser itself recurses once per level of block
  // nesting, and thousands of levels ("- - - ..." 3,000 times, then a line it must close them all for) run
  // it out of stack: a RangeError, which is the same verdict as the depth guard's, placed where the file
  // nests deepest.
  let scan: CstScan;
  try {
    scan = scanCst(new Parser().parse(text), maxDepth);
  } catch (err) {
    if (!(err instanceof RangeError && /call stack/.test(err.message))) throw err;
    scan = { first: [], documents: 0, errorCount: 0, errors: [], deep: { offset: deepestIndent(text), depth: Number.POSITIVE_INFINITY } };
  }
  if (scan.deep) {
    error(at(scan.deep.offset, scan.deep.offset + 1), 'yaml/TOO_DEEP', `nesting is deeper than ${maxDepth} levels; a plan never needs this`, 'check for runaway indentation, a long run of "- - -", or unclosed [ or { brackets');
    return;
  }
  if (scan.errorCount > MAX_SYNTAX_ERRORS) {
    tokenErrors(scan);
    const last = scan.errors.at(-1)?.offset ?? 0;
    error(at(last, last + 1), 'yaml/TOO_MANY_ERRORS', `more than ${MAX_SYNTAX_ERRORS} syntax errors, so reading stopped here: this does not look like a YAML plan`, 'check the file is the plan you meant, and that it was saved as text');
    return;
  }
  if (scan.documents > 1) {
    const second = scan.secondDocumentAt ?? 0;
    const count = scan.documents > MAX_DOCUMENTS_COUNTED ? `more than ${MAX_DOCUMENTS_COUNTED.toLocaleString('en-GB')}` : String(scan.documents);
    error(at(second, second + 3), 'yaml/MULTIPLE_DOCUMENTS', `file holds ${count} YAML documents; a plan file holds one`, 'put each plan in its own file, or remove the --- separator');
  }

  // 2. The first document, composed. Duplicate keys are checked below, in linear time.
  const composed = compose(scan.first);
  if (composed.stopped) {
    for (const e of composed.errors.slice(0, MAX_REPORTED_ERRORS)) parserError('error', e.code, cleanYamlMessage(e.message), e.pos[0], e.pos[1]);
    const next = composed.errors[MAX_REPORTED_ERRORS]?.pos[0] ?? 0;
    error(at(next, next + 1), 'yaml/TOO_MANY_ERRORS', `more than ${MAX_REPORTED_ERRORS} YAML errors, so reading stopped here`, 'fix the first ones and run plan lint again; check the file is the plan you meant');
    return;
  }
  const doc = composed.docs[0];
  if (!doc) {
    if (scan.errors.length) tokenErrors(scan);
    else empty();
    return;
  }
  loaded.doc = doc;
  reportProblems(doc, text, parserError, error, at);
  if (doc.errors.length > 0) return;
  if (doc.contents === null || (isScalar(doc.contents) && doc.contents.value === null)) {
    empty();
    return;
  }

  // 3. Duplicate keys, and aliases, before anything is expanded.
  const before = diagnostics.length;
  const checked = checkNodes(doc.contents);
  for (const k of checked.duplicates) error(at(k.start, k.end), 'yaml/DUPLICATE_KEY', `Map keys must be unique: '${truncateKey(k.key)}' appears twice in this mapping`, 'keep one of them; git merges often duplicate a key');
  for (const k of checked.complexKeys) error(at(k.start, Math.min(k.end, lineEndOf(text, k.start))), 'yaml/COMPLEX_KEY', 'a key here is a list or mapping; keys in a plan are plain text', 'check the indentation and the ? and : on this line');
  for (const a of checked.unresolved) error(at(a.start, a.end), 'yaml/UNRESOLVED_ALIAS', `alias *${a.name} refers to no anchor &${a.name} before it`, 'define the anchor (&name) before its first use, or write the value out');
  for (const a of checked.cycles) error(at(a.start, a.end), 'yaml/ALIAS_CYCLE', `alias *${a.name} is inside the very value it refers to, so it would never end`, 'write the value out instead of using an alias');
  if (checked.overLimit) {
    const a = checked.overLimit;
    error(at(a.start, a.end), 'yaml/ALIAS_LIMIT', `aliases expand too far (${a.reason})`, 'write the values out instead of using * aliases');
  }
  if (diagnostics.length > before) return;

  // 4. Plain data. The alias count here is a backstop; the measurement above refuses bombs first. The data is
  // copied (structuredClone) so that its strings are its own: a string cut from the text keeps the whole
  // text alive in V8, and findings and report rows made from the data would keep every file read.
  try {
    loaded.data = structuredClone(doc.toJS({ maxAliasCount: MAX_ALIASES * 10 }));
  } catch (err) {
    const message = err instanceof Error ? err.message.replace(/\.$/, '') : String(err);
    const alias = /alias/i.test(message);
    const first = alias ? checked.firstAlias : undefined;
    const range = first ? at(first.start, first.end) : at(0, 1);
    error(range, alias ? 'yaml/ALIAS_LIMIT' : 'yaml/INVALID', alias ? `aliases expand too far (${message})` : `the YAML could not be read: ${message}`, alias ? 'write the values out instead of using * aliases' : undefined);
  }
}

type ParserError = (severity: 'error' | 'warning', code: string, message: string, start: number, end: number) => void;
type ErrorAt = (range: Range, ruleId: string, message: string, hint?: string) => void;

/** The composed document's errors (the first 50, then a count) and warnings, each in plain words. */
function reportProblems(doc: Document.Parsed, text: string, parserError: ParserError, error: ErrorAt, at: (start: number, end: number) => Range): void {
  // The first error on a line indented with a tab: the tabs are the mistake, and the other errors their
  // consequences, so each tab with an error on its line is said, and nothing else.
  const first = doc.errors.reduce<YAMLError | undefined>((a, e) => (a === undefined || e.pos[0] < a.pos[0] ? e : a), undefined);
  if (first && tabInIndent(text, first.pos[0]) !== undefined) {
    const tabs = new Set(doc.errors.map((e) => tabInIndent(text, e.pos[0])).filter((t) => t !== undefined));
    for (const tab of [...tabs].sort((a, b) => a - b)) parserError('error', 'TAB_AS_INDENT', 'tab', tab, tab + 1);
    return;
  }
  const problems = [...doc.errors.map((e) => ({ severity: 'error' as const, e })), ...doc.warnings.map((e) => ({ severity: 'warning' as const, e }))];
  let shown = 0;
  // One mistake can set off two errors at one place ("title y" under "id: x" is a key both nested and
  // over two lines): the first is said, as the advice for it covers both.
  const placed = new Set<number>();
  const unshown: YAMLError[] = [];
  for (const { severity, e } of problems) {
    if (severity === 'error') {
      if (placed.has(e.pos[0])) continue;
      if (shown >= MAX_REPORTED_ERRORS) {
        unshown.push(e);
        continue;
      }
      shown++;
      placed.add(e.pos[0]);
    }
    let pos: [number, number] = [e.pos[0], e.pos[1]];
    // The parser reports an unclosed quote where the file ends; point at the quote that opened it.
    const quote = e.code === 'MISSING_CHAR' ? /closing (["'])quote/.exec(e.message)?.[1] : undefined;
    if (quote) {
      const open = text.lastIndexOf(quote, Math.min(pos[0], text.length) - 1);
      if (open >= 0) pos = [open, open + 1];
    }
    parserError(severity, e.code, cleanYamlMessage(e.message), pos[0], pos[1]);
  }
  const next = unshown[0];
  if (next) error(at(next.pos[0], next.pos[1]), 'yaml/TOO_MANY_ERRORS', `${unshown.length} more YAML error${unshown.length === 1 ? '' : 's'} not shown`, 'fix the first ones and run plan lint again');
}
