/**
 * Plan text is untrusted: before it reaches a terminal it is made inert. Control characters and escape
 * sequences (which can recolour, retitle, hyperlink or rewrite a terminal, or hide the lines before them),
 * bidirectional controls (which can reorder what is shown: "Trojan Source"), line and paragraph separators
 * and invisible format characters are replaced by visible notation such as \x1b or \u202e.
 */
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff\ufff9-\ufffb]/g;

export function visible(c: string): string {
  const code = c.charCodeAt(0);
  return code > 0xff ? `\\u${code.toString(16).padStart(4, '0')}` : `\\x${code.toString(16).padStart(2, '0')}`;
}

/** For one-line output: control characters made visible, newlines and tabs as spaces. */
export function safeLine(text: string): string {
  return text.replace(/\r\n|\r|\n|\t/g, ' ').replace(CONTROL, visible);
}

/** For multi-line output: as safeLine, but newlines kept. */
export function safeText(text: string): string {
  return text.replace(/\r\n|\r/g, '\n').replace(/\t/g, ' ').replace(CONTROL, visible);
}

export function truncate(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, Math.max(0, max - 1))}…`;
}

let numeric: Intl.Collator | undefined;

/**
 * a.localeCompare(b, undefined, { numeric: true }) (so A2 before A10), with one collator for every call
 * rather than a new one for each comparison, as localeCompare with options makes.
 */
export function compareNumeric(a: string, b: string): number {
  return (numeric ??= new Intl.Collator(undefined, { numeric: true })).compare(a, b);
}
