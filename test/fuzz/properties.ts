/**
 * The properties that every input must satisfy, shared by the test suite (a few hundred cases) and
 * `npm run fuzz` (test/fuzz/run.ts, 100,000 by default). Cases start from the real plans in plans/ and are
 * mutated as plans are in real life, only harder: characters and lines deleted, inserted and duplicated,
 * indentation shifted or turned into tabs, control characters and escape sequences injected, anchors and
 * aliases scattered, brackets piled up, line endings changed, a BOM added, the file truncated.
 *
 * For each case, in-process against the library (no CLI): decoding the bytes and linting the text never
 * throw, finish within a time bound, and every diagnostic's position lies inside the file
 * (1 <= line <= lines, 1 <= column <= line length + 1, and the end not before the start).
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { type Config, loadConfig } from '../../src/config.js';
import type { Diagnostic } from '../../src/diagnostics.js';
import { lintDocuments } from '../../src/lint/engine.js';
import { decodeSource } from '../../src/load/source.js';
import { type Day, parseIsoDay } from '../../src/model/dates.js';
import { Councils, loadDocument } from '../../src/project.js';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** Per case: generous for a slow CI machine, far below anything that could be called a hang. */
export const DEFAULT_BOUND_MS = 2_000;

export interface Seed {
  /** absolute path of the real plan: its council register beside it is used as in a real run */
  path: string;
  name: string;
  text: string;
}

function yamlFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...yamlFiles(p));
    else if (/\.ya?ml$/.test(name)) out.push(p);
  }
  return out;
}

/** Every plan (and council register) under plans/. */
export function loadSeeds(): Seed[] {
  return yamlFiles(join(ROOT, 'plans')).map((path) => ({ path, name: relative(ROOT, path), text: readFileSync(path, 'utf8') }));
}

// ------------------------------------------------------------------------------------------- mutations

export type Mutation =
  | { op: 'delete'; at: number; length: number }
  | { op: 'insert'; at: number; text: string }
  | { op: 'duplicate'; at: number; length: number }
  | { op: 'deleteLine'; line: number }
  | { op: 'duplicateLine'; line: number }
  | { op: 'swapLines'; line: number; other: number }
  | { op: 'moveLine'; line: number; to: number }
  | { op: 'indent'; line: number; by: number }
  | { op: 'tabIndent'; line: number }
  | { op: 'truncate'; at: number }
  | { op: 'crlf' }
  | { op: 'cr' }
  | { op: 'bom' }
  | { op: 'anchor'; at: number; name: string; aliasAt: number };

/** Characters that matter to YAML, to terminals, or to decoders. */
const HOSTILE = [
  ':', '-', ' ', '  ', '\t', '\n', '\r', '\r\n', '#', '&', '*', '!', '|', '>', '[', ']', '{', '}', '"', "'", '%', '@', '`', ',', '?', '\\',
  '---\n', '...\n', '- ', '? ', ': ', '<<: ', '!!binary ', '!!str ', '&a ', '*a', '|-\n', '>+\n', '%YAML 1.1\n', '%TAG ! tag:x,2000:\n',
  '\u0000', '\u0007', '\u0008', '\u001b', '\u001b[31m', '\u001b]0;title\u0007', '\u001b[2J', '\u009b', '\u0085', '\u007f',
  '\u202e', '\u2066', '\u200b', '\u2028', '\u2029', '\ufeff', '\ufffd', '\ud800', '\udc00', 'é', '£', '€', '’', '😀', '\u0301',
  '__proto__', 'constructor', 'prototype', 'toString', 'yes', 'no', '~', 'null', '0701', '0x1F', '1e999', '.nan', '-.inf', '2018-02-30',
  '<script>', '</style>', '=cmd|', '+1', '@SUM(1)',
];

const CONTROL = ['\u0000', '\u0001', '\u0007', '\u0008', '\u000b', '\u000c', '\u001b', '\u007f', '\u0080', '\u009b', '\u202e', '\ufeff'];

const fragment: fc.Arbitrary<string> = fc.oneof(
  { weight: 5, arbitrary: fc.constantFrom(...HOSTILE) },
  { weight: 2, arbitrary: fc.string({ maxLength: 12 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 6 }) },
  { weight: 1, arbitrary: fc.integer({ min: 1, max: 300 }).chain((n) => fc.constantFrom('['.repeat(n), '{a: '.repeat(n), '- '.repeat(n), `${'['.repeat(n)}${']'.repeat(n)}`)) },
);

