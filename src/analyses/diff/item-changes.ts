/**
 * Every change between two versions of one item, field by field: each field compared as its kind says (a
 * date, a set of people, a text...), keyed sub-lists (milestones, updates, actuals, reassessments) item by
 * item, a risk's scores on the plan's matrix, a measure's targets and actuals against its polarity.
 */
import { type Obj, isObj } from '../../model/data.js';
import { scoreOf } from '../risks.js';
import { describeSub } from './describe.js';
import { dateChange, linesChange, measureNumber, scalarChange, setChange, targetsChange, textChange } from './field-changes.js';
import { type At, TOP, fieldLabel, join, keyed } from './labels.js';
import { type ListSpec, type SectionSpec, autoSpec, matchLists, subSpec } from './match-lists.js';
import { scoreChange, scoreText } from './risk-rescoring.js';
import type { Ctx, FieldChange } from './types.js';
import { fmtValue, fromTo, keyText, same, toJson } from './values.js';

type Kind = 'due' | 'start' | 'date' | 'people' | 'ids' | 'text' | 'lines' | 'targets' | 'keyed';

/** How the plan's fields compare, kind by kind; a field not here compares by the shape of its value. */
const FIELDS_OF_KIND: Record<Kind, string[]> = {
  due: ['due'],
  start: ['start'],
  date: ['published', 'dated', 'review', 'reported'],
  people: ['owner', 'managedBy', 'lead'],
  ids: ['objective', 'priority', 'measures', 'risks', 'actions', 'goals', 'waysOfWorking', 'wellbeingObjective', 'wellbeingOutcome'],
  text: ['title', 'description', 'overview', 'vision', 'commentary', 'note', 'purpose', 'governance', 'information', 'activity', 'timeframe', 'text'],
  lines: ['outcome', 'successMeasures', 'resources', 'notes', 'controls', 'contingency', 'thisYear', 'responsibilities', 'themes', 'audience', 'summary', 'onInsufficientProgress'],
  targets: ['targets'],
  keyed: ['milestones', 'updates', 'actuals', 'reviews', 'schemes'],
};

const KINDS = new Map(Object.entries(FIELDS_OF_KIND).flatMap(([kind, keys]) => keys.map((k) => [k, kind as Kind] as const)));

/** One field of an item, compared as its kind says. */
export function fieldChange(key: string, parent: At, a: unknown, b: unknown, ctx: Ctx): FieldChange[] {
  if (a === undefined && b === undefined) return [];
  const at = join(parent, key, fieldLabel(key));
  const kind = KINDS.get(key);
  switch (kind) {
    case 'due':
    case 'start':
    case 'date':
      return dateChange(at, a, b, kind, ctx);
    case 'people':
      return setChange(at, a, b, true);
    case 'ids':
      return setChange(at, a, b, false);
    case 'text':
      return textChange(at, a, b);
    case 'lines':
      return linesChange(at, a, b);
    case 'targets':
      return targetsChange(at, a, b, ctx);
    case 'keyed':
      return Array.isArray(a) || Array.isArray(b) ? listChange(key, parent, a, b, ctx) : scalarChange(at, a, b);
    default:
      return genericChange(key, parent, at, a, b, ctx);
  }
}

/** A field the schema gives no kind: an object field by field, a list of lines or of items, or a value. */
function genericChange(key: string, parent: At, at: At, a: unknown, b: unknown, ctx: Ctx): FieldChange[] {
  if (isObj(a) && isObj(b)) return objectChange(at, a, b, ctx);
  if (Array.isArray(a) && Array.isArray(b)) {
    if ([...a, ...b].every((x) => typeof x === 'string')) return linesChange(at, a, b);
    if ([...a, ...b].every(isObj)) return listChange(key, parent, a, b, ctx);
  }
  if ((isObj(a) || isObj(b) || Array.isArray(a) || Array.isArray(b)) && !same(a, b)) {
    const base = { field: at.field, ...fromTo(a, b) };
    if (a === undefined) return [{ ...base, what: `${at.label} added` }];
    if (b === undefined) return [{ ...base, what: `${at.label} removed` }];
    return [{ ...base, what: `${at.label} changed` }];
  }
  return scalarChange(at, a, b, key === 'value' || key === 'amount' ? ctx.unit : undefined);
}

/** Every field of two objects, in the new version's key order, then fields only the old one has. */
export function objectChange(at: At, a: Obj, b: Obj, ctx: Ctx, skip: readonly string[] = []): FieldChange[] {
  if (same(a, b)) return [];
  const keys = [...new Set([...Object.keys(b), ...Object.keys(a)])].filter((k) => !skip.includes(k));
  return keys.flatMap((k) => (same(a[k], b[k]) ? [] : fieldChange(k, at, a[k], b[k], ctx)));
}

// ------------------------------------------------------------------------------------ keyed sub-lists

