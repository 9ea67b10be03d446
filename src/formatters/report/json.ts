/**
 * The report as JSON: the report's own data, plain, the summary and exceptions first; each risk matrix by its
 * id (they are in the configuration), and the priority groups by the ids of their rows (the rows are in plans).
 */
import { type ActionRow, judgementReason } from '../../analyses/action-status.js';
import type { PlanSection, RiskSection } from '../../analyses/quarterly.js';
import type { ScoredRisk } from '../../analyses/risks.js';
import type { ReportFormatter } from './index.js';

function risksForJson(s: RiskSection) {
  const risk = (k: ScoredRisk) => ({ ...k, matrix: k.matrix?.id });
  return { ...s, register: s.register.map(risk), top: s.top.map(risk), aboveAppetite: s.aboveAppetite.map(risk), heatmaps: s.heatmaps.map((h) => ({ ...h, matrix: h.matrix.id })) };
}

/** An action's judgements as the JSON gives them: each with its reason in words. */
function actionsForJson(s: PlanSection['actions']) {
  const row = (r: ActionRow) => ({ ...r, judgements: r.judgements.map((kind) => ({ kind, reason: judgementReason(r, kind) })) });
  return { ...s, rows: s.rows.map(row) };
}

const json: ReportFormatter = (r) => {
  const { quarter, start, end, asOf, lastQuarter, summary, exceptions, groups, plans, outside, rollup, source, changesBasis } = r;
  const view = {
    quarter,
    start,
    end,
    asOf,
    lastQuarter,
    summary,
    exceptions,
    groups: groups.map((g) => ({ code: g.code, title: g.title, plans: g.plans.map((p) => ({ plan: p.plan, actions: p.actions.map((a) => a.id), measures: p.measures.map((m) => m.id) })) })),
    plans: plans.map((p) => ({ ...p, actions: actionsForJson(p.actions), risks: risksForJson(p.risks) })),
    outside,
    rollup: { ...rollup, risks: risksForJson(rollup.risks) },
    source,
    changesBasis,
  };
  return `${JSON.stringify(view, null, 2)}\n`;
};
export default json;
