import { measurePerformance } from '../../analyses/performance/measure.js';
import { buildPlan } from '../../model/build-plan.js';
import { isError, parsePeriodValue, quarterContaining, quarterLabel, quarterSpan } from '../../model/period.js';
import type { Update } from '../../model/plan.js';
import { type Item, items, label, str, workItems } from '../access.js';
import type { Rule } from '../rule.js';

/** Whether any update dated inside [start, end) gives a corrective action. */
function correctedIn(updates: readonly Item[], start: number, end: number, fyStart: number): boolean {
  return updates.some((u) => {
    const date = str(u.item.date);
    const v = date === undefined ? undefined : parsePeriodValue(date, fyStart);
    return v !== undefined && !isError(v) && v.end - 1 >= start && v.end - 1 < end && !!str(u.item.correctiveAction);
  });
}

const rule: Rule = {
  meta: {
    id: 'corrective-action-given',
    description: 'An action or milestone reported off track (or red), or a measure whose latest figure is red, says what is being done about it (correctiveAction) in that quarter.',
    severity: 'warning',
    category: 'progress',
    docs: {
      why: "The quarterly report's exceptions section shows every red or off-track item with the officer's corrective action. A committee asked to accept an exception needs to know what is being done; an empty cell reads as nothing.",
      bad: 'updates:\n  - { date: 2017-09-30, status: off-track, commentary: Contractor went into administration }',
      good: 'updates:\n  - date: 2017-09-30\n    status: off-track\n    commentary: Contractor went into administration\n    correctiveAction: Re-tendered; new contractor starts in November',
    },
  },
  checkPlan(ctx) {
    const fy = ctx.fyStart;
    for (const w of workItems(ctx.plan)) {
      const updates = items(w.it.item, 'updates', w.it.path);
      // the latest update on or before the as-of day, in date order (equal dates: the later written)
      let latest: { u: Item; day: number } | undefined;
      for (const u of updates) {
        const date = str(u.item.date);
        const v = date === undefined ? undefined : parsePeriodValue(date, fy);
        if (!v || isError(v) || v.end - 1 > ctx.asOf) continue;
        if (!latest || v.end - 1 >= latest.day) latest = { u, day: v.end - 1 };
      }
      if (!latest) continue;
      const offTrack = latest.u.item.status === 'off-track' || (latest.u.item.status === undefined && latest.u.item.rag === 'red');
      if (!offTrack) continue;
      const span = quarterSpan(quarterContaining(latest.day, fy), fy);
      if (correctedIn(updates, span.start, span.end, fy)) continue;
      ctx.report({ path: [...latest.u.path, 'status' in latest.u.item ? 'status' : 'rag'], message: `${w.name} is reported off track on ${str(latest.u.item.date)} with no correctiveAction in ${quarterLabel(quarterContaining(latest.day, fy))}: say what is being done to bring it back on track` });
    }
    const raw = items(ctx.plan, 'measures');
    if (!raw.some((m) => Array.isArray(m.item.actuals) && m.item.actuals.length)) return;
    const model = buildPlan({ period: ctx.plan.period, measures: ctx.plan.measures }, { file: ctx.file, config: ctx.config });
    for (const m of raw) {
      const measure = model.measures.find((x) => x.id === m.item.id);
      const last = measure?.actuals.filter((a) => a.end - 1 <= ctx.asOf).at(-1);
      if (!measure || !last) continue;
      const quarter = quarterContaining(last.end - 1, fy);
      const perf = measurePerformance(measure, quarter, fy, ctx.config.performance);
      if (perf.status !== 'red' || perf.actual?.period !== last.period || last.correctiveAction) continue;
      const span = quarterSpan(quarter, fy);
      const said = (u: Update) => u.day >= span.start && u.day < span.end && !!u.correctiveAction;
      if (measure.updates.some(said)) continue;
      const actual = [...items(m.item, 'actuals', m.path)].reverse().find((a) => a.item.period === last.period);
      ctx.report({ path: actual ? [...actual.path, 'value'] : m.path, message: `${label('measures', m)} is red for ${last.period} with no correctiveAction on that figure or in an update in ${quarterLabel(quarter)}: say what is being done to bring it back to target` });
    }
  },
};
export default rule;