/** A list inside an item, item by item in the new version's order; removed items last. */
function listChange(list: string, at: At, a: unknown, b: unknown, ctx: Ctx): FieldChange[] {
  const la = Array.isArray(a) ? a : [];
  const lb = Array.isArray(b) ? b : [];
  const spec = KINDS.get(list) === 'keyed' ? subSpec(list, ctx.fyStart) : autoSpec(list, [...la, ...lb]);
  const m = matchLists(la, lb, spec);
  const name = (k: string) => `${spec.noun} ${spec.name ? spec.name(k) : k}`;
  const subAt = (k: string) => keyed(at, list, k, name(k));
  const events = [
    ...m.pairs.map((p) => ({ index: p.index, run: () => subItemChange(list, subAt(p.key), p.a, p.b, ctx) })),
    ...m.renamed.map((r) => ({ index: r.index, run: () => [renamedSub(list, at, spec, r.from, r.to), ...(r.exact ? [] : subItemChange(list, subAt(r.to), r.a, r.b, ctx, spec.keyField))] })),
    ...m.added.map((x) => ({ index: x.index, run: (): FieldChange[] => [{ field: subAt(x.key).field, to: toJson(x.b), what: `${subAt(x.key).label} added${describeSub(list, x.b, la, ctx)}` }] })),
  ].sort((x, y) => x.index - y.index);
  const removed = m.removed.map((x): FieldChange => ({ field: subAt(x.key).field, from: toJson(x.a), what: `${subAt(x.key).label} removed${describeSub(list, x.a, [], ctx)}` }));
  return [...events.flatMap((e) => e.run()), ...removed];
}

function renamedSub(list: string, at: At, spec: ListSpec, from: string, to: string): FieldChange {
  const verb = spec.keyField === 'date' || spec.keyField === 'period' ? 'moved to' : 'renamed to';
  const show = (k: string) => (spec.name ? spec.name(k).replace(/^(of|for) /, '') : k);
  const was = keyed(at, list, from, `${spec.noun} ${spec.name ? spec.name(from) : from}`);
  return { field: keyed(at, list, to, '').field, from, to, what: `${was.label} ${verb} ${show(to)}` };
}

/** A sub-item's fields: an actual's value against the measure's polarity, a reassessment's score re-scored. */
function subItemChange(list: string, at: At, a: Obj, b: Obj, ctx: Ctx, skipKey?: string): FieldChange[] {
  const skip = skipKey ? [skipKey] : [];
  if (list === 'actuals') {
    return [...measureNumber({ field: `${at.field}.value`, label: at.label }, a.value, b.value, 'actual', ctx), ...objectChange(at, a, b, ctx, ['value', ...skip])];
  }
  if (list === 'reviews') {
    const score = scoreChange({ field: `${at.field}.score`, label: `${at.label} score` }, at, a, b, ctx);
    return [...score, ...objectChange(at, a, b, ctx, ['likelihood', 'impact', ...skip])];
  }
  return objectChange(at, a, b, ctx, skip);
}

// ------------------------------------------------------------------------------ risks and measures

const RISK_OWN = ['likelihood', 'impact', 'score', 'band', 'inherent', 'target', 'reviews'];

/** A risk: its current score, the stated score and band, its inherent and target scores, then the rest. */
function riskChange(a: Obj, b: Obj, ctx: Ctx, skip: readonly string[]): FieldChange[] {
  const current = scoreChange({ field: 'score', label: 'score' }, TOP, a, b, ctx);
  // the stated score and band follow likelihood and impact; report them only when they change on their own
  const stated = current.length ? [] : [...scalarChange({ field: 'score', label: 'score as stated' }, a.score, b.score), ...scalarChange({ field: 'band', label: 'band as stated' }, a.band, b.band)];
  const assessments = (['inherent', 'target'] as const).flatMap((k): FieldChange[] => {
    const x = a[k];
    const y = b[k];
    if (x === undefined && y === undefined) return [];
    if (isObj(x) && isObj(y)) return [...scoreChange({ field: k, label: `${k} score` }, { field: k, label: k }, x, y, ctx), ...objectChange({ field: k, label: k }, x, y, ctx, ['likelihood', 'impact', 'score', 'band'])];
    const s = isObj(y) ? scoreOf(ctx.newMatrix, y.likelihood, y.impact) : undefined;
    const was = isObj(x) ? scoreOf(ctx.oldMatrix, x.likelihood, x.impact) : undefined;
    return [{ field: k, ...fromTo(x, y), what: y === undefined ? `${k} score removed${was ? ` (was ${scoreText(was)})` : ''}` : `${k} score set: ${s ? scoreText(s) : fmtValue(y)}` }];
  });
  const reviews = fieldChange('reviews', TOP, a.reviews, b.reviews, ctx);
  return [...current, ...stated, ...assessments, ...reviews, ...objectChange(TOP, a, b, ctx, [...RISK_OWN, ...skip])];
}

/** A measure's polarity and unit, for its targets and actuals (the new version's, else the old one's). */
function measureCtx(a: Obj, b: Obj, ctx: Ctx): Ctx {
  const polarity = keyText(b.polarity) ?? keyText(a.polarity);
  const unit = keyText(b.unit) ?? keyText(a.unit);
  return { ...ctx, ...(polarity ? { polarity } : {}), ...(unit ? { unit } : {}) };
}

/** The changes to one item of a section, its key field skipped for an item that was re-keyed. */
export function itemFields(spec: SectionSpec, a: Obj, b: Obj, ctx: Ctx, skip: readonly string[]): FieldChange[] {
  if (spec.section === 'risks') return riskChange(a, b, ctx, skip);
  if (spec.section === 'measures') return objectChange(TOP, a, b, measureCtx(a, b, ctx), skip);
  return objectChange(TOP, a, b, ctx, skip);
}
