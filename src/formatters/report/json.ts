/** The report as JSON: the report's own data, plain, with each risk matrix by its id. */
import type { QuarterlyReport, RiskSection } from '../../analyses/quarterly.js';
import type { ScoredRisk } from '../../analyses/risks.js';
import { jsonChunks } from '../../util/json-chunks.js';

/**
 * The report as JSON, in pieces (a plan's section each): a report of thousands of plans is never one string.
 * Risk matrices are given by their id (they are in the configuration). They are replaced in a copy of the
 * risk sections rather than by a replacer: JSON.stringify calls a replacer back for every value, and leaves
 * its fast path (the JSON of 1,000 plans took 40 ms with one, 29 without).
 */
export function* reportJson(r: QuarterlyReport): Generator<string> {
  const view = { ...r, plans: r.plans.map((p) => ({ ...p, risks: risksForJson(p.risks) })), rollup: { ...r.rollup, risks: risksForJson(r.rollup.risks) } };
  yield* jsonChunks(view, 2);
  yield '\n';
}

function risksForJson(s: RiskSection) {
  const risk = (k: ScoredRisk) => ({ ...k, matrix: k.matrix?.id });
  return { ...s, register: s.register.map(risk), top: s.top.map(risk), aboveAppetite: s.aboveAppetite.map(risk), heatmaps: s.heatmaps.map((h) => ({ ...h, matrix: h.matrix.id })) };
}