export const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  { weight: 4, arbitrary: fc.record({ op: fc.constant('delete' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 40 }) }) },
  { weight: 6, arbitrary: fc.record({ op: fc.constant('insert' as const), at: fc.nat(), text: fragment }) },
  { weight: 2, arbitrary: fc.record({ op: fc.constant('insert' as const), at: fc.nat(), text: fc.constantFrom(...CONTROL) }) },
  { weight: 2, arbitrary: fc.record({ op: fc.constant('duplicate' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 200 }) }) },
  { weight: 3, arbitrary: fc.record({ op: fc.constant('deleteLine' as const), line: fc.nat() }) },
  { weight: 2, arbitrary: fc.record({ op: fc.constant('duplicateLine' as const), line: fc.nat() }) },
  { weight: 2, arbitrary: fc.record({ op: fc.constant('swapLines' as const), line: fc.nat(), other: fc.nat() }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('moveLine' as const), line: fc.nat(), to: fc.nat() }) },
  { weight: 3, arbitrary: fc.record({ op: fc.constant('indent' as const), line: fc.nat(), by: fc.integer({ min: -6, max: 6 }) }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('tabIndent' as const), line: fc.nat() }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('truncate' as const), at: fc.nat() }) },
  { weight: 1, arbitrary: fc.constant({ op: 'crlf' as const }) },
  { weight: 1, arbitrary: fc.constant({ op: 'cr' as const }) },
  { weight: 1, arbitrary: fc.constant({ op: 'bom' as const }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('anchor' as const), at: fc.nat(), name: fc.constantFrom('a', 'x', 'owner', 'é'), aliasAt: fc.nat() }) },
);

function splitLines(text: string): string[] {
  return text.split('\n');
}

export function applyMutation(text: string, m: Mutation): string {
  const pos = (n: number) => (text.length === 0 ? 0 : n % (text.length + 1));
  switch (m.op) {
    case 'delete': {
      const at = pos(m.at);
      return text.slice(0, at) + text.slice(at + m.length);
    }
    case 'insert': {
      const at = pos(m.at);
      return text.slice(0, at) + m.text + text.slice(at);
    }
    case 'duplicate': {
      const at = pos(m.at);
      return text.slice(0, at + m.length) + text.slice(at, at + m.length) + text.slice(at + m.length);
    }
    case 'truncate':
      return text.slice(0, pos(m.at));
    case 'crlf':
      return text.replace(/\r?\n/g, '\r\n');
    case 'cr':
      return text.replace(/\r?\n/g, '\r');
    case 'bom':
      return `\ufeff${text}`;
    case 'anchor': {
      const at = pos(m.at);
      const withAnchor = `${text.slice(0, at)}&${m.name} ${text.slice(at)}`;
      const aliasAt = withAnchor.length === 0 ? 0 : m.aliasAt % (withAnchor.length + 1);
      return `${withAnchor.slice(0, aliasAt)}*${m.name}${withAnchor.slice(aliasAt)}`;
    }
    default:
      break;
  }
  const lines = splitLines(text);
  const i = lines.length === 0 ? 0 : m.line % lines.length;
  switch (m.op) {
    case 'deleteLine':
      lines.splice(i, 1);
      break;
    case 'duplicateLine':
      lines.splice(i, 0, lines[i] ?? '');
      break;
    case 'swapLines': {
      const j = m.other % lines.length;
      [lines[i], lines[j]] = [lines[j] ?? '', lines[i] ?? ''];
      break;
    }
    case 'moveLine': {
      const [line] = lines.splice(i, 1);
      lines.splice(m.to % (lines.length + 1), 0, line ?? '');
      break;
    }
    case 'indent': {
      const line = lines[i] ?? '';
      lines[i] = m.by >= 0 ? ' '.repeat(m.by) + line : line.replace(new RegExp(`^ {0,${-m.by}}`), '');
      break;
    }
    case 'tabIndent':
      lines[i] = (lines[i] ?? '').replace(/^( +)/, (s) => '\t'.repeat(Math.max(1, Math.floor(s.length / 2))));
      break;
  }
  return lines.join('\n');
}

export interface Case {
  seed: number;
  mutations: Mutation[];
}

/** A case: which seed plan, and the mutations applied to it in turn. */
export function caseArbitrary(seeds: readonly Seed[]): fc.Arbitrary<Case> {
  return fc.record({ seed: fc.integer({ min: 0, max: seeds.length - 1 }), mutations: fc.array(mutation, { minLength: 1, maxLength: 8 }) });
}

export function build(seeds: readonly Seed[], c: Case): { seed: Seed; text: string } {
  const seed = seeds[c.seed]!;
  let text = seed.text;
  for (const m of c.mutations) text = applyMutation(text, m);
  return { seed, text };
}

// ------------------------------------------------------------------------------------------- checking

export interface Harness {
  config: Config;
  asOf: Day;
  councils: Map<string, Councils>;
}

