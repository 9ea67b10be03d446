/**
 * One item's history (an action, a milestone, a measure or a risk): every change to it through the plan's
 * versions, oldest first, in plan diff's words, followed back across renames of the item and of the plan
 * file, and a summary of what audit asks (due date moves, targets lowered, actuals restated, reassessments
 * rewritten). Pure: the versions are read elsewhere.
 */
import type { Change } from '../analyses/diff/index.js';
import { plural } from '../analyses/diff/values.js';
import { commitOf, idsNow } from './changes.js';
import { type Slippage, dueMoves, slippageOf } from './due-moves.js';
import { backdatedUpdates, restatements, reviewRewrites, targetChanges } from './integrity.js';
import type { BackdatedUpdate, CommitRef, ItemEvent, ItemRef, PlanVersion, Restatement, ReviewRewrite, TargetChange } from './types.js';

export interface ItemHistory {
  /** as the user names it: LS 1718 05, LS 1718 05/M1 */
  item: string;
  kind: 'action' | 'milestone' | 'measure' | 'risk';
  title?: string;
  plan: string;
  file: string;
  events: ItemEvent[];
  summary: {
    versions: number;
    dueMoves?: Slippage;
    targets: TargetChange[];
    restatements: Restatement[];
    rewrites: ReviewRewrite[];
    backdated: BackdatedUpdate[];
  };
}

export interface HistoryOptions {
  fyStart: number;
  /** days an update may be dated before its commit */
  allowanceDays: number;
}

function kindOf(ref: ItemRef): ItemHistory['kind'] {
  return ref.milestone !== undefined ? 'milestone' : ref.section === 'actions' ? 'action' : ref.section === 'measures' ? 'measure' : 'risk';
}

/** Whether a change is about the item (named by its id in that version). */
function about(c: Change, ref: ItemRef, id: string): boolean {
  if (c.section !== ref.section || c.id !== id) return false;
  if (ref.milestone === undefined) return true;
  // A milestone's changes are its action's, in the field milestones[M]; the action's arrival brings it too.
  return c.kind === 'added' || (c.field ?? '').startsWith(`milestones[${ref.milestone}]`);
}

/** The item's changes in each version, oldest first, with the plan's own moves (git mv) among them. */
function itemEvents(versions: readonly PlanVersion[], changes: readonly Change[][], ref: ItemRef): ItemEvent[] {
  const now = idsNow(changes);
  const out: ItemEvent[] = [];
  changes.forEach((list, i) => {
    const v = versions[i]!;
    if (v.renamedFrom) {
      const what = `plan file moved from ${v.renamedFrom} to ${v.path}`;
      out.push({ ...commitOf(v), path: v.path, change: { plan: v.model.id ?? v.path, section: 'plan', id: v.model.id ?? v.path, kind: 'renamed', field: 'file', from: v.renamedFrom, to: v.path, what, summary: what } });
    }
    for (const c of list) if (about(c, ref, c.id) && now[i]!(ref.section, c.id) === ref.id) out.push({ ...commitOf(v), path: v.path, change: c });
  });
  return out;
}

/** The history of one item through a plan's versions (oldest first; changes[i] is what version i changed). */
export function itemHistory(versions: readonly PlanVersion[], changes: readonly Change[][], ref: ItemRef, options: HistoryOptions): ItemHistory {
  const name = ref.milestone === undefined ? ref.id : `${ref.id}/${ref.milestone}`;
  const last = versions[versions.length - 1];
  const model = last?.model;
  const item = ref.section === 'actions' ? model?.actions.find((a) => a.id === ref.id) : ref.section === 'measures' ? model?.measures.find((m) => m.id === ref.id) : model?.risks.find((r) => r.id === ref.id);
  const milestone = ref.milestone === undefined || !item || !('milestones' in item) ? undefined : item.milestones.find((m) => m.id === ref.milestone);
  const title = ref.milestone === undefined ? item?.title : milestone?.title;
  const moves = ref.section === 'actions' ? slippageOf(dueMoves(versions, changes).filter((m) => m.item === name)) : [];
  // A finding names the item as the version it was found in called it: followed to its id now, as events are.
  const now = idsNow(changes);
  const index = new Map(versions.map((v, i) => [v.commit, i]));
  const isItem = (id: string, found: CommitRef) => now[index.get(found.commit) ?? versions.length - 1]!(ref.section, id) === ref.id;
  return {
    item: name,
    kind: kindOf(ref),
    ...(title ? { title } : {}),
    plan: model?.id ?? last?.path ?? '',
    file: model?.file ?? '',
    events: itemEvents(versions, changes, ref),
    summary: {
      versions: versions.length,
      ...(moves[0] ? { dueMoves: moves[0] } : {}),
      targets: ref.section === 'measures' ? targetChanges(versions, options.fyStart).filter((t) => isItem(t.measure, t)) : [],
      restatements: ref.section === 'measures' ? restatements(versions).filter((r) => isItem(r.measure, r)) : [],
      rewrites: ref.section === 'risks' ? reviewRewrites(versions, options.fyStart).filter((r) => isItem(r.risk, r)) : [],
      backdated: ref.section === 'actions' ? backdatedUpdates(versions, options.allowanceDays, options.fyStart).filter((b) => b.item === name) : [],
    },
  };
}

const times = (n: number) => (n === 1 ? 'once' : n === 2 ? 'twice' : `${n} times`);

/** The summary as one line: "due date moved 3 times, 184 days in all; target lowered once, after its period closed". */
export function summaryLine(h: ItemHistory): string {
  const s = h.summary;
  const parts: string[] = [];
  if (s.dueMoves) parts.push(`due date moved ${times(s.dueMoves.moves)}, ${plural(s.dueMoves.totalDays, 'day')} in all (${s.dueMoves.netDays >= 0 ? `${plural(s.dueMoves.netDays, 'day')} later` : `${plural(-s.dueMoves.netDays, 'day')} earlier`} than first set)`);
  for (const dir of ['lowered', 'raised', 'changed', 'removed'] as const) {
    const list = s.targets.filter((t) => t.direction === dir);
    if (!list.length) continue;
    const late = list.filter((t) => t.afterClose).length;
    const when = late === 0 ? 'before its period closed' : late === list.length ? (list.length === 1 ? 'after its period closed' : 'each after its period closed') : `${late} after its period closed`;
    parts.push(`target ${dir} ${times(list.length)}, ${when}`);
  }
  if (s.restatements.length) {
    const without = s.restatements.filter((r) => !r.noted).length;
    parts.push(`actual restated ${times(s.restatements.length)}${without ? `, ${without === s.restatements.length ? (without === 1 ? 'without a note' : 'none with a note') : `${without} without a note`}` : ', each with a note'}`);
  }
  if (s.rewrites.length) parts.push(`past reassessment rewritten ${times(s.rewrites.length)}`);
  if (s.backdated.length) parts.push(`update dated before its commit by more than the allowance ${times(s.backdated.length)}`);
  const changes = h.events.filter((e) => e.change.section !== 'plan').length;
  const lead = `${plural(changes, 'change')} in ${plural(s.versions, 'version')}`;
  return parts.length ? `${lead}; ${parts.join('; ')}` : lead;
}
