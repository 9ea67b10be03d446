/** Slippage across plans: for each plan's history, every action and milestone whose due date has moved. */
import type { Config } from '../config.js';
import { versionChanges } from './changes.js';
import { type Slippage, dueMoves, slippageOf } from './due-moves.js';
import type { PlanHistory } from './types.js';

export interface SlippageRow extends Slippage {
  plan: string;
  file: string;
  kind: 'action' | 'milestone';
  title?: string;
}

/** The items whose due date moved in one plan's history, in the order they first moved. */
export function planSlippage(history: PlanHistory, config: Config): SlippageRow[] {
  const versions = history.versions;
  if (versions.length < 2) return [];
  const model = versions[versions.length - 1]!.model;
  return slippageOf(dueMoves(versions, versionChanges(versions, config))).map((s) => {
    // due-moves names a milestone ACTION/MILESTONE: read back from the last '/', as plan history reads it
    const at = s.item.lastIndexOf('/');
    const [actionId, milestoneId] = at === -1 ? [s.item, undefined] : [s.item.slice(0, at), s.item.slice(at + 1)];
    const action = model.actions.find((a) => a.id === actionId);
    const title = milestoneId === undefined ? action?.title : action?.milestones.find((m) => m.id === milestoneId)?.title;
    return { ...s, plan: model.id ?? history.file, file: history.file, kind: milestoneId === undefined ? 'action' : 'milestone', ...(title ? { title } : {}) };
  });
}
