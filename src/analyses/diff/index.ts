/**
 * Semantic diff of two versions of a plan, pure: what was added, removed, changed or renamed, in the plan's
 * own words. Keyed lists are matched by key (match-lists.ts), so order, formatting, comments and quoting are
 * never changes; each item is compared field by field (item-changes.ts). No I/O.
 */
import { type Obj, isObj } from '../../model/data.js';
import { DEFAULT_FY_START, isError, parsePlanPeriod } from '../../model/period.js';
import { describeItem } from './describe.js';
import { scalarChange } from './field-changes.js';
import { fieldChange, itemFields } from './item-changes.js';
import { TOP, fieldLabel, join } from './labels.js';
import { SECTIONS, type SectionSpec, matchLists } from './match-lists.js';
import type { Change, Ctx, DiffOptions, FieldChange } from './types.js';
import { fmtValue, fromTo, identical, keyText, normText, plural, quote, same, toJson } from './values.js';

export type { Change, ChangeKind, DiffOptions, FieldChange, Json, PlanDiff, WordPart } from './types.js';
export { type ListSpec, type Matched, SECTIONS, type SectionSpec, matchLists, sectionNoun } from './match-lists.js';
export { type WordDiffOptions, renderWords, wordDiff } from './wording.js';
export { identical, normText, same, toJson } from './values.js';
export { fieldLabel } from './labels.js';
export { describeItem } from './describe.js';
export { type Tally, tally, tallyText } from './tally.js';

/** Header fields first, in the order a plan's cover page gives them. */
const HEADER = ['id', 'council', 'councilName', 'service', 'title', 'kind', 'period', 'version', 'status', 'published', 'dated', 'review', 'riskMatrix'];
const HEADER_KEYS = new Set(HEADER);
const SECTION_KEYS = new Set(SECTIONS.map((s) => s.section));

function periodChange(a: unknown, b: unknown, ctx: Ctx): FieldChange[] {
  const pa = parsePlanPeriod(a, ctx.fyStart);
  const pb = parsePlanPeriod(b, ctx.fyStart);
  if (!isError(pa) && !isError(pb) && pa.start === pb.start && pa.end === pb.end) return [];
  if (same(a, b)) return [];
  const show = (v: unknown, p: typeof pa) => (isError(p) ? fmtValue(v) : p.text);
  return [{ field: 'period', ...fromTo(a, b), what: `period changed from ${show(a, pa)} to ${show(b, pb)}` }];
}

/** The plan's own fields: the cover page's first, then any others that are not sections. */
function headerChanges(a: Obj, b: Obj, ctx: Ctx): FieldChange[] {
  const rest = [...new Set([...Object.keys(b), ...Object.keys(a)])].filter((k) => !HEADER_KEYS.has(k) && !SECTION_KEYS.has(k));
  return [...HEADER, ...rest].flatMap((k) => {
    if (!ctx.thorough && identical(a[k], b[k])) return [];
    if (k === 'period') return periodChange(a.period, b.period, ctx);
    if (k === 'id' || k === 'council' || k === 'version') return scalarChange(join(TOP, k, fieldLabel(k)), a[k], b[k]);
    return fieldChange(k, TOP, a[k], b[k], ctx);
  });
}

interface Subject {
  plan: string;
  file?: string;
  section: string;
}

function itemChange(s: Subject, spec: SectionSpec, id: string, title: string | undefined, f: FieldChange): Change {
  return { ...s, id, ...(title ? { title: normText(title) } : {}), kind: 'changed', ...f, summary: `${spec.noun} ${id}: ${f.what}` };
}

/**
 * Whether what is identical on both sides of a section may be passed over (it has no changes): always, but
 * for risks on two matrices (a risk's score comes from its plan's matrix, and on another the same risk may
 * score otherwise), and when the diff is asked to be thorough.
 */
function quickFor(spec: SectionSpec, ctx: Ctx): boolean {
  return !ctx.thorough && (spec.section !== 'risks' || ctx.oldMatrix === ctx.newMatrix);
}

