/**
 * The event reader, second of three: it takes what the scanner (yaml-scan.ts) declines but js-yaml can
 * still read exactly (multi-line quoted scalars, kept block scalars, ...). js-yaml's event stream (YAML 1.2)
 * is about ten times quicker to produce than eemeli/yaml's composed document, and each event carries its
 * source offsets, so nothing is lost: the data is built from the events here, with eemeli/yaml's own
 * core-schema rules (so it is the same data, key for key), and a finding's line and column are worked out
 * from the events only when there is a finding.
 *
 * It reads only what it can read exactly as the full reader (yaml-full.ts) would. Anything else, it
 * declines (returns undefined) and the full reader takes the file, with its error codes and positions:
 * a syntax error, more than one document, an empty file, a duplicate or complex key, an anchor, alias or
 * tag, a directive, a flow collection over more than one line, nesting past the limit, a conflict marker,
 * a tab, a lone CR, a stray BOM, a document end marker, an empty key, a block scalar with an indentation
 * indicator.
 * test/yaml-fast.test.ts holds it to that over the bundled plans, the hostile-input catalogue and
 * generated YAML: whenever it accepts a text, the full reader finds no problem and the same data, and
 * every position agrees.
 */
import { type Event, getScalarValue, parseEvents } from 'js-yaml';
import type { Range } from '../diagnostics.js';
import { type LoadedYaml, type PathSegment, firstKey, lineEndOf, lineStartsOf, rangeOf } from './loaded.js';

const DOCUMENT = 1;
const SEQUENCE = 2;
const MAPPING = 3;
const SCALAR = 4;
const POP = 6;
const PLAIN = 1;
const SINGLE_QUOTED = 2;
const DOUBLE_QUOTED = 3;
const FLOW = 2;

const NULL = /^(?:~|[Nn]ull|NULL)?$/;
const BOOL = /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/;
const INT_OCT = /^0o[0-7]+$/;
const INT = /^[-+]?[0-9]+$/;
const INT_HEX = /^0x[0-9a-fA-F]+$/;
const FLOAT_NAN = /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/;
const FLOAT_EXP = /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/;
const FLOAT = /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/;

/**
 * A plain scalar's value under the YAML 1.2 core schema, as eemeli/yaml resolves it. Only the patterns
 * that can match a scalar's first character are tried: a date (2017-06-30) or a year (2017/18) is tried
 * as a number, never as a null or a bool; a word beginning with n, t or f only as a null or a bool.
 */
export function resolvePlain(s: string): unknown {
  if (s === '') return null;
  const c = s.charCodeAt(0);
  if (c >= 0x30 && c <= 0x39) {
    // a digit: octal and hex need 0o and 0x; then integers and floats
    if (c === 0x30 && s.length > 2) {
      const x = s.charCodeAt(1);
      if (x === 0x6f /* o */ && INT_OCT.test(s)) return parseInt(s.substring(2), 8);
      if (x === 0x78 /* x */ && INT_HEX.test(s)) return parseInt(s.substring(2), 16);
    }
    // After its leading digits a number can only go on with "." or an exponent. Dates (2017-06-30) and
    // years (2017/18), the digit-led scalars plans hold most, are settled here without the patterns.
    let k = 1;
    let d = 0;
    while (k < s.length && (d = s.charCodeAt(k)) >= 0x30 && d <= 0x39) k++;
    if (k === s.length) return parseInt(s, 10);
    if (d !== 0x2e /* . */ && d !== 0x65 /* e */ && d !== 0x45 /* E */) return s;
    if (FLOAT_EXP.test(s) || FLOAT.test(s)) return parseFloat(s);
    return s;
  }
  switch (c) {
    // A null or a bool is one of a few words; keys such as title, targets or notes are none of them.
    case 0x7e /* ~ */:
    case 0x6e /* n */:
    case 0x4e /* N */:
      return NULL.test(s) ? null : s;
    case 0x74 /* t */:
    case 0x54 /* T */:
    case 0x66 /* f */:
    case 0x46 /* F */:
      return BOOL.test(s) ? c === 0x74 || c === 0x54 : s;
    case 0x2b /* + */:
    case 0x2d /* - */:
    case 0x2e /* . */:
      break;
    default:
      return s; // most plain scalars are words: nothing else can begin a null, bool or number
  }
  if (INT.test(s)) return parseInt(s, 10);
  if (FLOAT_NAN.test(s)) return s.slice(-3).toLowerCase() === 'nan' ? Number.NaN : s[0] === '-' ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY;
  if (FLOAT_EXP.test(s) || FLOAT.test(s)) return parseFloat(s);
  return s;
}

function scalarValue(text: string, e: Extract<Event, { type: 4 }>): unknown {
  const raw = getScalarValue(text, e);
  return e.style === PLAIN ? resolvePlain(raw) : raw;
}

