/** plan diff as JSON: one array of changes, each with plan, section, id, kind and, for a change, field, from and to. */
import type { Change, Json, PlanDiff } from '../../analyses/diff/types.js';
import { renderWords } from '../../analyses/diff/wording.js';

export interface JsonChange {
  plan: string;
  file: string | null;
  section: string;
  id: string;
  title: string | null;
  kind: Change['kind'];
  field?: string;
  /** the value before and after (null where there was none); for an added or removed item, the item */
  from: Json;
  to: Json;
  days?: number;
  direction?: string;
  judgement?: string;
  bands?: { from?: string; to?: string; steps?: number };
  diff?: string;
  summary: string;
}

export function jsonChange(c: Change): JsonChange {
  return {
    plan: c.plan,
    file: c.file ?? null,
    section: c.section,
    id: c.id,
    title: c.title ?? null,
    kind: c.kind,
    ...(c.field !== undefined ? { field: c.field } : {}),
    from: c.from ?? null,
    to: c.to ?? null,
    ...(c.days !== undefined ? { days: c.days } : {}),
    ...(c.direction !== undefined ? { direction: c.direction } : {}),
    ...(c.judgement !== undefined ? { judgement: c.judgement } : {}),
    ...(c.bands !== undefined ? { bands: c.bands } : {}),
    ...(c.words ? { diff: renderWords(c.words) } : {}),
    summary: c.summary,
  };
}

// JSON.stringify escapes C0 controls; escape C1 controls, line separators and bidi overrides as well, so the
// output is inert in a terminal too.
const UNSAFE = /[\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

export function diffJson(diffs: readonly PlanDiff[]): string {
  const text = JSON.stringify(diffs.flatMap((d) => d.changes.map(jsonChange)), null, 2);
  return `${text.replace(UNSAFE, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`)}\n`;
}
