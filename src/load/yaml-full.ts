/**
 * YAML with positions. eemeli/yaml's Parser turns the text into a concrete syntax tree (CST) without
 * building any nodes; the guards below walk that tree with an explicit stack (never recursion) and refuse,
 * with a position, what must never reach the Composer:
 *  - nesting deeper than a sane limit (deep input can abort the whole Node process inside the composer,
 *    uncatchably: "RegExpCompiler Allocation failed", exit 134, e.g. a file 1,000 deep then one 8,000 deep);
 *  - hundreds of syntax errors (composing them takes minutes: the file is not YAML);
 *  - every document after the first (a plan file holds one; a stream of a million "---" would not fit).
 * Git conflict markers are named before any of that. Only then is the first document composed, stopping
 * after 50 errors. After composing: duplicate keys are found with a hash set (yaml's own check is
 * quadratic), keys that are collections are refused, and aliases are resolved and measured (unknown
 * anchors, aliases inside their own anchor, "billion laughs" expansion) before toJS() may expand them.
 * Positions come from line starts counted in the text itself, and always lie inside it.
 */
import { createRequire } from 'node:module';
import type * as YamlLib from 'yaml';
import type { CST, Document, Node as YamlNode, Pair, YAMLMap } from 'yaml';
import type { Diagnostic, Range } from '../diagnostics.js';
import { type LoadOptions, type LoadedYaml, NOWHERE, type PathSegment, conflictMarkers, lineEndOf, lineStartsOf, rangeOf, withoutBom } from './loaded.js';
import { adviseYamlError } from './yaml-advice.js';

// eemeli/yaml is loaded only when a file needs it (one the fast reader declined, or a position it cannot
// give exactly): it is most of the start-up time of a command that never needs it.
let lib: typeof YamlLib | undefined;
function yamlLib(): typeof YamlLib {
  lib ??= createRequire(import.meta.url)('yaml') as typeof YamlLib;
  return lib;
}
const isAlias = (n: unknown): n is YamlLib.Alias => yamlLib().isAlias(n);
const isMap = (n: unknown): n is YAMLMap => yamlLib().isMap(n);
const isPair = (n: unknown): n is Pair => yamlLib().isPair(n);
const isScalar = (n: unknown): n is YamlLib.Scalar => yamlLib().isScalar(n);
const isSeq = (n: unknown): n is YamlLib.YAMLSeq => yamlLib().isSeq(n);

export const DEFAULT_MAX_DEPTH = 64;
/** No configuration may raise the depth limit past this: composing ~1,000 deep can abort Node. */
export const HARD_MAX_DEPTH = 256;
/** More syntax errors than this in the CST: the file is not YAML, and is not composed at all. */
export const MAX_SYNTAX_ERRORS = 200;
/** YAML diagnostics reported per file; the rest are summarised in one. */
export const MAX_REPORTED_ERRORS = 50;
/** Documents counted in one file before the count stops (only the first is ever composed). */
export const MAX_DOCUMENTS_COUNTED = 1_000;
/** The most alias occurrences in one file. */
export const MAX_ALIASES = 1_000;
/** The most nodes that aliases may add when expanded (a plan never needs more; a bomb adds billions). */
export const MAX_ALIAS_EXPANSION = 50_000;

// ------------------------------------------------------------------------------------------- CST scan

interface CstScan {
  /** the tokens up to the start of the second document: all that is composed */
  first: CST.Token[];
  documents: number;
  secondDocumentAt?: number;
  deep?: { offset: number; depth: number };
  errorCount: number;
  errors: CST.ErrorToken[];
}

/**
 * One pass over the parser's tokens as they arrive. Each top-level token is walked with an explicit stack,
 * in document order, counting collection depth (block maps and sequences, flow collections, compact
 * "- - -" and "[[[" alike) and error tokens. Work below the depth limit is never done.
 */