/** A section's changes, in the new version's order, removed items last. */
function sectionChanges(s: Subject, spec: SectionSpec, a: unknown, b: unknown, ctx: Ctx): Change[] {
  const quick = quickFor(spec, ctx);
  const m = matchLists(Array.isArray(a) ? a : [], Array.isArray(b) ? b : [], spec);
  const titleOf = (x: Obj, y?: Obj) => (spec.title ? spec.title(y ?? x) ?? spec.title(x) : undefined) ?? keyText((y ?? x).title) ?? keyText((y ?? x).name);
  const titled = (title: string | undefined) => (title ? { title: normText(title) } : {});
  const out: { index: number; changes: Change[] }[] = [];
  for (const p of m.pairs) {
    if (quick && identical(p.a, p.b)) continue;
    out.push({ index: p.index, changes: itemFields(spec, p.a, p.b, ctx, []).map((f) => itemChange(s, spec, p.key, titleOf(p.a, p.b), f)) });
  }
  for (const r of m.renamed) {
    const title = titleOf(r.a, r.b);
    const renamed: Change = { ...s, id: r.to, ...titled(title), kind: 'renamed', field: spec.keyField ?? 'id', from: r.from, to: r.to, what: `renamed from ${r.from}`, summary: `${spec.noun} ${r.from} renamed to ${r.to}` };
    const edits = r.exact ? [] : itemFields(spec, r.a, r.b, ctx, spec.keyField ? [spec.keyField] : []).map((f) => itemChange(s, spec, r.to, title, f));
    out.push({ index: r.index, changes: [renamed, ...edits] });
  }
  for (const x of m.added) {
    const what = describeItem(spec.section, x.b, { fyStart: ctx.fyStart, ...(ctx.newMatrix ? { matrix: ctx.newMatrix } : {}) });
    out.push({ index: x.index, changes: [{ ...s, id: x.key, ...titled(titleOf(x.b)), kind: 'added', to: toJson(x.b), what: what ? `added: ${what}` : 'added', summary: `${spec.noun} ${x.key} added${what ? `: ${what}` : ''}` }] });
  }
  out.sort((x, y) => x.index - y.index);
  const removed = m.removed.map((x): Change => {
    const what = describeItem(spec.section, x.a, { fyStart: ctx.fyStart, ...(ctx.oldMatrix ? { matrix: ctx.oldMatrix } : {}) });
    return { ...s, id: x.key, ...titled(titleOf(x.a)), kind: 'removed', from: toJson(x.a), what: what ? `removed: ${what}` : 'removed', summary: `${spec.noun} ${x.key} removed${what ? `: ${what}` : ''}` };
  });
  return [...out.flatMap((o) => o.changes), ...removed];
}

function planName(a: unknown, b: unknown, options: DiffOptions): string {
  return keyText(isObj(b) ? b.id : undefined) ?? keyText(isObj(a) ? a.id : undefined) ?? options.plan ?? options.file ?? 'plan';
}

/** Every semantic change from one version of a plan to the next, plan header first, then section by section. */
export function diffPlans(oldPlan: unknown, newPlan: unknown, options: DiffOptions = {}): Change[] {
  const a = isObj(oldPlan) ? oldPlan : {};
  const b = isObj(newPlan) ? newPlan : {};
  const ctx: Ctx = { fyStart: options.fyStart ?? DEFAULT_FY_START, ...(options.thorough ? { thorough: true } : {}), ...(options.oldMatrix ? { oldMatrix: options.oldMatrix } : {}), ...(options.newMatrix ? { newMatrix: options.newMatrix } : {}) };
  const plan = planName(a, b, options);
  const where = { plan, ...(options.file ? { file: options.file } : {}) };
  const title = keyText(b.title) ?? keyText(a.title);
  const header = headerChanges(a, b, ctx).map((f): Change => ({ ...where, section: 'plan', id: plan, ...(title ? { title: normText(title) } : {}), kind: 'changed', ...f, summary: `plan ${plan}: ${f.what}` }));
  const sections = SECTIONS.flatMap((spec) => (quickFor(spec, ctx) && identical(a[spec.section], b[spec.section]) ? [] : sectionChanges({ ...where, section: spec.section }, spec, a[spec.section], b[spec.section], ctx)));
  return [...header, ...sections];
}

/** A whole plan that exists on one side only (a file added or deleted). */
export function planPresence(kind: 'added' | 'removed', data: unknown, options: DiffOptions = {}): Change {
  const d = isObj(data) ? data : {};
  const plan = planName(undefined, d, options);
  const title = keyText(d.title) ?? keyText(d.service);
  const counts = SECTIONS.map((s) => {
    const list = d[s.section];
    return Array.isArray(list) && list.length ? plural(list.length, s.noun) : '';
  }).filter(Boolean);
  const what = `${kind === 'added' ? 'new plan' : 'plan removed'}${title ? `: ${quote(title)}` : ''}${counts.length ? ` (${counts.join(', ')})` : ''}`;
  return { plan, ...(options.file ? { file: options.file } : {}), section: 'plan', id: plan, ...(title ? { title } : {}), kind, ...(kind === 'added' ? { to: toJson(d) } : { from: toJson(d) }), what, summary: `plan ${plan}: ${what}` };
}
