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

// Colour and weight as the palette writes them (SGR); 8 (concealed text) is not among them.
// eslint-disable-next-line no-control-regex
const TERMINAL = new RegExp(`\u001b\\[([0-9;]{0,40})m|\r\n|${CONTROL.source}`, 'g');

/**
 * For text bound for a terminal whose parts the caller has not made inert (CSV, for one): as safeText, but
 * line ends, tabs, a leading byte-order mark and colour sequences are kept.
 */
export function terminalSafe(text: string): string {
  return text.replace(TERMINAL, (m: string, sgr: string | undefined, at: number) => {
    if (m === '\r\n' || (at === 0 && m === '\ufeff')) return m;
    if (sgr !== undefined) return sgr.split(';').includes('8') ? `${visible(m)}${m.slice(1)}` : m;
    return visible(m);
  });
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

/**
 * Whether the locale can show characters beyond ASCII (box-drawing, '…'): it names UTF-8, or none is set
 * (as on Windows). LC_ALL, then LC_CTYPE, then LANG decide, as in POSIX.
 */
export function utf8Locale(env: NodeJS.ProcessEnv = process.env): boolean {
  const locale = env.LC_ALL || env.LC_CTYPE || env.LANG;
  return !locale || /utf-?8/i.test(locale);
}