function scanCst(tokens: Iterable<CST.Token>, maxDepth: number): CstScan {
  const scan: CstScan = { first: [], documents: 0, errorCount: 0, errors: [] };
  let keep = true;
  for (const token of tokens) {
    if (token.type === 'document') {
      scan.documents++;
      if (scan.documents === 2) {
        scan.secondDocumentAt ??= token.offset;
        keep = false;
      }
      // Only the first document is composed; past this many, counting the rest helps nobody.
      if (scan.documents > MAX_DOCUMENTS_COUNTED) break;
    } else if (token.type === 'directive' && scan.documents >= 1 && keep) {
      // Directives after the first document belong to the next one.
      scan.secondDocumentAt = token.offset;
      keep = false;
    }
    if (keep) scan.first.push(token);
    walkToken(token, maxDepth, scan);
    // Stop reading as soon as the verdict is known.
    if (scan.deep || scan.errorCount > MAX_SYNTAX_ERRORS) break;
  }
  return scan;
}

/** Where the line that starts furthest in (spaces, and "- " or "? " markers) has its first content. */
export function deepestIndent(text: string): number {
  let best = 0;
  let bestRun = -1;
  const lead = /^(?: |[-?:](?= ))*/gm;
  for (let m = lead.exec(text); m !== null; m = lead.exec(text)) {
    if (m[0].length > bestRun) {
      bestRun = m[0].length;
      best = m.index + bestRun;
    }
    lead.lastIndex = lineEndOf(text, m.index + m[0].length) + 1;
    if (lead.lastIndex > text.length) break;
  }
  return best;
}

type Walkable = CST.Token | CST.SourceToken | null | undefined;

function walkToken(root: CST.Token, maxDepth: number, scan: CstScan): void {
  const stack: { token: Walkable; depth: number }[] = [{ token: root, depth: 0 }];
  while (stack.length > 0) {
    const { token, depth } = stack.pop()!;
    if (!token || typeof token !== 'object') continue;
    const t = token as CST.Token;
    let d = depth;
    switch (t.type) {
      case 'error':
        scan.errorCount++;
        if (scan.errors.length < MAX_REPORTED_ERRORS) scan.errors.push(t);
        continue;
      case 'block-map':
      case 'block-seq':
      case 'flow-collection':
        d = depth + 1;
        if (d > maxDepth) {
          if (!scan.deep) scan.deep = { offset: t.type === 'flow-collection' ? t.start.offset : t.offset, depth: d };
          continue; // never walk below the limit: the work stays bounded
        }
        break;
      default:
        break;
    }
    // Children, pushed in reverse so that they come off the stack in document order.
    const children: Walkable[] = [];
    const add = (x: unknown) => {
      if (Array.isArray(x)) for (const y of x) children.push(y as Walkable);
      else if (x && typeof x === 'object') children.push(x as Walkable);
    };
    const any = t as unknown as Record<string, unknown>;
    if (t.type === 'flow-collection') add(t.start);
    else if ('start' in any) add(any.start);
    if ('props' in any) add(any.props);
    if ('items' in any && Array.isArray(any.items)) {
      for (const item of any.items as CST.CollectionItem[]) {
        add(item.start);
        add(item.key);
        add(item.sep);
        add(item.value);
      }
    }
    if ('value' in any && t.type === 'document') add(t.value);
    if ('end' in any) add(any.end);
    for (let i = children.length - 1; i >= 0; i--) {
      const c = children[i];
      // Plain source tokens (spaces, indicators, comments) hold nothing: skip them early.
      if (c && typeof c === 'object' && (hasChildren(c) || (c as CST.Token).type === 'error')) stack.push({ token: c, depth: d });
    }
  }
}

function hasChildren(t: NonNullable<Walkable>): boolean {
  switch ((t as CST.Token).type) {
    case 'document':
    case 'doc-end':
    case 'block-map':
    case 'block-seq':
    case 'flow-collection':
    case 'block-scalar':
    case 'scalar':
    case 'single-quoted-scalar':
    case 'double-quoted-scalar':
    case 'alias':
      return true;
    default:
      return false;
  }
}

// ------------------------------------------------------------------------------------------- loading

/** The depth limit to read with: the configured one, never below 1 nor above HARD_MAX_DEPTH. */
export function depthLimit(maxDepth?: number): number {
  return Math.max(1, Math.min(Math.floor(maxDepth ?? DEFAULT_MAX_DEPTH) || DEFAULT_MAX_DEPTH, HARD_MAX_DEPTH));
}