export function harness(): Harness {
  return { config: loadConfig({ cwd: ROOT }), asOf: parseIsoDay('2017-06-30')!, councils: new Map() };
}

export interface Outcome {
  ms: number;
  diagnostics: number;
  /** why the properties failed; undefined when they hold */
  failure?: string;
}

/** The problems with a diagnostic's position in this text, or undefined when it lies inside. */
export function positionProblem(d: Diagnostic, text: string): string | undefined {
  const lines = text.split('\n');
  const visibleLength = (n: number) => (lines[n - 1] ?? '').replace(/\r$/, '').length;
  const where = `${d.ruleId} at ${d.line}:${d.column}-${d.endLine}:${d.endColumn}`;
  for (const [name, v] of [['line', d.line], ['column', d.column], ['endLine', d.endLine], ['endColumn', d.endColumn]] as const) {
    if (!Number.isInteger(v)) return `${where}: ${name} is not a whole number`;
  }
  if (d.line < 1 || d.line > lines.length) return `${where}: line outside 1..${lines.length}`;
  if (d.column < 1 || d.column > visibleLength(d.line) + 1) return `${where}: column outside 1..${visibleLength(d.line) + 1}`;
  if (d.endLine < d.line || d.endLine > lines.length) return `${where}: end line outside ${d.line}..${lines.length}`;
  if (d.endLine === d.line && d.endColumn < d.column) return `${where}: ends before it starts`;
  if (d.endColumn < 1 || d.endColumn > visibleLength(d.endLine) + 1) return `${where}: end column outside 1..${visibleLength(d.endLine) + 1}`;
  if (typeof d.message !== 'string' || d.message.length === 0) return `${where}: no message`;
  return undefined;
}

/**
 * Decodes the bytes and lints the text of one case, in-process, and checks the properties. Never throws:
 * an exception from the library is itself a failure.
 */
export function check(h: Harness, seed: Seed, text: string, boundMs = DEFAULT_BOUND_MS): Outcome {
  // The library never prints: a warning from a dependency would reach the terminal with plan text in it.
  const printed: string[] = [];
  const emitWarning = process.emitWarning;
  const stderrWrite = process.stderr.write;
  process.emitWarning = ((warning: string | Error) => void printed.push(String(warning))) as typeof process.emitWarning;
  process.stderr.write = ((chunk: unknown) => (printed.push(String(chunk)), true)) as typeof process.stderr.write;
  try {
    const outcome = checkQuietly(h, seed, text, boundMs);
    if (!outcome.failure && printed.length) return { ...outcome, failure: `printed to the terminal: ${JSON.stringify(printed[0]!.slice(0, 200))}` };
    return outcome;
  } finally {
    process.emitWarning = emitWarning;
    process.stderr.write = stderrWrite;
  }
}

function checkQuietly(h: Harness, seed: Seed, text: string, boundMs: number): Outcome {
  const start = performance.now();
  try {
    const bytes = Buffer.from(text, 'utf8');
    const decoded = decodeSource(seed.name, bytes, h.config.limits.maxFileBytes);
    for (const d of decoded.diagnostics) {
      // positions of decoding faults are in the text as far as it decodes
      const problem = positionProblem(d, new TextDecoder().decode(bytes));
      if (problem) return { ms: performance.now() - start, diagnostics: decoded.diagnostics.length, failure: `decodeSource: ${problem}` };
    }
    const dir = dirname(seed.path);
    let councils = h.councils.get(dir);
    if (!councils) {
      councils = new Councils(h.config, ROOT);
      h.councils.set(dir, councils);
    }
    const doc = loadDocument(seed.path, h.config, { text, cwd: ROOT });
    const diagnostics = lintDocuments([doc], councils, { config: h.config, asOf: h.asOf, cwd: ROOT });
    const ms = performance.now() - start;
    for (const d of diagnostics) {
      if (d.file !== doc.file) continue; // the council register beside it: a real file, checked as itself
      const problem = positionProblem(d, doc.yaml.text);
      if (problem) return { ms, diagnostics: diagnostics.length, failure: problem };
    }
    if (ms > boundMs) return { ms, diagnostics: diagnostics.length, failure: `took ${ms.toFixed(0)} ms, over the ${boundMs} ms bound` };
    return { ms, diagnostics: diagnostics.length };
  } catch (err) {
    return { ms: performance.now() - start, diagnostics: 0, failure: `threw: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}` };
  }
}

/** A short, printable description of a case (for failures and the slowest input). */
export function describeCase(seeds: readonly Seed[], c: Case): string {
  const seed = seeds[c.seed]!;
  return `${seed.name} with ${JSON.stringify(c.mutations)}`;
}
