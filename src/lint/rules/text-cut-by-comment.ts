import { type Node, type Pair, Scalar, isMap, isScalar, isSeq } from 'yaml';
import type { PathSegment } from '../../load/yaml.js';
import type { Rule } from '../rule.js';

/** A comment straight after unquoted text whose # touches the next word (#3, #hashtag): text, not a note. */
const CUT = /^[ \t]+#([^\s#!][^\n]*)$/;

/** Necessary for CUT to match anywhere in a file. */
const MAYBE_CUT = /[ \t]#[^\s#!]/;

const shown = (s: string) => (s.length > 60 ? `${s.slice(0, 57)}...` : s);

const rule: Rule = {
  meta: {
    id: 'text-cut-by-comment',
    description: "Unquoted text is not cut short by ' #': YAML reads the rest of the line as a comment, so it is never stored.",
    severity: 'warning',
    category: 'structure',
    docs: {
      why: "In YAML a space then # starts a comment. 'commentary: Cameras installed at hotspots #3 and #5' is stored as 'Cameras installed at hotspots', and no reader of the plan or its reports ever sees the rest. Quoting the text keeps all of it. A comment written on purpose has a space after its # and is not reported.",
      bad: 'commentary: Cameras installed at hotspots #3 and #5',
      good: 'commentary: "Cameras installed at hotspots #3 and #5"',
    },
  },
  checkPlan(ctx) {
    const yaml = ctx.yaml;
    const contents = yaml?.doc?.contents;
    const text = yaml?.text;
    // Most plans have no ' #' followed by a word at all: nothing to walk for.
    if (!contents || text === undefined || !MAYBE_CUT.test(text)) return;
    const path: PathSegment[] = [];
    const check = (node: unknown, key: string) => {
      if (!isScalar(node) || node.type !== Scalar.PLAIN || typeof node.value !== 'string' || !node.range) return;
      const end = node.range[1];
      if (text[end] !== ' ' && text[end] !== '\t') return;
      const lineEnd = text.indexOf('\n', end);
      const rest = text.slice(end, lineEnd < 0 ? text.length : lineEnd).replace(/\r$/, '');
      const cut = CUT.exec(rest);
      if (!cut || /^\s*plan-lint-/.test(cut[1]!)) return;
      const whole = `${node.value}${rest}`;
      ctx.report({
        path: [...path],
        message: `${key}: the text after ' #' is read as a comment, so this is stored as '${shown(node.value)}' without '${shown(`#${cut[1]!.trimEnd()}`)}'`,
        hint: `put the whole text in quotes: ${JSON.stringify(whole.trimEnd())}`,
      });
    };
    // path holds the segments down to the node being looked at, pushed and popped on the way.
    const walk = (node: Node | null | undefined, key: string, depth: number) => {
      if (!node || depth > 64) return;
      if (isMap(node)) {
        for (const pair of node.items as Pair[]) {
          const k = isScalar(pair.key) ? pair.key.value : undefined;
          if (typeof k !== 'string' && typeof k !== 'number') continue;
          path.push(k);
          check(pair.value, String(k));
          walk(pair.value as Node | null, String(k), depth + 1);
          path.pop();
        }
      } else if (isSeq(node)) {
        node.items.forEach((item, i) => {
          path.push(i);
          check(item, key);
          walk(item as Node | null, key, depth + 1);
          path.pop();
        });
      }
    };
    walk(contents as Node, 'plan', 0);
  },
};
export default rule;
