/** Words and figures shared by every report format, so the terminal, the paper and the HTML agree. */
import { type ActionCounts, judgementReason } from '../../analyses/action-status.js';
import { ACTION_STATES, type ActionRow, type ActionState, JUDGEMENTS, JUDGEMENT_LABEL, type MeasureRow, type PlanSection, STATE_LABEL } from '../../analyses/quarterly.js';
import { MEASURE_STATUSES, MEASURE_STATUS_LABEL, type MeasureStatus } from '../../analyses/performance/status.js';
import type { Travel } from '../../analyses/performance/travel.js';

export function fmtValue(v: number | null | undefined | 'tbc', unit?: string): string {
  if (v === undefined || v === null) return '';
  if (v === 'tbc') return 'tbc';
  const n = Number.isInteger(v) ? String(v) : v.toFixed(2).replace(/0+$/, '').replace(/\.$/, '');
  return unit === 'percent' ? `${n}%` : unit === 'currency' ? `£${n}` : n;
}

export function ragWord(m: MeasureRow): string {
  return MEASURE_STATUS_LABEL[m.status];
}

/** The target as the quarter reads it: 118 (2026/27 Q2), 240 (2026/27 pro rata), 80 to 85%, national 82.5 (close the gap), tbc. */
export function targetText(m: MeasureRow): string {
  const t = m.target;
  if (!t) return '';
  const v = t.target;
  const where = t.basis === 'year pro rata' ? `${t.period} pro rata` : t.period;
  if (v.kind === 'tbc') return `tbc (${where})`;
  if (v.kind === 'range') return `${fmtValue(v.min, m.unit)} to ${fmtValue(v.max, m.unit)} (${where})`;
  if (v.kind === 'close-gap') return `close the gap with ${v.comparator}: ${fmtValue(v.value, m.unit)} (${where})`;
  return `${fmtValue(v.value, m.unit)} (${where})`;
}

/** The target's figure alone, for the CSV. */
export function targetFigure(m: MeasureRow): string {
  const v = m.target?.target;
  if (!v) return '';
  if (v.kind === 'tbc') return 'tbc';
  if (v.kind === 'range') return `${fmtValue(v.min, m.unit)} to ${fmtValue(v.max, m.unit)}`;
  return fmtValue(v.value, m.unit);
}

export function baselineText(m: MeasureRow): string {
  const b = m.baseline;
  if (!b) return '';
  return b.value === 'tbc' ? 'tbc' : `${fmtValue(b.value, m.unit)}${b.period ? ` (${b.period})` : ''}`;
}

export function actualText(m: MeasureRow): string {
  if (m.actual) return `${fmtValue(m.actual.value, m.unit)} (${m.actual.period})`;
  return m.status === 'missing' ? 'missing' : m.status === 'not-due' ? 'not yet due' : '';
}

export function previousText(m: MeasureRow): string {
  const p = m.previous;
  if (!p) return '';
  return `${fmtValue(p.value, m.unit)} (${p.baseline ? `baseline${p.period === 'baseline' ? '' : ` ${p.period}`}` : p.period})`;
}

export function lastYearText(m: MeasureRow): string {
  return m.lastYear ? `${fmtValue(m.lastYear.value, m.unit)} (${m.lastYear.period})` : '';
}

export function travelText(t: Travel | undefined): string {
  return t ? `${t.arrow} ${t.word}` : '';
}

/** The tool's judgements of an action, beside the officer's status: "Overdue; No update this quarter". */
export function checksText(r: ActionRow): string {
  return r.judgements.map((j) => JUDGEMENT_LABEL[j]).join('; ');
}

export function checkReasons(r: ActionRow): string {
  return r.judgements.map((j) => judgementReason(r, j)).join('; ');
}

export function stateText(r: ActionRow): string {
  return STATE_LABEL[r.state];
}

export interface CountItem {
  key: string;
  label: string;
  count: number;
}

/** The states with any rows, in order (each row counted once). */
export function stateCounts(c: ActionCounts): CountItem[] {
  return ACTION_STATES.filter((s) => c.states[s]).map((s) => ({ key: s, label: STATE_LABEL[s], count: c.states[s] }));
}

/** The tool's checks with any rows (a row may have several). */
export function checkCounts(c: ActionCounts): CountItem[] {
  return JUDGEMENTS.filter((j) => c.judgements[j]).map((j) => ({ key: j, label: JUDGEMENT_LABEL[j], count: c.judgements[j] }));
}

/** The measure statuses with any rows, in order. */
export function measureCounts(c: Record<MeasureStatus, number>): CountItem[] {
  return MEASURE_STATUSES.filter((s) => c[s]).map((s) => ({ key: s, label: MEASURE_STATUS_LABEL[s], count: c[s] }));
}

export function headline(p: PlanSection): string {
  return [p.councilName ?? p.council, p.service].filter(Boolean).join(' – ');
}

export function lastUpdateText(r: ActionRow, date: (d: string) => string = (d) => d): string {
  const u = r.lastUpdate;
  if (!u) return 'none';
  return [date(u.date), u.status, u.percentComplete !== undefined ? `${u.percentComplete}%` : undefined].filter(Boolean).join(' ');
}

/**
 * The shape beside a status, so that it never rests on colour alone: a filled circle is on track or green, a
 * triangle at risk or amber, a square off track or red, a tick complete, a hollow circle anything not rated.
 */
export function stateSymbol(state: ActionState): string {
  return state === 'complete' ? '✓' : state === 'on-track' || state === 'in-progress' ? '●' : state === 'at-risk' ? '▲' : state === 'off-track' ? '■' : '○';
}

export function measureSymbol(status: MeasureStatus): string {
  return status === 'green' ? '●' : status === 'amber' ? '▲' : status === 'red' ? '■' : '○';
}

/** The HTML class of an action's checks: overdue is red, no update a neutral grey, behind amber. */
export function checkClass(r: ActionRow): string {
  return r.judgements.includes('overdue') ? 'check-overdue' : r.judgements.includes('behind') ? 'check' : 'check-none';
}

/** Where the plans came from, for a report's heading: "read from git commit abc1234", or "not in git (...)" as it is. */
export function readFrom(source: string): string {
  return source.startsWith('git commit') ? `read from ${source}` : source;
}
