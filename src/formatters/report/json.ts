/** The report as JSON: the report's own data, plain, with each risk matrix by its id (they are in the configuration). */
import type { RiskSection } from '../../analyses/quarterly.js';
import type { ScoredRisk } from '../../analyses/risks.js';
import type { ReportFormatter } from './index.js';

function risksForJson(s: RiskSection) {
  const risk = (k: ScoredRisk) => ({ ...k, matrix: k.matrix?.id });
  return { ...s, register: s.register.map(risk), top: s.top.map(risk), aboveAppetite: s.aboveAppetite.map(risk), heatmaps: s.heatmaps.map((h) => ({ ...h, matrix: h.matrix.id })) };
}

const json: ReportFormatter = (r) => {
  const view = { ...r, plans: r.plans.map((p) => ({ ...p, risks: risksForJson(p.risks) })), rollup: { ...r.rollup, risks: risksForJson(r.rollup.risks) } };
  return `${JSON.stringify(view, null, 2)}\n`;
};
export default json;