interface Frame {
  kind: 'map' | 'seq';
  value: Record<string, unknown> | unknown[];
  flow: boolean;
  start: number;
  /** flow collections: the offset after their last child, to find the closing bracket */
  cursor: number;
  /** maps: the pending key (after a key event, before its value) */
  key?: string;
  hasKey: boolean;
  keys?: Set<unknown>;
}

/** Whether the header line of the block scalar whose content starts at valueStart has an indentation indicator. */
function explicitIndent(text: string, valueStart: number): boolean {
  if (valueStart <= 0) return true;
  const header = text.slice(text.lastIndexOf('\n', valueStart - 2) + 1, valueStart);
  return /[|>][-+]?[0-9]/.test(header);
}

/** Where a one-line flow collection ends (after its closing bracket), or -1 when it is not one line. */
function flowEnd(text: string, from: number): number {
  for (let i = from; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x5d || c === 0x7d) return i + 1; // ] or }
    if (c !== 0x20 && c !== 0x2c) return -1; // only spaces and commas may come between
  }
  return -1;
}

/** The text read by js-yaml, or undefined when the full reader must take it (see the header). */
export function loadYamlFast(file: string, text: string, maxDepth: number): LoadedYaml | undefined {
  // Tabs: the readers differ on where YAML allows them (indentation, block scalars); editors write spaces.
  if (text.length === 0 || text.includes('<<<<<<<') || text.includes('\t')) return undefined;
  // A lone CR ends a line for js-yaml but not for eemeli/yaml's lexer; a BOM past the start, or a document
  // end marker (...), are read differently too.
  if (text.includes('\uFEFF') || (text.includes('\r') && /\r(?!\n)/.test(text)) || (text.includes('...') && /^\.\.\.(?:\s|$)/m.test(text))) return undefined;
  // Two document markers: a stream of documents. js-yaml would read every one before this reader saw the
  // second; the full reader stops counting them at MAX_DOCUMENTS_COUNTED.
  if (text.includes('---')) {
    const marker = /^---(?=\s|$)/gm;
    if (marker.test(text) && marker.test(text)) return undefined;
  }
  let events: Event[];
  try {
    // js-yaml counts every node in its depth, scalars included; the collection depth is checked below.
    events = parseEvents(text, { maxDepth: maxDepth + 2 });
  } catch {
    return undefined;
  }
  const first = events[0];
  if (!first || first.type !== DOCUMENT || first.directives.length > 0 || events[1]?.type === POP) return undefined;
  const stack: Frame[] = [];
  let root: unknown;
  let done = false;
  const place = (value: unknown, end: number): boolean => {
    const top = stack[stack.length - 1];
    if (!top) {
      root = value;
      done = true;
      return true;
    }
    if (top.kind === 'map' && !top.hasKey && typeof value === 'object' && value !== null) return false;
    if (top.flow) top.cursor = end;
    if (top.kind === 'seq') {
      (top.value as unknown[]).push(value);
      return true;
    }
    if (!top.hasKey) {
      // A key: a scalar, not empty (": x" reads differently), unique in its mapping by its value.
      if (end === -1) return false;
      if (top.keys!.has(value)) return false;
      top.keys!.add(value);
      top.key = value === null ? '' : String(value);
      top.hasKey = true;
      return true;
    }
    const obj = top.value as Record<string, unknown>;
    const k = top.key!;
    // As eemeli/yaml's toJS: a key already "in" the object (__proto__, toString, ...) becomes an own property.
    if (k in obj) Object.defineProperty(obj, k, { value, writable: true, enumerable: true, configurable: true });
    else obj[k] = value;
    top.hasKey = false;
    return true;
  };
  for (let i = 1; i < events.length; i++) {
    const e = events[i]!;
    switch (e.type) {
      case SCALAR: {
        if (done || e.anchorStart !== -1 || e.tagStart !== -1) return undefined;
        // The readers differ on a block scalar's explicit indentation indicator (|2): leave those to the full one.
        if (e.style > DOUBLE_QUOTED && explicitIndent(text, e.valueStart)) return undefined;
        const end = e.valueStart === -1 ? -1 : e.style === SINGLE_QUOTED || e.style === DOUBLE_QUOTED ? e.valueEnd + 1 : e.valueEnd;
        if (stack[stack.length - 1]?.flow && end === -1) return undefined;
        if (!place(scalarValue(text, e), end)) return undefined;
        break;
      }
      case MAPPING:
      case SEQUENCE: {
        if (done || e.anchorStart !== -1 || e.tagStart !== -1 || stack.length >= maxDepth) return undefined;
        const value = e.type === MAPPING ? {} : [];
        if (stack.length > 0 && !place(value, -1)) return undefined; // a collection as a key
        else if (stack.length === 0) root = value;
        stack.push({ kind: e.type === MAPPING ? 'map' : 'seq', value, flow: e.style === FLOW, start: e.start, cursor: e.start + 1, hasKey: false, ...(e.type === MAPPING ? { keys: new Set() } : {}) });
        break;
      }
      case POP: {
        const frame = stack.pop();
        if (!frame) {
          if (i !== events.length - 1) return undefined; // a second document
          break;
        }
        if (frame.kind === 'map' && frame.hasKey) return undefined;
        if (stack.length === 0) done = true;
        if (frame.flow) {
          // Only one-line flow collections: over several lines, the full reader may warn about their indentation.
          const end = flowEnd(text, frame.cursor);
          const nl = text.indexOf('\n', frame.start);
          if (end === -1 || (nl !== -1 && nl < end)) return undefined;
          const parent = stack[stack.length - 1];
          if (parent?.flow) parent.cursor = end;
        }
        break;
      }
      default:
        return undefined; // an alias, or a second document
    }
  }
  if (!done || root === null || root === undefined) return undefined;
  return { file, text, data: root, lines: lineStartsOf(text), diagnostics: [], maxDepth, events };
}

