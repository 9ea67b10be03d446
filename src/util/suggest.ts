/** "Did you mean ...?" for unknown keys, references and names. */
export function editDistance(a: string, b: string): number {
  return boundedDistance(a, b, Math.max(a.length, b.length));
}

/**
 * The edit distance between a and b when it is at most max, else max + 1 (found without finishing the
 * table: a register of hundreds of names is searched for every unknown one, in every plan). Two letters
 * swapped ('deu' for 'due', 'onwer' for 'owner') count as one edit, as the commonest typing slip: the
 * optimal string alignment distance, Levenshtein's with adjacent transpositions.
 */
export function boundedDistance(a: string, b: string, max: number): number {
  if (a === b) return 0;
  const m = a.length;
  const n = b.length;
  if (Math.abs(m - n) > max) return max + 1;
  if (m === 0) return n;
  if (n === 0) return m;
  // Three rows of the table: the one before the previous is needed for transpositions.
  let before = new Int32Array(n + 1);
  let prev = new Int32Array(n + 1);
  let cur = new Int32Array(n + 1);
  for (let j = 0; j <= n; j++) prev[j] = j;
  for (let i = 1; i <= m; i++) {
    cur[0] = i;
    let rowMin = i;
    const ca = a.charCodeAt(i - 1);
    const caBefore = i > 1 ? a.charCodeAt(i - 2) : -1;
    for (let j = 1; j <= n; j++) {
      const cb = b.charCodeAt(j - 1);
      let d = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (ca === cb ? 0 : 1));
      if (j > 1 && ca === b.charCodeAt(j - 2) && caBefore === cb && ca !== cb) d = Math.min(d, before[j - 2]! + 1);
      cur[j] = d;
      if (d < rowMin) rowMin = d;
    }
    // Every later row is at least this row's smallest value: past max, the distance is too.
    if (rowMin > max) return max + 1;
    const oldest = before;
    before = prev;
    prev = cur;
    cur = oldest;
  }
  return Math.min(prev[n]!, max + 1);
}

/** memo's answer for key, made by make the first time (a memo past limit entries starts afresh). */
function remembered(memo: Map<string, string>, key: string, limit: number, make: (key: string) => string): string {
  let answer = memo.get(key);
  if (answer === undefined) {
    answer = make(key);
    if (memo.size >= limit) memo.clear();
    memo.set(key, answer);
  }
  return answer;
}

/** A name as compared: lower case, without spaces, underscores, hyphens, slashes or full stops. */
function norm(s: string): string {
  return s.toLowerCase().replace(/[\s_\-/.]+/g, '');
}

/** The closest candidate, when it is close enough to be a plausible slip (case and spacing ignored). */
export function closest(input: string, candidates: Iterable<string>): string | undefined {
  const target = norm(input);
  const limit = Math.max(1, Math.floor(Math.max(target.length, 3) / 3));
  // The first candidate at the smallest distance, as long as that is within the limit: each one after
  // the best so far need only be measured as far as it could still be better.
  let best: string | undefined;
  let bestScore = limit + 1;
  for (const c of candidates) {
    const d = boundedDistance(target, norm(c), bestScore - 1);
    if (d < bestScore) {
      bestScore = d;
      best = c;
      if (d === 0) break;
    }
  }
  return best;
}

export function didYouMean(input: string, candidates: Iterable<string>): string {
  const c = closest(input, candidates);
  return c === undefined ? '' : ` — did you mean '${c}'?`;
}

// Suggestions already made, by the set they were made from (see didYouMeanAmong).
const suggested = new WeakMap<ReadonlySet<string>, Map<string, string>>();

/**
 * didYouMean against a set of names that is never changed once made, such as a council register's people,
 * made once per register: each unknown name is searched for once, however many plans misspell it the same
 * way (a corpus of a council's plans names the same people in each).
 */
export function didYouMeanAmong(input: string, candidates: ReadonlySet<string>): string {
  let memo = suggested.get(candidates);
  if (memo === undefined) suggested.set(candidates, (memo = new Map()));
  return remembered(memo, input, 10_000, (name) => didYouMean(name, candidates));
}
