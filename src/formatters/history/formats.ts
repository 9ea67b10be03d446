/** plan history output: the item's changes oldest first, each with its commit and date, then the summary line. */
import { type ItemHistory, summaryLine } from '../../history/item-history.js';
import { isoDay } from '../../model/dates.js';
import { safeLine } from '../../util/text.js';
import { mdCell } from '../table.js';
import type { HistoryFormatter } from './index.js';

function heading(h: ItemHistory): string {
  return `${h.kind} ${h.item}${h.title ? ` "${h.title}"` : ''} in plan ${h.plan} (${h.file})`;
}

export const text: HistoryFormatter = (h, { color: c }) => {
  const lines = [c.bold(safeLine(heading(h)))];
  if (h.events.length === 0) lines.push('  git holds no change to it');
  for (const e of h.events) lines.push(`  ${isoDay(e.day)}  ${c.dim(e.short)}  ${safeLine(e.change.what)}`);
  lines.push('', safeLine(summaryLine(h)));
  return `${lines.join('\n')}\n`;
};

export const json: HistoryFormatter = (h) => {
  const s = h.summary;
  const body = {
    item: h.item,
    kind: h.kind,
    title: h.title ?? null,
    plan: h.plan,
    file: h.file,
    events: h.events.map((e) => ({
      commit: e.commit,
      date: e.date,
      path: e.path,
      change: e.change.kind,
      field: e.change.field ?? null,
      from: e.change.from ?? null,
      to: e.change.to ?? null,
      ...(e.change.days !== undefined ? { days: e.change.days } : {}),
      what: e.change.what,
      summary: e.change.summary,
    })),
    summary: {
      text: summaryLine(h),
      versions: s.versions,
      dueMoves: s.dueMoves ? { moves: s.dueMoves.moves, totalDays: s.dueMoves.totalDays, netDays: s.dueMoves.netDays, firstDue: s.dueMoves.firstDue, due: s.dueMoves.due } : null,
      targets: s.targets.map((t) => ({ commit: t.commit, date: t.date, period: t.period, from: t.from ?? null, to: t.to ?? null, direction: t.direction, afterPeriodClosed: t.afterClose })),
      restatements: s.restatements.map((r) => ({ commit: r.commit, date: r.date, period: r.period, from: r.from, to: r.to, noted: r.noted })),
      reassessmentsRewritten: s.rewrites.map((r) => ({ commit: r.commit, date: r.date, reviewDate: r.reviewDate, removed: r.removed })),
      updatesBackdated: s.backdated.map((b) => ({ commit: b.commit, date: b.date, item: b.item, updateDate: b.updateDate, daysBefore: b.daysBefore })),
    },
  };
  return `${JSON.stringify(body, null, 2)}\n`;
};

export const markdown: HistoryFormatter = (h) => {
  const rows = h.events.map((e) => `| ${isoDay(e.day)} | \`${e.short}\` | ${mdCell(e.change.what)} |`);
  return [`## ${mdCell(heading(h))}`, '', '| Date | Commit | Change |', '| --- | --- | --- |', ...rows, '', `**${mdCell(summaryLine(h))}**`, ''].join('\n');
};
