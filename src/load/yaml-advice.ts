/**
 * eemeli/yaml's syntax errors in an officer's words. The parser's messages are written for people who know
 * YAML's grammar ("Nested mappings are not allowed in compact mappings"); the everyday mistakes behind them
 * (a colon in a value, a line indented one step too far, a quote or bracket left open, a tab) are recognised
 * here from the error code and the line it is on, and said plainly, with what to do. Anything not
 * recognised keeps the parser's message and gets the general advice. One entry per mistake, as data.
 */
import { lineEndOf } from './positions.js';

/** An error as the parser gave it: its code, its message, and where it is (offsets in the text). */
export interface YamlError {
  code: string;
  message: string;
  start: number;
  end: number;
}

export interface Advice {
  message: string;
  hint: string;
  /** where to point instead of where the parser did (the bracket that was left open, say) */
  start?: number;
  end?: number;
}

/** The line an error is on, split at the error. */
export interface Around {
  text: string;
  /** the line (of a very long one, REACH characters either side of the error) */
  line: string;
  /** the line before and after the error */
  before: string;
  rest: string;
}

interface Mistake {
  code: string;
  /** the parser's message, when the code alone does not say which mistake this is (its groups go to advise) */
  message?: RegExp;
  /** what to say when this mistake is what the error shows, or undefined when it is not */
  advise: (e: YamlError, at: Around, said: RegExpExecArray | undefined) => Advice | undefined;
}

const QUOTE_WHEN = "a value needs quotes when it has ': ' or ' #' in it, or starts with one of [ ] { } & * ! | > ' \" % @ `";
export const GENERAL_HINT = `check the indentation (spaces only, each line lined up with the lines it belongs with) and the quoting: ${QUOTE_WHEN}`;