// ------------------------------------------------------------------------------------------- positions

interface Node {
  kind: 'map' | 'seq' | 'scalar';
  start: number;
  /** scalars: end of the value (after a closing quote); -1 for an empty node */
  end: number;
  /** scalars: the resolved value (keys are matched by it, as the full reader does) */
  value?: unknown;
  /** scalars: whether the events give its range exactly as eemeli/yaml does */
  exact: boolean;
  /** collections: keys and values alternating (maps), or items */
  children?: Node[];
  /** collections: whether any part of them lies past their first line */
  multiline?: boolean;
}

const trees = new WeakMap<object, Node>();

function treeOf(loaded: LoadedYaml): Node | undefined {
  const events = loaded.events!;
  const cached = trees.get(events);
  if (cached) return cached;
  const text = loaded.text;
  const stack: Node[] = [];
  let root: Node | undefined;
  const add = (n: Node) => {
    const top = stack[stack.length - 1];
    if (top) top.children!.push(n);
    else root = n;
  };
  for (const e of events) {
    if (e.type === SCALAR) {
      const quoted = e.style === SINGLE_QUOTED || e.style === DOUBLE_QUOTED;
      const empty = e.valueStart === -1;
      add({
        kind: 'scalar',
        start: empty ? -1 : quoted ? e.valueStart - 1 : e.valueStart,
        end: empty ? -1 : quoted ? e.valueEnd + 1 : e.valueEnd,
        value: scalarValue(text, e),
        // Block scalars start at their | or > indicator and empty ones after the ':', which the events do
        // not give: those few are placed by the full reader.
        exact: !empty && (e.style === PLAIN || quoted),
      });
    } else if (e.type === MAPPING || e.type === SEQUENCE) {
      const n: Node = { kind: e.type === MAPPING ? 'map' : 'seq', start: e.start, end: -1, exact: e.style !== FLOW, children: [] };
      add(n);
      stack.push(n);
    } else if (e.type === POP) {
      const n = stack.pop();
      if (n) n.multiline = spansLines(n, text);
    }
  }
  if (root) trees.set(events, root);
  return root;
}

/** Whether a collection reaches past its first line: then the full reader's range for it ends there too. */
function spansLines(n: Node, text: string): boolean {
  const lineEnd = lineEndOf(text, n.start);
  const stack = [...(n.children ?? [])];
  while (stack.length) {
    const c = stack.pop()!;
    if (c.kind === 'scalar') {
      if (c.start > lineEnd) return true;
    } else {
      if (c.start > lineEnd || c.multiline) return true;
      stack.push(...(c.children ?? []));
    }
  }
  return false;
}

/**
 * The range of the node at a path, as the full reader's locate() gives it: the key itself (at 'key') or
 * the value, falling back to the nearest ancestor that exists. Undefined when the node is one whose exact
 * range the events do not give (a block scalar, an empty value, a flow collection, a one-line block
 * collection): the caller then asks the full reader.
 */
export function locateFast(loaded: LoadedYaml, path: readonly PathSegment[], at: 'key' | 'value'): Range | undefined {
  const root = treeOf(loaded);
  if (!root) return undefined;
  let node: Node = root;
  let keyNode: Node | undefined;
  for (const seg of path) {
    const children: Node[] | undefined = node.children;
    if (node.kind === 'map' && children) {
      const k = firstKey(node, children.length >> 1, (i) => children[2 * i]!.value, seg);
      if (k === -1) break;
      const found = 2 * k;
      keyNode = children[found];
      node = children[found + 1]!;
    } else if (node.kind === 'seq' && children && typeof seg === 'number' && children[seg] !== undefined) {
      keyNode = undefined;
      node = children[seg]!;
    } else {
      break;
    }
  }
  const target = at === 'key' && keyNode ? keyNode : node;
  if (!target.exact) return undefined;
  if (target.kind === 'scalar') return rangeOf(loaded.lines, target.start, target.end, loaded.text);
  // A block collection: its first line, when it goes on past it (a one-line one ends where its last value does).
  if (!target.multiline) return undefined;
  return rangeOf(loaded.lines, target.start, lineEndOf(loaded.text, target.start), loaded.text);
}
