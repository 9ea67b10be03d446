/** The report as JSON: the report's own data, plain, with each risk matrix by its id. */
import type { PlanSection, QuarterlyReport, ReportStream, RiskSection } from '../../analyses/quarterly.js';
import type { ScoredRisk } from '../../analyses/risks.js';
import { Later, Streamed, jsonChunks } from '../../util/json-chunks.js';

/**
 * The report as JSON, in pieces (a plan's section each): a report of thousands of plans is never one string.
 * Given the report as it is made, each plan's section is written as it is made, and let go. Risk matrices
 * are given by their id (they are in the configuration). They are replaced in a copy of the risk sections
 * rather than by a replacer: JSON.stringify calls a replacer back for every value, and leaves its fast path
 * (the JSON of 1,000 plans took 40 ms with one, 29 without).
 */
export function* reportJson(r: QuarterlyReport | ReportStream): Generator<string> {
  const made: ReportStream = 'head' in r ? r : { head: r, plans: r.plans, rest: () => r };
  let rest: ReturnType<ReportStream['rest']> | undefined;
  const after = () => (rest ??= made.rest());
  const { quarter, start, end, asOf, source } = made.head;
  const view = {
    quarter,
    start,
    end,
    asOf,
    source,
    plans: new Streamed(plansForJson(made.plans)),
    outside: new Later(() => after().outside),
    rollup: new Later(() => ({ ...after().rollup, risks: risksForJson(after().rollup.risks) })),
  };
  yield* jsonChunks(view, 2);
  yield '\n';
}

function* plansForJson(plans: Iterable<PlanSection>): Generator<unknown> {
  for (const p of plans) yield { ...p, risks: risksForJson(p.risks) };
}

function risksForJson(s: RiskSection) {
  const risk = (k: ScoredRisk) => ({ ...k, matrix: k.matrix?.id });
  return { ...s, register: s.register.map(risk), top: s.top.map(risk), aboveAppetite: s.aboveAppetite.map(risk), heatmaps: s.heatmaps.map((h) => ({ ...h, matrix: h.matrix.id })) };
}
