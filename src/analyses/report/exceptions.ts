/**
 * The report's exceptions: every red measure, every action off track or overdue, every milestone missed (off
 * track or overdue) and every risk above the council's appetite, each with its owner, why it is an
 * exception, and the officer's commentary and corrective action (or that none was given).
 */
import { type ActionRow, JUDGEMENT_LABEL, STATE_LABEL, judgementReason } from '../action-status.js';
import type { MeasurePerformance } from '../performance/measure.js';
import { MEASURE_STATUS_LABEL } from '../performance/status.js';
import type { ScoredRisk } from '../risks.js';
import type { ItemNote } from './notes.js';

export type ExceptionKind = 'measure' | 'action' | 'milestone' | 'risk';

export interface ReportException {
  kind: ExceptionKind;
  /** the plan's id */
  plan: string;
  id: string;
  title: string;
  owner: string[];
  /** the status, in words: Red (off target), Off track; Overdue, Above appetite */
  status: string;
  /** why it is an exception, as the report judged it */
  why: string;
  /** due date as written, for actions and milestones */
  due?: string;
  commentary?: string;
  correctiveAction?: string;
}

const says = (n: ItemNote | undefined) => ({ ...(n?.commentary ? { commentary: n.commentary } : {}), ...(n?.correctiveAction ? { correctiveAction: n.correctiveAction } : {}) });

export function measureException(plan: string, m: MeasurePerformance, note: ItemNote | undefined): ReportException | undefined {
  if (m.status !== 'red') return undefined;
  return { kind: 'measure', plan, id: m.id, title: m.title, owner: m.owner, status: MEASURE_STATUS_LABEL.red, why: m.reason, ...says(note) };
}

export function actionException(plan: string, row: ActionRow, note: ItemNote | undefined): ReportException | undefined {
  const overdue = row.judgements.includes('overdue');
  if (row.state !== 'off-track' && !overdue) return undefined;
  const status = [row.state === 'off-track' ? STATE_LABEL['off-track'] : STATE_LABEL[row.state], ...(overdue ? [JUDGEMENT_LABEL.overdue] : [])].join('; ');
  const why = overdue ? judgementReason(row, 'overdue') : `reported off track${row.lastUpdate ? ` on ${row.lastUpdate.date}` : ''}`;
  return { kind: row.kind, plan, id: row.id, title: row.title, owner: row.owner, status, why, due: row.due, ...says(note) };
}

export function riskException(plan: string, r: ScoredRisk, note: ItemNote | undefined): ReportException | undefined {
  if (!r.aboveAppetite || !r.current) return undefined;
  const why = `score ${r.current.score} (${r.current.likelihood} x ${r.current.impact})${r.appetite ? ` is above the ${r.appetite.level} appetite of ${r.appetite.max}` : ''}`;
  return { kind: 'risk', plan, id: r.id, title: r.title, owner: r.owner, status: 'Above appetite', why, ...says(note) };
}
