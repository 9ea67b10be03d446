import { resolveTimeframe } from '../../model/timeframe.js';
import { items, label } from '../access.js';
import type { Rule } from '../rule.js';

const rule: Rule = {
  meta: {
    id: 'milestones-within-action',
    description: "Milestones fall inside their action's span: not due after the action, not starting before it.",
    severity: 'warning',
    category: 'dates',
    docs: {
      why: 'A milestone due after its action means either the action date is too early or the milestone belongs elsewhere; either way the overdue list will mislead.',
      bad: 'due: 2017-03\nmilestones:\n  - id: M1\n    due: 2017-06',
      good: 'due: 2017-06\nmilestones:\n  - id: M1\n    due: 2017-06',
    },
  },
  checkPlan(ctx) {
    for (const a of items(ctx.plan, 'actions')) {
      const atf = resolveTimeframe(a.item, ctx.fyStart);
      for (const m of items(a.item, 'milestones', a.path)) {
        const mtf = resolveTimeframe(m.item, ctx.fyStart);
        const name = `${label('actions', a)}, ${label('milestones', m)}`;
        if (mtf.due.kind === 'date' && atf.due.kind === 'date' && mtf.due.day > atf.due.day) {
          ctx.report({ path: [...m.path, 'due'], message: `${name} is due ${mtf.due.value.text}, after its action (due ${atf.due.value.text})` });
        }
        const mStart = mtf.start?.start ?? (mtf.due.kind === 'date' ? mtf.due.value.start : undefined);
        if (mStart !== undefined && atf.start && mStart < atf.start.start && (mtf.start || mtf.due.kind === 'date')) {
          if (mtf.due.kind === 'date' && mtf.due.day < atf.start.start) {
            ctx.report({ path: [...m.path, mtf.start ? 'start' : 'due'], message: `${name} falls before its action starts (${atf.start.text})` });
          }
        }
      }
    }
  },
};
export default rule;
