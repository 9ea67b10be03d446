import { type Node, type Pair, Scalar, isMap, isScalar, isSeq } from 'yaml';
import type { PathSegment } from '../../load/yaml.js';
import type { Rule } from '../rule.js';

/** A comment straight after unquoted text whose # touches the next word (#3, #hashtag): text, not a note. */
const CUT = /^[ \t]+#([^\s#!][^\n]*)$/;

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
    if (!yaml || !contents) return;
    const text = yaml.text;
    const check = (node: unknown, path: PathSegment[], key: string) => {
      if (!isScalar(node) || node.type !== Scalar.PLAIN || typeof node.value !== 'string' || !node.range) return;
      const end = node.range[1];
      const lineEnd = text.indexOf('\n', end);
      const rest = text.slice(end, lineEnd < 0 ? text.length : lineEnd).replace(/\r$/, '');
      const cut = CUT.exec(rest);
      if (!cut || /^\s*plan-lint-/.test(cut[1]!)) return;
      const whole = `${node.value}${rest}`;
      ctx.report({
        path,
        message: `${key}: the text after ' #' is read as a comment, so this is stored as '${shown(node.value)}' without '${shown(`#${cut[1]!.trimEnd()}`)}'`,
        hint: `put the whole text in quotes: ${JSON.stringify(whole.trimEnd())}`,
      });
    };
    const walk = (node: Node | null | undefined, path: PathSegment[], key: string, depth: number) => {
      if (!node || depth > 64) return;
      if (isMap(node)) {
        for (const pair of node.items as Pair[]) {
          const k = isScalar(pair.key) ? pair.key.value : undefined;
          if (typeof k !== 'string' && typeof k !== 'number') continue;
          const child = [...path, k];
          check(pair.value, child, String(k));
          walk(pair.value as Node | null, child, String(k), depth + 1);
        }
      } else if (isSeq(node)) {
        node.items.forEach((item, i) => {
          check(item, [...path, i], key);
          walk(item as Node | null, [...path, i], key, depth + 1);
        });
      }
    };
    walk(contents as Node, [], 'plan', 0);
  },
};
export default rule;
