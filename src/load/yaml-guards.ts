/**
 * The guards between eemeli/yaml's parser and anything built from a file, so that no text can hang or
 * crash plan. Before composing, the parser's concrete syntax tree (CST) is walked with an explicit stack
 * (never recursion): nesting deeper than a sane limit (deep input can abort the whole Node process inside
 * the composer, uncatchably: "RegExpCompiler Allocation failed", exit 134), hundreds of syntax errors (the
 * file is not YAML, and composing it would take minutes), and every document after the first are found
 * there. Composing stops after 50 errors. After composing, duplicate keys are found with a hash set (yaml's
 * own check is quadratic), keys that are collections are refused, and aliases are resolved and measured
 * (unknown anchors, aliases inside their own anchor, "billion laughs" expansion) before toJS() may expand them.
 */
import { type CST, Composer, type Document, type Node as YamlNode, isAlias, isMap, isPair, isScalar, isSeq } from 'yaml';
import { lineEndOf } from './positions.js';

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

export interface CstScan {
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
export function scanCst(tokens: Iterable<CST.Token>, maxDepth: number): CstScan {
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

/**
 * Counts collection depth and error tokens below one token, in document order. Work below the depth limit
 * is never done, so the recursion is never deeper than the limit allows.
 */
function walkToken(token: Walkable, maxDepth: number, scan: CstScan, depth = 0): void {
  if (!token) return;
  const t = token as CST.Token;
  switch (t.type) {
    case 'error':
      scan.errorCount++;
      if (scan.errors.length < MAX_REPORTED_ERRORS) scan.errors.push(t);
      return;
    case 'document':
      walkTokens(t.start, maxDepth, scan, depth);
      walkToken(t.value, maxDepth, scan, depth);
      walkTokens(t.end, maxDepth, scan, depth);
      return;
    case 'doc-end':
    case 'scalar':
    case 'single-quoted-scalar':
    case 'double-quoted-scalar':
    case 'alias':
      walkTokens(t.end, maxDepth, scan, depth);
      return;
    case 'block-scalar':
      walkTokens(t.props, maxDepth, scan, depth);
      return;
    case 'block-map':
    case 'block-seq':
    case 'flow-collection': {
      const d = depth + 1;
      if (d > maxDepth) {
        scan.deep ??= { offset: t.type === 'flow-collection' ? t.start.offset : t.offset, depth: d };
        return;
      }
      if (t.type === 'flow-collection') walkToken(t.start, maxDepth, scan, d);
      for (const item of t.items as CST.CollectionItem[]) {
        walkTokens(item.start, maxDepth, scan, d);
        walkToken(item.key, maxDepth, scan, d);
        walkTokens(item.sep, maxDepth, scan, d);
        walkToken(item.value, maxDepth, scan, d);
      }
      if (t.type === 'flow-collection') walkTokens(t.end, maxDepth, scan, d);
      return;
    }
    default:
      // Plain source tokens (spaces, indicators, comments) hold nothing.
      return;
  }
}

function walkTokens(tokens: readonly Walkable[] | undefined, maxDepth: number, scan: CstScan, depth: number): void {
  if (tokens) for (const token of tokens) walkToken(token, maxDepth, scan, depth);
}

/** The depth limit to read with: the configured one, never below 1 nor above HARD_MAX_DEPTH. */
export function depthLimit(maxDepth?: number): number {
  return Math.max(1, Math.min(Math.floor(maxDepth ?? DEFAULT_MAX_DEPTH) || DEFAULT_MAX_DEPTH, HARD_MAX_DEPTH));
}

const STOP = Symbol('too many YAML errors');

/**
 * Composes the tokens into documents, stopping at the first error past MAX_REPORTED_ERRORS: a file with a
 * fault on every line would otherwise build an error object for each (hundreds of thousands, with stack
 * traces, gigabytes). Stack traces are not captured for the parser's errors: only their positions matter.
 */
export function compose(tokens: CST.Token[]): { docs: Document.Parsed[]; stopped: boolean; errors: { pos: [number, number]; code: string; message: string }[] } {
  // logLevel 'error': yaml must never print to the terminal itself (its warnings quote plan text verbatim).
  const composer = new Composer({ prettyErrors: false, uniqueKeys: false, strict: true, stringKeys: false, logLevel: 'error' });
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

export function tokenMessage(e: CST.ErrorToken): string {
  return e.source ? `${e.message}: ${JSON.stringify(e.source.slice(0, 40))}` : e.message;
}

export function truncateKey(key: unknown): string {
  const s = String(key);
  return s.length > 60 ? `${s.slice(0, 59)}…` : s;
}

export interface Spot {
  start: number;
  end: number;
}

export interface NodeCheck {
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
 * One walk over the composed nodes, in document order (no deeper than the depth guard let through): anchors
 * are recorded (the latest definition wins, as yaml resolves them), aliases resolved, and map keys checked
 * for duplicates with a set. Only where there are aliases is each node's expanded size worked out, so that a
 * bomb is refused at the alias that passes the limit.
 */
export function checkNodes(root: unknown): NodeCheck {
  const out: NodeCheck = { duplicates: [], complexKeys: [], unresolved: [], cycles: [] };
  const anchors = new Map<string, YamlNode>();
  const target = new Map<unknown, YamlNode | undefined>();
  const visit = (node: unknown): void => {
    if (!node || typeof node !== 'object') return;
    if (isAlias(node)) {
      out.firstAlias ??= spot(node);
      const t = anchors.get(node.source);
      target.set(node, t);
      if (!t) out.unresolved.push({ ...spot(node), name: truncateKey(node.source) });
      else {
        const r = (t as { range?: [number, number, number] }).range;
        const a = spot(node);
        if (r && r[0] <= a.start && a.start < r[2]) out.cycles.push({ ...a, name: truncateKey(node.source) });
      }
      if (!out.overLimit && target.size > MAX_ALIASES) out.overLimit = { ...spot(node), reason: `more than ${MAX_ALIASES.toLocaleString('en-GB')} aliases` };
      return;
    }
    const anchor = (node as { anchor?: string }).anchor;
    if (anchor) anchors.set(anchor, node as YamlNode);
    if (isMap(node)) {
      const seen = new Set<unknown>();
      for (const pair of node.items) {
        if (isScalar(pair.key)) {
          if (seen.has(pair.key.value)) out.duplicates.push({ ...spot(pair.key), key: pair.key.value });
          seen.add(pair.key.value);
        } else if (isMap(pair.key) || isSeq(pair.key)) out.complexKeys.push(spot(pair.key));
        visit(pair.key);
        visit(pair.value);
      }
    } else if (isSeq(node)) for (const it of node.items) visit(it);
  };
  visit(root);
  if (target.size > 0 && !out.overLimit) measureExpansion(root, target, out);
  return out;
}

/**
 * Each node's size once aliases are expanded, in document order after its contents: an alias adds the size
 * of what it stands for as known by then (an alias inside its own anchor counts one).
 */
function measureExpansion(root: unknown, target: Map<unknown, YamlNode | undefined>, out: NodeCheck): void {
  const size = new Map<unknown, number>();
  let expansion = 0;
  const sizeOf = (node: unknown): number => {
    if (!node || typeof node !== 'object') return node == null ? 0 : 1;
    let n = 1;
    if (isAlias(node)) {
      const t = target.get(node);
      n = t ? (size.get(t) ?? 1) : 1;
      expansion += n;
      if (!out.overLimit && expansion > MAX_ALIAS_EXPANSION) out.overLimit = { ...spot(node), reason: `expanding them adds more than ${MAX_ALIAS_EXPANSION.toLocaleString('en-GB')} values` };
    } else if (isMap(node)) {
      for (const pair of node.items) n += sizeOf(pair.key) + sizeOf(pair.value);
    } else if (isSeq(node)) for (const it of node.items) n += sizeOf(it) || 1;
    size.set(node, n);
    return n;
  };
  sizeOf(root);
}

/** The yaml package appends "at line L, column C" and an excerpt to a message; plan reports the position itself. */
export function cleanYamlMessage(message: string): string {
  return message.replace(/ at line \d+, column \d+:?[\s\S]*$/, '').trim();
}