export function loadYamlFull(file: string, source: string, options: LoadOptions = {}): LoadedYaml {
  const text = withoutBom(source);
  const lines = lineStartsOf(text);
  const maxDepth = depthLimit(options.maxDepth);
  const diagnostics: Diagnostic[] = [];
  const loaded: LoadedYaml = { file, text, data: undefined, lines, diagnostics, maxDepth };
  const at = (start: number, end: number) => rangeOf(lines, start, end, text);
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
  const empty = () => error({ line: 1, column: 1, endLine: 1, endColumn: 1 }, 'yaml/EMPTY', 'file is empty: a plan needs at least id, council, service and period', 'an empty file is usually a failed save or a bad merge: restore it from git, or delete it');

  // 0. Git conflict markers: say so, rather than report the YAML errors they cause.
  const markers = conflictMarkers(text);
  if (markers.length > 0) {
    for (const m of markers) error(at(m, lineEndOf(text, m)), 'yaml/MERGE_CONFLICT', `unresolved git merge conflict: '${text.slice(m, m + 7)}' marker`, 'keep the lines you want from each side, delete the <<<<<<<, ======= and >>>>>>> lines, then commit');
    return loaded;
  }

  // 1. The CST, scanned before anything is built. The parser itself recurses once per level of block
  // nesting, and thousands of levels ("- - - ..." 3,000 times, then a line it must close them all for) run
  // it out of stack: a RangeError, which is the same verdict as the depth guard's, placed where the file
  // nests deepest.
  let scan: CstScan;
  try {
    scan = scanCst(new (yamlLib().Parser)().parse(text), maxDepth);
  } catch (err) {
    if (!(err instanceof RangeError && /call stack/.test(err.message))) throw err;
    scan = { first: [], documents: 0, errorCount: 0, errors: [], deep: { offset: deepestIndent(text), depth: Number.POSITIVE_INFINITY } };
  }
  if (scan.deep) {
    error(at(scan.deep.offset, scan.deep.offset + 1), 'yaml/TOO_DEEP', `nesting is deeper than ${maxDepth} levels; a plan never needs this`, 'check for runaway indentation, a long run of "- - -", or unclosed [ or { brackets');
    return loaded;
  }
  if (scan.errorCount > MAX_SYNTAX_ERRORS) {
    for (const e of scan.errors) parserError('error', 'UNEXPECTED_TOKEN', tokenMessage(e), e.offset, e.offset + Math.max(1, e.source.length));
    const last = scan.errors.at(-1)?.offset ?? 0;
    error(at(last, last + 1), 'yaml/TOO_MANY_ERRORS', `more than ${MAX_SYNTAX_ERRORS} syntax errors, so reading stopped here: this does not look like a YAML plan`, 'check the file is the plan you meant, and that it was saved as text');
    return loaded;
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
    return loaded;
  }
  const doc = composed.docs[0];
  if (!doc) {
    if (scan.errors.length) for (const e of scan.errors) parserError('error', 'UNEXPECTED_TOKEN', tokenMessage(e), e.offset, e.offset + Math.max(1, e.source.length));
    else empty();
    return loaded;
  }
  loaded.doc = doc;
  const problems = [...doc.errors.map((e) => ({ severity: 'error' as const, e })), ...doc.warnings.map((e) => ({ severity: 'warning' as const, e }))];
  let shown = 0;
  // One mistake can set off two errors at one place ("title y" under "id: x" is a key both nested and
  // over two lines): the first is said, as the advice for it covers both.
  const placed = new Set<number>();
  const unshown: YamlLib.YAMLError[] = [];
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
  if (next) {
    error(at(next.pos[0], next.pos[1]), 'yaml/TOO_MANY_ERRORS', `${unshown.length} more YAML error${unshown.length === 1 ? '' : 's'} not shown`, 'fix the first ones and run plan lint again');
  }
  if (doc.errors.length > 0) return loaded;
  if (doc.contents === null || (isScalar(doc.contents) && doc.contents.value === null)) {
    empty();
    return loaded;
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
  if (diagnostics.length > before) return loaded;

  // 4. Plain data. The alias count here is a backstop; the measurement above refuses bombs first.
  try {
    loaded.data = doc.toJS({ maxAliasCount: MAX_ALIASES * 10 });
  } catch (err) {
    const message = err instanceof Error ? err.message.replace(/\.$/, '') : String(err);
    const alias = /alias/i.test(message);
    const first = alias ? checked.firstAlias : undefined;
    const range = first ? at(first.start, first.end) : at(0, 1);
    error(range, alias ? 'yaml/ALIAS_LIMIT' : 'yaml/INVALID', alias ? `aliases expand too far (${message})` : `the YAML could not be read: ${message}`, alias ? 'write the values out instead of using * aliases' : undefined);
  }
  return loaded;
}

const STOP = Symbol('too many YAML errors');

/**
 * Composes the tokens into documents, stopping at the first error past MAX_REPORTED_ERRORS: a file with a
 * fault on every line would otherwise build an error object for each (hundreds of thousands, with stack
 * traces, gigabytes). Stack traces are not captured for the parser's errors: only their positions matter.
 */
function compose(tokens: CST.Token[]): { docs: Document.Parsed[]; stopped: boolean; errors: { pos: [number, number]; code: string; message: string }[] } {
  // logLevel 'error': yaml must never print to the terminal itself (its warnings quote plan text verbatim).
  const composer = new (yamlLib().Composer)({ prettyErrors: false, uniqueKeys: false, strict: true, stringKeys: false, logLevel: 'error' });
  const seen: { pos: [number, number]; code: string; message: string }[] = [];
  const hooks = composer as unknown as { onError: (source: unknown, code: string, message: string, warning?: boolean) => void };
  const original = hooks.onError;
  hooks.onError = (source, code, message, warning) => {
    if (!warning) {
      const pos = errorPos(source);
      seen.push({ pos, code, message });
      if (seen.length > MAX_REPORTED_ERRORS) throw STOP;
    }
    original(source, code, message, warning);
  };
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    return { docs: Array.from(composer.compose(tokens)), stopped: false, errors: seen };
  } catch (err) {
    if (err === STOP) return { docs: [], stopped: true, errors: seen };
    throw err;
  } finally {
    Error.stackTraceLimit = limit;
  }
}

