/**
 * The word diff of two texts: words paired by the `diff` package (Myers' algorithm over whole words, so
 * punctuation stays with its word), deletions shown before insertions, long unchanged stretches cut to a gap.
 */
import { diffArrays } from 'diff';
import type { WordPart } from './types.js';
import { normText } from './values.js';

export interface WordDiffOptions {
  /** unchanged words kept either side of a change */
  context?: number;
  /** the longest a deleted or inserted run is shown */
  maxRun?: number;
  /** past this many words deleted and inserted, the texts are shown as one replacement */
  maxEdits?: number;
}

function words(s: string): string[] {
  return normText(s).split(' ').filter(Boolean);
}

/** The texts' runs: unchanged, deleted and inserted words, each stretch's deletions before its insertions. */
function runs(a: readonly string[], b: readonly string[], maxEdits: number): WordPart[] {
  // The common head and tail set apart, so that texts too far apart to pair word by word keep them.
  let head = 0;
  while (head < a.length && head < b.length && a[head] === b[head]) head++;
  let tail = 0;
  while (tail < a.length - head && tail < b.length - head && a[a.length - 1 - tail] === b[b.length - 1 - tail]) tail++;
  const oldMiddle = a.slice(head, a.length - tail);
  const newMiddle = b.slice(head, b.length - tail);
  const middle = diffArrays(oldMiddle, newMiddle, { maxEditLength: maxEdits }) ?? [
    { value: oldMiddle, removed: true, added: false, count: oldMiddle.length },
    { value: newMiddle, removed: false, added: true, count: newMiddle.length },
  ];
  const out: WordPart[] = [];
  let del: string[] = [];
  let ins: string[] = [];
  const flush = () => {
    if (del.length) out.push({ op: 'del', text: del.join(' ') });
    if (ins.length) out.push({ op: 'ins', text: ins.join(' ') });
    del = [];
    ins = [];
  };
  const unchanged = (value: readonly string[]) => {
    if (!value.length) return;
    flush();
    const last = out.at(-1);
    if (last?.op === 'same') last.text += ` ${value.join(' ')}`;
    else out.push({ op: 'same', text: value.join(' ') });
  };
  unchanged(a.slice(0, head));
  for (const c of middle) {
    if (c.removed) del.push(...c.value);
    else if (c.added) ins.push(...c.value);
    else unchanged(c.value);
  }
  unchanged(a.slice(a.length - tail));
  flush();
  return out;
}

function trimRun(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

/** Unchanged stretches of five or more words beyond the context cut to a gap, long changed runs cut short. */
function collapse(parts: readonly WordPart[], context: number, maxRun: number): WordPart[] {
  return parts.flatMap((p, i): WordPart[] => {
    if (p.op !== 'same') return [{ op: p.op, text: trimRun(p.text, maxRun) }];
    const w = p.text.split(' ');
    const keepHead = i === 0 ? 0 : context;
    const keepTail = i === parts.length - 1 ? 0 : context;
    if (w.length < keepHead + keepTail + 5) return [p];
    return [
      ...(keepHead ? [{ op: 'same' as const, text: w.slice(0, keepHead).join(' ') }] : []),
      { op: 'gap', text: '…' },
      ...(keepTail ? [{ op: 'same' as const, text: w.slice(w.length - keepTail).join(' ') }] : []),
    ];
  });
}

/** A word-level diff of two texts, with long unchanged stretches and long runs cut short. */
export function wordDiff(a: string, b: string, options: WordDiffOptions = {}): WordPart[] {
  const { context = 4, maxRun = 160, maxEdits = 1000 } = options;
  return collapse(runs(words(a), words(b), maxEdits), context, maxRun);
}

/** The word diff as plain text: [-deleted-]{+inserted+}. */
export function renderWords(parts: readonly WordPart[]): string {
  return parts.map((p) => (p.op === 'del' ? `[-${p.text}-]` : p.op === 'ins' ? `{+${p.text}+}` : p.text)).join(' ');
}
