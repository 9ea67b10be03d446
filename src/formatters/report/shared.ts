/** Words and figures shared by every report format, so the terminal, the paper and the HTML agree. */
import type { ActionRow, MeasureRow, PlanSection } from '../../analyses/quarterly.js';

export function fmtValue(v: number | null | undefined | 'tbc', unit?: string): string {
  if (v === undefined || v === null) return '';
  if (v === 'tbc') return 'tbc';
  const n = Number.isInteger(v) ? String(v) : v.toFixed(2).replace(/0+$/, '').replace(/\.$/, '');
  return unit === 'percent' ? `${n}%` : unit === 'currency' ? `£${n}` : n;
}

export const RAG_WORD: Record<string, string> = { green: 'Green (on target)', amber: 'Amber (within tolerance)', red: 'Red (off target)' };

export function ragWord(m: MeasureRow): string {
  if (m.rag) return RAG_WORD[m.rag]!;
  if (m.missing) return 'Actual missing';
  if (m.target === undefined) return 'No target';
  if (m.target === 'tbc') return 'Target tbc';
  if (!m.actual) return 'No actual';
  return m.polarity ? 'Not rated' : 'No polarity';
}

export function actualText(m: MeasureRow): string {
  if (!m.actual) return m.missing ? 'missing' : '';
  return `${fmtValue(m.actual.value, m.unit)} (${m.actual.period})${m.actualThisQuarter ? '' : ' latest'}`;
}

export function previousText(m: MeasureRow): string {
  return m.previous ? `${fmtValue(m.previous.value, m.unit)} (${m.previous.period})` : '';
}

export function headline(p: PlanSection): string {
  return [p.councilName ?? p.council, p.service].filter(Boolean).join(' – ');
}

export function lastUpdateText(r: ActionRow): string {
  const u = r.lastUpdate;
  if (!u) return 'none';
  return [u.date, u.status, u.percentComplete !== undefined ? `${u.percentComplete}%` : undefined].filter(Boolean).join(' ');
}

/** Where the plans came from, for a report's heading: "read from git commit abc1234", or "not in git (...)" as it is. */
export function readFrom(source: string): string {
  return source.startsWith('git commit') ? `read from ${source}` : source;
}