/** Where the composer says an error is: an offset, a [start, end] pair, or a token. */
function errorPos(source: unknown): [number, number] {
  if (typeof source === 'number') return [source, source + 1];
  if (Array.isArray(source)) return [Number(source[0]) || 0, Number(source[1] ?? source[0]) || 0];
  const t = source as { offset?: number; source?: string } | null;
  const offset = typeof t?.offset === 'number' ? t.offset : 0;
  return [offset, offset + (typeof t?.source === 'string' ? Math.max(1, t.source.length) : 1)];
}

function tokenMessage(e: CST.ErrorToken): string {
  return e.source ? `${e.message}: ${JSON.stringify(e.source.slice(0, 40))}` : e.message;
}

function truncateKey(key: unknown): string {
  const s = String(key);
  return s.length > 60 ? `${s.slice(0, 59)}…` : s;
}

interface Spot {
  start: number;
  end: number;
}

interface NodeCheck {
  duplicates: (Spot & { key: unknown })[];
  complexKeys: Spot[];
  unresolved: (Spot & { name: string })[];
  cycles: (Spot & { name: string })[];
  overLimit?: Spot & { reason: string };
  firstAlias?: Spot;
}

function spot(node: unknown): Spot {
  const r = (node as { range?: [number, number, number] } | null)?.range;
  return r ? { start: r[0], end: r[1] } : { start: 0, end: 1 };
}

/**
 * One walk over the composed nodes with an explicit stack, in document order. On the way in: anchors are
 * recorded (the latest definition wins, as yaml resolves them), aliases are resolved, and map keys are
 * checked for duplicates with a set. On the way out: each node's expanded size is known, so each alias
 * adds the size of what it stands for, and a bomb is refused at the alias that passes the limit.
 */
