/**
 * What audit asks of a plan's history, version by version, from the plans as written: targets changed
 * (and whether after the period they judge had ended), actuals restated (and whether with a note), dated
 * reassessments rewritten, and updates added long after their date. Pure: no I/O.
 */
import { type Obj, isObj, str } from '../model/data.js';
import { isError, parsePeriodValue } from '../model/period.js';
import { same } from '../analyses/diff/index.js';
import { commitOf } from './changes.js';
import type { BackdatedUpdate, PlanVersion, Restatement, ReviewRewrite, TargetChange } from './types.js';

/** The objects of a list by their id (the first of each id). */
function byId(list: unknown): Map<string, Obj> {
  const out = new Map<string, Obj>();
  for (const x of Array.isArray(list) ? list : []) if (isObj(x) && (typeof x.id === 'string' || typeof x.id === 'number') && !out.has(String(x.id))) out.set(String(x.id), x);
  return out;
}

/** The objects of a list by a string field (period, date), the first of each. */
function byKey(list: unknown, key: string): Map<string, Obj> {
  const out = new Map<string, Obj>();
  for (const x of Array.isArray(list) ? list : []) if (isObj(x) && typeof x[key] === 'string' && !out.has(x[key] as string)) out.set(x[key] as string, x);
  return out;
}

/** Each item of a section in both versions, by id: [id, before, after]. */
function pairs(before: Obj, after: Obj, section: string): [string, Obj, Obj][] {
  const a = byId(before[section]);
  return [...byId(after[section])].flatMap(([id, b]) => (a.has(id) ? [[id, a.get(id)!, b] as [string, Obj, Obj]] : []));
}

/** Each readable version after the first with the readable one before it (a version that cannot be read is passed over). */
function* steps(versions: readonly PlanVersion[]): Generator<[PlanVersion, PlanVersion]> {
  let previous: PlanVersion | undefined;
  for (const v of versions) {
    if (v.problem) continue;
    if (previous) yield [previous, v];
    previous = v;
  }
}

/** Which way a target moved: a number lowered or raised, removed, or changed in form. */
function direction(from: unknown, to: unknown): TargetChange['direction'] {
  if (to === undefined) return 'removed';
  if (typeof from === 'number' && typeof to === 'number') return to < from ? 'lowered' : 'raised';
  return 'changed';
}

/** Every target changed or removed after it was set, with whether its period had ended by then. */
export function targetChanges(versions: readonly PlanVersion[], fyStart: number): TargetChange[] {
  const out: TargetChange[] = [];
  for (const [before, after] of steps(versions)) {
    for (const [id, a, b] of pairs(before.data, after.data, 'measures')) {
      const ta = isObj(a.targets) ? a.targets : {};
      const tb = isObj(b.targets) ? b.targets : {};
      for (const period of Object.keys(ta)) {
        if (same(ta[period], tb[period])) continue;
        const span = parsePeriodValue(period, fyStart);
        const afterClose = !isError(span) && after.day >= span.end;
        out.push({ ...commitOf(after), measure: id, period, from: ta[period], to: tb[period], direction: direction(ta[period], tb[period]), afterClose });
      }
    }
  }
  return out;
}

const FIGURE = ['value', 'numerator', 'denominator'] as const;

/** Whether a restatement says why: the actual's note changed, or the figure it replaced kept with a note. */
function noted(a: Obj, b: Obj): boolean {
  const note = str(b.note);
  if (note !== undefined && note.trim() !== '' && note !== str(a.note)) return true;
  const was = Array.isArray(a.restated) ? a.restated.length : 0;
  const now = Array.isArray(b.restated) ? b.restated.filter(isObj) : [];
  return now.slice(was).some((r) => typeof r.note === 'string' && r.note.trim() !== '');
}

/** Every actual whose figure changed after it was recorded, with whether a note says why. */
export function restatements(versions: readonly PlanVersion[]): Restatement[] {
  const out: Restatement[] = [];
  for (const [before, after] of steps(versions)) {
    for (const [id, m, n] of pairs(before.data, after.data, 'measures')) {
      const now = byKey(n.actuals, 'period');
      for (const [period, a] of byKey(m.actuals, 'period')) {
        const b = now.get(period);
        if (!b || FIGURE.every((k) => same(a[k], b[k]))) continue;
        out.push({ ...commitOf(after), measure: id, period, from: a.value ?? null, to: b.value ?? null, noted: noted(a, b) });
      }
    }
  }
  return out;
}

/** Every dated reassessment of a risk changed or removed by a commit made after its date. */
export function reviewRewrites(versions: readonly PlanVersion[], fyStart: number): ReviewRewrite[] {
  const out: ReviewRewrite[] = [];
  for (const [before, after] of steps(versions)) {
    for (const [id, r, s] of pairs(before.data, after.data, 'risks')) {
      const now = byKey(s.reviews, 'date');
      for (const [date, a] of byKey(r.reviews, 'date')) {
        const b = now.get(date);
        if (b && same(a, b)) continue;
        const day = parsePeriodValue(date, fyStart);
        if (!isError(day) && day.end > after.day) continue; // not yet past when rewritten
        out.push({ ...commitOf(after), risk: id, reviewDate: date, removed: !b });
      }
    }
  }
  return out;
}

/** The updates of an action and of each of its milestones, keyed ACTION or ACTION/MILESTONE. */
function updateLists(action: Obj, id: string): [string, unknown][] {
  const milestones = [...byId(action.milestones)].map(([m, x]): [string, unknown] => [`${id}/${m}`, x.updates]);
  return [[id, action.updates], ...milestones];
}

/** An update as a key: its date and what it says, so an update edited counts as added. */
function updateKey(u: Obj): string {
  return JSON.stringify([u.date, u.status, u.rag, u.percentComplete, u.commentary]);
}

/**
 * Every update added to a plan already in git by a commit made more than allowance days after the
 * update's date (the plan's first version, often a transcription of old reports, is not judged).
 */
export function backdatedUpdates(versions: readonly PlanVersion[], allowanceDays: number, fyStart: number): BackdatedUpdate[] {
  const out: BackdatedUpdate[] = [];
  for (const [before, after] of steps(versions)) {
    const old = new Map<string, unknown>();
    for (const [id, a] of byId(before.data.actions)) for (const [item, list] of updateLists(a, id)) old.set(item, list);
    for (const [id, b] of byId(after.data.actions)) {
      for (const [item, list] of updateLists(b, id)) {
        if (!old.has(item)) continue; // an item new in this version brings its own past with it
        const had = new Set((Array.isArray(old.get(item)) ? (old.get(item) as unknown[]) : []).filter(isObj).map(updateKey));
        for (const u of Array.isArray(list) ? list.filter(isObj) : []) {
          if (typeof u.date !== 'string' || had.has(updateKey(u))) continue;
          const span = parsePeriodValue(u.date, fyStart);
          if (isError(span)) continue;
          const daysBefore = after.day - (span.end - 1);
          if (daysBefore > allowanceDays) out.push({ ...commitOf(after), item, updateDate: u.date, daysBefore });
        }
      }
    }
  }
  return out;
}
