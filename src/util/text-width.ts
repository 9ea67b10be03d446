/**
 * How many terminal columns a text takes, for cli-table3, which asks string-width (v4) several times for
 * every cell. string-width strips colour codes with a regular expression it makes anew on every call and
 * runs a large emoji expression over every text; a report of a thousand plans spent most of its time
 * there. Nearly every cell is printable ASCII or Latin text, one column a character, once its colour
 * codes are gone: that is answered here, and anything else is left to string-width itself, so the answer
 * is always its answer (test/text-width.test.ts holds the two together). The build gives cli-table3 this
 * in place of string-width (scripts/build.mjs).
 */

// ansi-regex 5's pattern, as strip-ansi 6 uses it (made once; replace() starts a global search afresh).
const ANSI = new RegExp(
  [
    '[\\u001B\\u009B][[\\]()#;?]*(?:(?:(?:(?:;[-a-zA-Z\\d\\/#&.:=?%@~_]+)*|[a-zA-Z\\d]+(?:;[-a-zA-Z\\d\\/#&.:=?%@~_]*)*)?\\u0007)',
    '(?:(?:\\d{1,4}(?:;\\d{0,4})*)?[\\dA-PR-TZcf-ntqry=><~]))',
  ].join('|'),
  'g',
);
// Characters one column wide that string-width measures one at a time: printable ASCII, Latin letters and
// signs (U+00A0 to U+02FF) and the common dashes, quotes, bullets and ellipsis (U+2010 to U+2027). Those it
// may read as part of an emoji (© ® and the like, before U+FE0F) count for that mark, which is not here.
const NARROW = /^[\x20-\x7e\xa0-\u02ff\u2010-\u2027]*$/;

/** Whether every character of text is one column wide and none is a colour code: its width is its length. */
export function isNarrow(text: string): boolean {
  return NARROW.test(text);
}

/** The width of text as full (string-width) gives it, without asking it for text of narrow characters only. */
export function textWidth(text: unknown, full: (text: string) => number): number {
  if (typeof text !== 'string' || text.length === 0) return 0;
  if (NARROW.test(text)) return text.length;
  if (text.includes('\u001b') || text.includes('\u009b')) {
    const plain = text.replace(ANSI, '');
    if (NARROW.test(plain)) return plain.length;
  }
  return full(text);
}
