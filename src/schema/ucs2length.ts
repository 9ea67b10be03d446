/**
 * A string's length as JSON Schema counts it (code points: a surrogate pair is one), for minLength and
 * maxLength in the compiled validators, in place of ajv's runtime helper (scripts/build.mjs). It counts as
 * ajv does: a high surrogate followed by a low one is one, any other is one each (test/unit/schema.test.ts holds
 * it to ajv's).
 */
const PAIR = /[\uD800-\uDBFF][\uDC00-\uDFFF]/;
const PAIRS = /[\uD800-\uDBFF][\uDC00-\uDFFF]/g;

export default function ucs2length(s: string): number {
  return PAIR.test(s) ? s.length - (s.match(PAIRS)?.length ?? 0) : s.length;
}