/** "title: " and "Review: phase 2" from "  title: Review: phase 2  # note": where a line's value starts. */
function keyAndValue(line: string): { key: string; value: string } {
  const key = /^\s*(?:-\s+)*(?:[^\s:#-][^:]*?:\s+)?/.exec(line)?.[0] ?? '';
  let value = line.slice(key.length);
  const comment = value.search(/\s#/);
  if (comment !== -1 && !/^["']/.test(value)) value = value.slice(0, comment);
  return { key: key.trimStart(), value: value.trimEnd() };
}

/** The value in quotes that keep it as it is: double, unless it holds a double quote or a backslash. */
export function quoted(value: string): string {
  return /["\\]/.test(value) ? `'${value.replaceAll("'", "''")}'` : `"${value}"`;
}

/** "put the whole value in quotes: title: "Review: phase 2"", or without the example when it would not fit. */
function quoteHint(at: Around, what = 'put the whole value in quotes'): string {
  const { key, value } = keyAndValue(at.line);
  const example = `${key}${quoted(value)}`;
  return value && example.length <= 80 ? `${what}: ${example}` : `${what} ("...")`;
}

const indentOf = (line: string) => /^ */.exec(line)![0].length;

/** The next line after offset that holds more than spaces and a comment, with its start; undefined at the end. */
function nextContentLine(text: string, offset: number): { line: string; start: number } | undefined {
  let nl = lineEndOf(text, offset);
  while (nl < text.length) {
    const start = nl + 1;
    nl = lineEndOf(text, start);
    const line = text.slice(start, nl).replace(/\r$/, '');
    if (!/^\s*(#.*)?$/.test(line)) return { line, start };
  }
  return undefined;
}

/** The [ or { before offset that nothing closes (pairs closed in between are skipped), or -1. */
function unclosed(text: string, offset: number): number {
  const closes: string[] = [];
  const end = Math.min(offset, text.length);
  for (let i = end - 1; i >= 0 && i >= end - 100 * REACH; i--) {
    const c = text[i]!;
    if (c === ']' || c === '}') closes.push(c);
    else if (c === '[' || c === '{') {
      const last = closes.pop();
      if (last === undefined) return i;
    }
  }
  return -1;
}

/** Whether the [ or { at open is closed on its own line. */
function closedOnItsLine(text: string, open: number): boolean {
  let depth = 0;
  const end = Math.min(lineEndOf(text, open), open + 100 * REACH);
  for (let i = open; i < end; i++) {
    const c = text[i];
    if (c === '[' || c === '{') depth++;
    else if ((c === ']' || c === '}') && --depth === 0) return true;
  }
  return false;
}

/** A [ or { left open on its line, said at the bracket; undefined when there is none before the error. */
function leftOpen(e: YamlError, at: Around): Advice | undefined {
  const open = unclosed(at.text, e.start);
  if (open === -1 || closedOnItsLine(at.text, open)) return undefined;
  const map = at.text[open] === '{';
  return {
    message: `this ${map ? '{' : '['} is not closed with ${map ? '}' : ']'} on its line`,
    hint: map ? 'close it with } on the same line, or write each key on a line of its own' : 'close the list with ] on the same line, as in owner: [A, B]; or write each item on a line of its own, starting with -',
    start: open,
    end: open + 1,
  };
}

/** title:y */
function noSpaceAfterColon(_e: YamlError, at: Around): Advice | undefined {
  const m = /^\s*(?:-\s+)*([^\s:#-][^:]*):(\S.*)$/.exec(at.line);
  return m && !/:\s/.test(at.line) ? { message: `a key needs a space after its colon: YAML reads '${m[1]}:${m[2]}' as text, not a key and its value`, hint: `put a space after the colon: ${m[1]}: ${m[2]}` } : undefined;
}

/** title Review */
function noColon(_e: YamlError, at: Around): Advice | undefined {
  return at.line.includes(':') ? undefined : { message: 'this line is neither a key with its value (key: value) nor a list item (- ...)', hint: 'add the colon after the key; or, if the line goes on with the text of the line above, indent it further than that key' };
}

const MISTAKES: Mistake[] = [
  {
    // title: Review: phase 2
    code: 'BLOCK_AS_IMPLICIT_KEY',
    advise: (_e, at) =>
      /:(\s|$)/.test(at.rest)
        ? { message: "this value has ': ' (a colon and a space) in it, which YAML reads as the start of another key", hint: quoteHint(at) }
        : undefined,
  },
  {
    // id: x
    //   title: y          (one step too far in)
    code: 'BLOCK_AS_IMPLICIT_KEY',
    advise: (e, at) => {
      const next = nextContentLine(at.text, e.start);
      if (!next || indentOf(next.line) <= indentOf(at.line)) return undefined;
      const first = next.start + indentOf(next.line);
      return {
        message: "this line is indented further than the key above it, so YAML reads it as more of that key's value",
        hint: "line it up with the key above (the same number of spaces); or, to put it inside that key, leave nothing after that key's colon",
        start: first,
        end: first + 1,
      };
    },
  },
  { code: 'MULTILINE_IMPLICIT_KEY', message: /^Implicit keys need to be on a single line/, advise: noSpaceAfterColon },
  { code: 'MULTILINE_IMPLICIT_KEY', message: /^Implicit keys need to be on a single line/, advise: noColon },
  // the same two on the last line of a file
  { code: 'MISSING_CHAR', message: /^Implicit map keys need to be followed by map values/, advise: noSpaceAfterColon },
  { code: 'MISSING_CHAR', message: /^Implicit map keys need to be followed by map values/, advise: noColon },
  // owner: [A, B    (never closed: the parser complains of the lines after it, read as more of the list)
  { code: 'BAD_INDENT', message: /^Flow (sequence|map) in block collection/, advise: leftOpen },
  { code: 'MISSING_CHAR', message: /between flow (sequence|map) items/, advise: leftOpen },
  { code: 'MULTILINE_IMPLICIT_KEY', message: /of flow (sequence|map) pairs/, advise: leftOpen },
  { code: 'BLOCK_IN_FLOW', advise: leftOpen },
  {
    code: 'MISSING_CHAR',
    message: /closing (["'])quote/,
    advise: (_e, _at, said) => {
      const q = said![1]!;
      return { message: `this ${q} quote is not closed on its line`, hint: `end the value with ${q} on the same line, or take the quote away (most values need none)` };
    },
  },
  {
    //   - id: A1
    //     title: t
    //    due: 2018-01-01   (between the two)
    code: 'MISSING_CHAR',
    message: /Sequence item without - indicator/,
    advise: () => ({ message: 'this line is indented less than the item above it but more than its list, so YAML cannot tell where it belongs', hint: 'line it up with the keys of the item above (the same number of spaces), or start a new item with -' }),
  },
  {
    code: 'BAD_INDENT',
    message: /^All (mapping|sequence) items must start at the same column/,
    advise: (_e, _at, said) => {
      const what = said![1] === 'mapping' ? ['key', 'keys'] : ['list item', 'items'];
      return { message: `this ${what[0]} does not line up with the ${what[1]} above it`, hint: `indent it with the same number of spaces as the ${what[1]} above it` };
    },
  },
  {
    // owner: @bob     note: %done
    code: 'BAD_SCALAR_START',
    message: /character (\S)$/,
    advise: (_e, at, said) => ({ message: `a value cannot start with ${said![1]} unless it is in quotes`, hint: quoteHint(at, 'put the value in quotes') }),
  },
  {
    // note: & more      note: *important
    code: 'BAD_ALIAS',
    advise: (e, at) => {
      const c = at.text[e.start];
      return c === '&' || c === '*' ? { message: `a value cannot start with ${c} unless it is in quotes (YAML reads ${c} there as ${c === '&' ? 'an anchor' : 'an alias'})`, hint: quoteHint(at, 'put the value in quotes') } : undefined;
    },
  },
  {
    // path: "C:\new\q"
    code: 'BAD_DQ_ESCAPE',
    message: /Invalid escape sequence (.+)$/,
    advise: (_e, _at, said) => ({ message: `in double quotes a backslash starts an escape, and ${said![1]} is not one`, hint: "use single quotes instead ('C:\\files'), or write each \\ as \\\\" }),
  },
  {
    // title: "Draft" plan     title: [draft] plan
    code: 'UNEXPECTED_TOKEN',
    message: /^Unexpected scalar at node end/,
    advise: (_e, at) => {
      const closer = at.before.trimEnd().at(-1);
      if (closer === '"' || closer === "'") return { message: 'text follows the closing quote of this value', hint: quoteHint(at) };
      if (closer === ']' || closer === '}') return { message: `text follows the closing ${closer} of this value: a value starting with ${closer === ']' ? '[' : '{'} is read as a ${closer === ']' ? 'list' : 'mapping'}`, hint: quoteHint(at) };
      return undefined;
    },
  },
  {
    // owner: [A, B]]
    code: 'UNEXPECTED_TOKEN',
    message: /^Unexpected flow-(seq|map)-end token/,
    advise: (_e, _at, said) => {
      const [c, open] = said![1] === 'seq' ? [']', '['] : ['}', '{'];
      return { message: `this ${c} closes nothing: there is no ${open} open before it`, hint: 'take it away, or put the whole value in quotes' };
    },
  },
  {
    // title: | text
    code: 'UNEXPECTED_TOKEN',
    message: /^Not a YAML token/,
    advise: (_e, at) => {
      const header = /:\s+([|>])[-+0-9]*\s*$/.exec(at.before)?.[1];
      return header
        ? { message: `text after ${header} on its line: the text of a ${header} value starts on the next line`, hint: `move the text to the next line, indented further than the key; or take the ${header} away` }
        : undefined;
    },
  },
  {
    code: 'TAB_AS_INDENT',
    advise: () => ({ message: 'this line is indented with a tab: YAML indents with spaces only', hint: 'replace the tab with spaces (most editors can convert indentation to spaces)' }),
  },
];

/** Of a very long line, only this much either side of the error is looked at (the tests above stay cheap). */
const REACH = 1_000;

/** The line around offset, split there. */
export function around(text: string, offset: number): Around {
  const at = Math.max(0, Math.min(offset, text.length));
  const head = text.slice(Math.max(0, at - REACH), at);
  const tail = text.slice(at, at + REACH);
  const from = at - head.length + head.lastIndexOf('\n') + 1;
  const to = tail.includes('\n') ? at + tail.indexOf('\n') : at + tail.length;
  const line = text.slice(from, to).replace(/\r$/, '');
  return { text, line, before: line.slice(0, at - from), rest: line.slice(at - from) };
}

/**
 * The offset of a tab in the indentation of the line holding offset, if there is one. A tab there upsets
 * how the parser reads every line after it, so the errors that follow are its consequences, not mistakes
 * of their own.
 */
export function tabInIndent(text: string, offset: number): number | undefined {
  const start = text.lastIndexOf('\n', Math.max(0, Math.min(offset, text.length) - 1)) + 1;
  const indent = /^[ \t]*/.exec(text.slice(start, start + REACH))![0];
  const tab = indent.indexOf('\t');
  return tab === -1 ? undefined : start + tab;
}

/** What to tell the officer about a parser error: the first mistake that recognises it, else its own message and the general advice. */
export function adviseYamlError(e: YamlError, text: string): Advice {
  const at = around(text, e.start);
  for (const m of MISTAKES) {
    if (m.code !== e.code) continue;
    const said = m.message?.exec(e.message) ?? undefined;
    if (m.message && !said) continue;
    const advice = m.advise(e, at, said);
    if (advice) return advice;
  }
  return { message: e.message, hint: GENERAL_HINT };
}
