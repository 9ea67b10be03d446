/**
 * The report's opening summary: how many measures are green, amber, red (or otherwise), how many actions and
 * milestones stand at each status, each beside last quarter's count, and the measures' direction of travel;
 * for the whole report and for each corporate priority. Tallied one item at a time, so no plan is kept.
 */
import { ACTION_STATES, type ActionRow, JUDGEMENT_LABEL, STATE_LABEL } from '../action-status.js';
import type { MeasurePerformance } from '../performance/measure.js';
import { MEASURE_STATUSES, MEASURE_STATUS_LABEL } from '../performance/status.js';
import type { TravelWord } from '../performance/travel.js';

export interface CountRow {
  key: string;
  label: string;
  /** this quarter */
  count: number;
  /** the quarter before, for the same items */
  lastQuarter: number;
}

export const TRAVEL_WORDS: readonly TravelWord[] = ['improved', 'no change', 'worsened', 'up', 'down'];

export interface SummaryBlock {
  measures: CountRow[];
  actions: CountRow[];
  /** measures by direction of travel against their previous figure */
  travel: { key: TravelWord; count: number }[];
}

export interface ReportSummary {
  whole: SummaryBlock;
  /** in the order the priorities are first met; '' is the group of items linked to none */
  priorities: { code: string; title: string; block: SummaryBlock }[];
}

const MEASURE_KEYS = MEASURE_STATUSES.map((s) => ({ key: s, label: MEASURE_STATUS_LABEL[s] }));
const ACTION_KEYS = [...ACTION_STATES.map((s) => ({ key: s, label: STATE_LABEL[s] })), { key: 'overdue', label: JUDGEMENT_LABEL.overdue }];

class Tally {
  readonly measures = new Map<string, [number, number]>();
  readonly actions = new Map<string, [number, number]>();
  readonly travel = new Map<TravelWord, number>();
}

function bump(map: Map<string, [number, number]>, key: string, when: 0 | 1): void {
  const pair = map.get(key) ?? [0, 0];
  pair[when]++;
  map.set(key, pair);
}

function block(t: Tally): SummaryBlock {
  const rows = (keys: readonly { key: string; label: string }[], map: Map<string, [number, number]>) =>
    keys.flatMap(({ key, label }) => {
      const [count, lastQuarter] = map.get(key) ?? [0, 0];
      return count || lastQuarter ? [{ key, label, count, lastQuarter }] : [];
    });
  return { measures: rows(MEASURE_KEYS, t.measures), actions: rows(ACTION_KEYS, t.actions), travel: TRAVEL_WORDS.flatMap((key) => (t.travel.get(key) ? [{ key, count: t.travel.get(key)! }] : [])) };
}

/** Counts items as they come: add each quarter's rows with the priority they serve, then take the summary. */
export class SummaryBuilder {
  private readonly whole = new Tally();
  private readonly byPriority = new Map<string, Tally>();

  private tallies(priority: string): Tally[] {
    let t = this.byPriority.get(priority);
    if (!t) this.byPriority.set(priority, (t = new Tally()));
    return [this.whole, t];
  }

  /** a measure's standing this quarter (when 0) or last quarter (1) */
  measure(priority: string, m: MeasurePerformance, when: 0 | 1): void {
    for (const t of this.tallies(priority)) {
      bump(t.measures, m.status, when);
      const word = m.travel.previous?.word;
      if (when === 0 && word) t.travel.set(word, (t.travel.get(word) ?? 0) + 1);
    }
  }

  /** an action's or milestone's standing this quarter (when 0) or last quarter (1) */
  action(priority: string, row: ActionRow, when: 0 | 1): void {
    for (const t of this.tallies(priority)) {
      bump(t.actions, row.state, when);
      if (row.judgements.includes('overdue')) bump(t.actions, 'overdue', when);
    }
  }

  summary(title: (code: string) => string): ReportSummary {
    const codes = [...this.byPriority.keys()].filter((c) => c !== '');
    if (this.byPriority.has('')) codes.push('');
    return { whole: block(this.whole), priorities: codes.map((code) => ({ code, title: title(code), block: block(this.byPriority.get(code)!) })) };
  }
}
