/**
 * JSON.stringify(value, null, 2), given in pieces: the outer levels (to depth) are laid out here and each
 * value below them is stringified on its own. The report of 10,000 plans is 96 million characters of
 * JSON; made as one string (two bytes a character once any is outside Latin-1) it took 192 MB, and writing
 * it took the peak from 367 to 652 MB, where the report itself needs about 180 (bench/NOTES.md).
 *
 * For plain data, as the formatters give it: objects, arrays, strings, numbers, booleans, null, and
 * undefined or functions (left out of objects, null in arrays, as JSON.stringify does). A toJSON method is
 * not looked for. There is no replacer: one makes JSON.stringify call back into JavaScript for every value
 * (the report's JSON gives its matrices by id from a copy instead; see formatters/report/json.ts).
 */

const INDENT = '  ';

/** A value JSON.stringify would leave out of an object (and write as null in an array). */
function omitted(v: unknown): boolean {
  return v === undefined || typeof v === 'function' || typeof v === 'symbol';
}

/**
 * A list given by an iterable, taken one item at a time as its pieces are reached, and laid out as an array
 * (an item JSON.stringify would leave out is null, as in an array): the report's plans are made as they are
 * written, and each let go once written, instead of all being held until the last is made.
 */
export class Streamed<T = unknown> {
  constructor(readonly items: Iterable<T>) {}
}

/**
 * A value made when its place is reached, after everything before it: a report's totals, known once its
 * plans are written. Left out of an object, as JSON.stringify would, when it makes undefined.
 */
export class Later<T = unknown> {
  constructor(readonly make: () => T) {}
}

/**
 * The pieces of JSON.stringify(value, null, 2), the levels above depth laid out piece by piece. In the
 * laid-out levels, a Streamed list is taken item by item, and a Later value of an object made when its key
 * is reached. Neither may be placed below those levels: JSON.stringify does not know them.
 */
export function* jsonChunks(value: unknown, depth = 1): Generator<string> {
  if (omitted(value)) return;
  yield* laidOut(value, depth, '');
}

/**
 * JSON.stringify(items.map(as), null, 2) in pieces, each item made by as when it is reached (no list of the
 * made items is held).
 */
export function* jsonListChunks<T>(items: Iterable<T>, as: (item: T) => unknown = (item) => item): Generator<string> {
  yield* laidOutList(made(items, as), 1, '');
}

function* made<T>(items: Iterable<T>, as: (item: T) => unknown): Generator<unknown> {
  for (const item of items) yield as(item);
}

function* laidOut(value: unknown, depth: number, indent: string): Generator<string> {
  if (value instanceof Streamed && depth > 0) {
    yield* laidOutList(value.items, depth, indent);
    return;
  }
  if (depth <= 0 || value === null || typeof value !== 'object' || !(Array.isArray(value) || Object.getPrototypeOf(value) === Object.prototype || Object.getPrototypeOf(value) === null)) {
    yield whole(value, indent);
    return;
  }
  const inner = indent + INDENT;
  const holder = value as Record<string, unknown>;
  if (Array.isArray(value)) {
    yield* laidOutList(value, depth, indent);
    return;
  }
  let first = true;
  for (const key of Object.keys(holder)) {
    const child = holder[key] instanceof Later ? (holder[key] as Later).make() : holder[key];
    if (omitted(child)) continue;
    yield `${first ? '{' : ','}\n${inner}${JSON.stringify(key)}: `;
    first = false;
    yield* laidOut(child, depth - 1, inner);
  }
  yield first ? '{}' : `\n${indent}}`;
}

function* laidOutList(items: Iterable<unknown>, depth: number, indent: string): Generator<string> {
  const inner = indent + INDENT;
  let first = true;
  for (const child of items) {
    yield first ? `[\n${inner}` : `,\n${inner}`;
    first = false;
    if (omitted(child)) yield 'null';
    else yield* laidOut(child, depth - 1, inner);
  }
  yield first ? '[]' : `\n${indent}]`;
}

/**
 * A value below the laid-out levels, stringified whole and indented to where it sits: wrapped in one list
 * a level, so that JSON.stringify indents it itself, and cut out (re-indenting the text afterwards took
 * the report of 1,000 plans 20 ms).
 */
function whole(value: unknown, indent: string): string {
  const levels = indent.length / INDENT.length;
  let wrapped = value;
  for (let i = 0; i < levels; i++) wrapped = [wrapped];
  const text = JSON.stringify(wrapped, null, 2);
  if (levels === 0) return text;
  // "[\n  [\n    " before the value, "\n  ]\n]" after it (two levels)
  const before = levels * 2 + INDENT.length * ((levels * (levels + 1)) / 2);
  const after = levels * 2 + INDENT.length * ((levels * (levels - 1)) / 2);
  return text.slice(before, text.length - after);
}
