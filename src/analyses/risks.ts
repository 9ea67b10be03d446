/**
 * Risk scoring, pure: each risk on its plan's matrix, for current, target and inherent assessments, with its
 * band, the movement since the previous quarter (where reassessments are recorded) and whether it is above
 * the council's appetite for its category. No I/O; the as-of day is passed in.
 */
import type { Config } from '../config.js';
import type { Day } from '../model/dates.js';
import { type Band, type Matrix, bandFor, onMatrix } from '../model/matrix.js';
import { previousQuarter, quarterContaining, quarterSpan } from '../model/period.js';
import type { Plan, Risk, RiskAssessment } from '../model/plan.js';
import { compareNumeric } from '../util/text.js';

export type Assessment = 'current' | 'target' | 'inherent';

export interface Score {
  likelihood: number;
  impact: number;
  score: number;
  band?: Band;
}

export interface ScoredRisk {
  plan: string;
  file: string;
  council?: string;
  id: string;
  title: string;
  owner: string[];
  category?: string;
  matrix?: Matrix;
  matrixId: string;
  current?: Score;
  target?: Score;
  inherent?: Score;
  previous?: Score;
  movement?: 'up' | 'down' | 'same';
  /** the date of the assessment used as current, when it is a reassessment */
  assessedOn?: string;
  appetite?: { level: string; max: number };
  aboveAppetite: boolean;
  controls: string[];
}

export function scoreOf(matrix: Matrix | undefined, likelihood: unknown, impact: unknown): Score | undefined {
  if (typeof likelihood !== 'number' || typeof impact !== 'number') return undefined;
  const band = matrix && onMatrix(matrix, likelihood, impact) ? bandFor(matrix, likelihood, impact) : undefined;
  return { likelihood, impact, score: likelihood * impact, ...(band ? { band } : {}) };
}

interface Dated extends RiskAssessment {
  day: number;
  text?: string;
}

/** The assessments in date order: the plan's own (from the day it was assessed, else from the start), then each reassessment. */
function history(risk: Risk): Dated[] {
  const { current } = risk.assessments;
  const base: Dated = { day: current.day ?? -Infinity, likelihood: current.likelihood, impact: current.impact };
  return [base, ...risk.reassessments.map((r) => ({ day: r.day, text: r.date, likelihood: r.likelihood, impact: r.impact }))];
}

/** The assessment in force on a day: the latest reassessment on or before it, else the plan's own. */
function inForce(h: Dated[], day: number): Dated | undefined {
  let found: Dated | undefined;
  for (const d of h) if (d.day <= day) found = d;
  return found ?? h[0];
}

export function scoreRisks(plans: Iterable<Plan>, config: Config, asOf?: Day): ScoredRisk[] {
  const out: ScoredRisk[] = [];
  for (const plan of plans) {
    const matrix = plan.riskMatrix;
    for (const r of plan.risks) {
      const h = history(r);
      const hasReviews = h.length > 1;
      const now = asOf === undefined ? h[h.length - 1] : inForce(h, asOf);
      const current = now ? scoreOf(matrix, now.likelihood, now.impact) : undefined;
      let previous: Score | undefined;
      let movement: ScoredRisk['movement'];
      if (hasReviews && asOf !== undefined) {
        const prevEnd = quarterSpan(previousQuarter(quarterContaining(asOf, config.fiscalYearStart)), config.fiscalYearStart).end - 1;
        const then = inForce(h, prevEnd);
        previous = then ? scoreOf(matrix, then.likelihood, then.impact) : undefined;
        if (previous && current) movement = current.score > previous.score ? 'up' : current.score < previous.score ? 'down' : 'same';
      }
      const { target: t, inherent: i } = r.assessments;
      const target = t ? scoreOf(matrix, t.likelihood, t.impact) : undefined;
      const inherent = i ? scoreOf(matrix, i.likelihood, i.impact) : undefined;
      const category = r.category;
      const level = (category !== undefined ? config.appetite.categories[category] : undefined) ?? config.appetite.default;
      const max = level !== undefined ? config.appetite.levels[level] : undefined;
      out.push({
        plan: plan.id ?? plan.file,
        file: plan.file,
        ...(plan.council !== undefined ? { council: plan.council } : {}),
        id: r.id,
        title: r.title ?? '',
        owner: r.owner,
        ...(category !== undefined ? { category } : {}),
        ...(matrix ? { matrix } : {}),
        matrixId: plan.riskMatrixId,
        ...(current ? { current } : {}),
        ...(target ? { target } : {}),
        ...(inherent ? { inherent } : {}),
        ...(previous ? { previous } : {}),
        ...(movement ? { movement } : {}),
        ...(now?.text ? { assessedOn: now.text } : {}),
        ...(level !== undefined && max !== undefined ? { appetite: { level, max } } : {}),
        aboveAppetite: max !== undefined && current !== undefined && current.score > max,
        controls: r.controls,
      });
    }
  }
  return out;
}

export interface RiskFilter {
  minScore?: number;
  band?: string;
  owner?: string;
  plan?: string;
  aboveAppetite?: boolean;
  by?: Assessment;
}

export function filterRisks(risks: readonly ScoredRisk[], f: RiskFilter): ScoredRisk[] {
  const by = f.by ?? 'current';
  const lc = (s: string) => s.toLowerCase();
  return risks
    .filter((r) => {
      const s = r[by];
      if (f.minScore !== undefined && (!s || s.score < f.minScore)) return false;
      if (f.band !== undefined && (!s?.band || (lc(s.band.id) !== lc(f.band) && lc(s.band.label) !== lc(f.band)))) return false;
      if (f.owner !== undefined && !r.owner.some((o) => lc(o) === lc(f.owner!))) return false;
      if (f.plan !== undefined && r.plan !== f.plan) return false;
      if (f.aboveAppetite && !r.aboveAppetite) return false;
      return true;
    })
    .sort((a, b) => (b[by]?.score ?? -1) - (a[by]?.score ?? -1) || a.plan.localeCompare(b.plan) || compareNumeric(a.id, b.id));
}

export interface HeatCell {
  likelihood: number;
  impact: number;
  band?: Band;
  ids: string[];
}

/** The matrix as a grid of cells, likelihood from highest to lowest, each with the risks in it. */
export function heatmap(matrix: Matrix, risks: readonly ScoredRisk[], by: Assessment = 'current'): HeatCell[][] {
  const rows: HeatCell[][] = [];
  for (let l = matrix.likelihood.length; l >= 1; l--) {
    const row: HeatCell[] = [];
    for (let i = 1; i <= matrix.impact.length; i++) {
      const band = bandFor(matrix, l, i);
      row.push({ likelihood: l, impact: i, ...(band ? { band } : {}), ids: risks.filter((r) => r[by]?.likelihood === l && r[by]?.impact === i).map((r) => r.id) });
    }
    rows.push(row);
  }
  return rows;
}