function checkNodes(root: unknown): NodeCheck {
  const out: NodeCheck = { duplicates: [], complexKeys: [], unresolved: [], cycles: [] };
  const anchors = new Map<string, YamlNode>();
  const size = new Map<unknown, number>();
  const target = new Map<unknown, YamlNode | undefined>();
  let aliases = 0;
  let expansion = 0;
  const stack: { node: unknown; exit: boolean }[] = [{ node: root, exit: false }];
  while (stack.length > 0) {
    const { node, exit } = stack.pop()!;
    if (!node || typeof node !== 'object') continue;
    if (exit) {
      let n = 1;
      if (isMap(node) || isSeq(node)) for (const it of node.items as unknown[]) n += size.get(it) ?? 1;
      else if (isPair(node)) n = (size.get(node.key) ?? (node.key == null ? 0 : 1)) + (size.get(node.value) ?? (node.value == null ? 0 : 1));
      else if (isAlias(node)) {
        const t = target.get(node);
        n = t ? (size.get(t) ?? 1) : 1;
        expansion += n;
        if (!out.overLimit && expansion > MAX_ALIAS_EXPANSION) out.overLimit = { ...spot(node), reason: `expanding them adds more than ${MAX_ALIAS_EXPANSION.toLocaleString('en-GB')} values` };
      }
      size.set(node, n);
      continue;
    }
    stack.push({ node, exit: true });
    const anchor = (node as { anchor?: string }).anchor;
    if (anchor && !isAlias(node)) anchors.set(anchor, node as YamlNode);
    if (isAlias(node)) {
      aliases++;
      out.firstAlias ??= spot(node);
      const t = anchors.get(node.source);
      target.set(node, t);
      if (!t) out.unresolved.push({ ...spot(node), name: truncateKey(node.source) });
      else {
        const r = (t as { range?: [number, number, number] }).range;
        const a = spot(node);
        if (r && r[0] <= a.start && a.start < r[2]) out.cycles.push({ ...a, name: truncateKey(node.source) });
      }
      if (!out.overLimit && aliases > MAX_ALIASES) out.overLimit = { ...spot(node), reason: `more than ${MAX_ALIASES.toLocaleString('en-GB')} aliases` };
      continue;
    }
    const children: unknown[] = [];
    if (isMap(node)) {
      const seen = new Set<unknown>();
      for (const pair of node.items) {
        const key = isScalar(pair.key) ? pair.key.value : undefined;
        if (isScalar(pair.key)) {
          if (seen.has(key)) out.duplicates.push({ ...spot(pair.key), key });
          seen.add(key);
        } else if (isMap(pair.key) || isSeq(pair.key)) out.complexKeys.push(spot(pair.key));
        children.push(pair);
      }
    } else if (isSeq(node)) {
      for (const it of node.items) children.push(it);
    } else if (isPair(node)) {
      children.push(node.key, node.value);
    }
    for (let i = children.length - 1; i >= 0; i--) stack.push({ node: children[i], exit: false });
  }
  return out;
}

function cleanYamlMessage(message: string): string {
  // The yaml package appends "at line L, column C" and an excerpt; we report the position ourselves.
  return message.replace(/ at line \d+, column \d+:?[\s\S]*$/, '').trim();
}

/**
 * Finds the node at a path and returns its range: the key itself (for unknown keys), or the value.
 * Falls back to the nearest ancestor that exists, so every finding has a place.
 */
export function locateComposed(loaded: LoadedYaml, path: readonly PathSegment[], at: 'key' | 'value' = 'value'): Range {
  const doc = loaded.doc;
  if (!doc) return NOWHERE;
  let node: unknown = doc.contents;
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
    } else {
      break;
    }
  }
  const target = at === 'key' && keyNode ? keyNode : node ?? keyNode;
  const range = (target as { range?: [number, number, number] } | undefined)?.range;
  if (!range) return NOWHERE;
  // A block map or sequence can span many lines: point at its first line only.
  const end = isMap(target) || isSeq(target) ? Math.min(range[1], lineEndOf(loaded.text, range[0])) : range[1];
  return rangeOf(loaded.lines, range[0], end, loaded.text);
}

// Keys to pairs, built once per mapping: a file with 100,000 unknown keys must not cost 100,000 scans.
const pairIndex = new WeakMap<object, Map<unknown, Pair>>();

function pairFor(map: YAMLMap, key: PathSegment): Pair | undefined {
  const items = map.items as Pair[];
  if (items.length <= 16) return items.find((p) => (isScalar(p.key) ? p.key.value : p.key) === key);
  let index = pairIndex.get(map);
  if (!index) {
    index = new Map();
    for (const p of items) {
      const k = isScalar(p.key) ? p.key.value : p.key;
      if (!index.has(k)) index.set(k, p);
    }
    pairIndex.set(map, index);
  }
  return index.get(key);
}
