/**
 * A risk re-scored: likelihood and impact scored on each version's matrix, and the move in words: the score
 * rising or falling, and the bands it crossed when both versions use the same matrix.
 */
import type { Obj } from '../../model/data.js';
import { type Band, type Matrix, bandRank } from '../../model/matrix.js';
import { type Score, scoreOf } from '../risks.js';
import { scalarChange } from './field-changes.js';
import { type At, join } from './labels.js';
import type { Ctx, FieldChange } from './types.js';

/** A score with its band: 12 (High). */
export function scoreText(s: Score): string {
  return s.band ? `${s.score} (${s.band.label})` : String(s.score);
}

/** Bands moved up (positive) or down; undefined across two matrices, where bands do not line up. */
function bandSteps(ma: Matrix | undefined, mb: Matrix | undefined, a: Band | undefined, b: Band | undefined): number | undefined {
  if (!ma || !mb || ma.id !== mb.id || !a || !b) return undefined;
  return bandRank(mb, b.id) - bandRank(ma, a.id);
}

function stepsText(steps: number | undefined, a: Band | undefined, b: Band | undefined): string {
  if (steps === undefined) return a && b && a.label !== b.label ? `, now ${b.label}` : '';
  if (steps === 0) return a ? `, still ${a.label}` : '';
  const n = Math.abs(steps);
  return `, ${steps > 0 ? 'up' : 'down'} ${n === 1 ? 'a band' : `${n} bands`}`;
}

function liText(s: Score): string {
  return `${s.likelihood} × ${s.impact}`;
}

/**
 * A likelihood and impact pair re-scored: score and band on each version's matrix. at names the score; raw
 * is where the likelihood and impact sit, for when neither version scores (plain changes of the two).
 */
export function scoreChange(at: At, raw: At, a: Obj, b: Obj, ctx: Ctx): FieldChange[] {
  const sa = scoreOf(ctx.oldMatrix, a.likelihood, a.impact);
  const sb = scoreOf(ctx.newMatrix, b.likelihood, b.impact);
  if (!sa && !sb) return [...scalarChange(join(raw, 'likelihood', 'likelihood'), a.likelihood, b.likelihood), ...scalarChange(join(raw, 'impact', 'impact'), a.impact, b.impact)];
  const base = { field: at.field, from: sa ? sa.score : null, to: sb ? sb.score : null };
  if (!sa) return [{ ...base, ...(sb!.band ? { bands: { to: sb!.band.label } } : {}), what: `${at.label} now ${scoreText(sb!)} (${liText(sb!)}; was not scored)` }];
  if (!sb) return [{ ...base, ...(sa.band ? { bands: { from: sa.band.label } } : {}), what: `${at.label} no longer scored (was ${scoreText(sa)})` }];
  if (sa.likelihood === sb.likelihood && sa.impact === sb.impact && sa.band?.id === sb.band?.id) return [];
  const steps = bandSteps(ctx.oldMatrix, ctx.newMatrix, sa.band, sb.band);
  const bands = { ...(sa.band ? { from: sa.band.label } : {}), ...(sb.band ? { to: sb.band.label } : {}), ...(steps !== undefined ? { steps } : {}) };
  const detail = [sa.likelihood !== sb.likelihood ? `likelihood ${sa.likelihood} → ${sb.likelihood}` : '', sa.impact !== sb.impact ? `impact ${sa.impact} → ${sb.impact}` : ''].filter(Boolean).join(', ');
  if (sa.score === sb.score) {
    const what = detail ? `${at.label} re-scored from ${liText(sa)} to ${liText(sb)}, still ${scoreText(sb)}` : `${at.label} band changed from ${sa.band?.label ?? 'none'} to ${sb.band?.label ?? 'none'} (a different matrix)`;
    return [{ ...base, bands, what }];
  }
  const direction = sb.score > sa.score ? 'rose' : 'fell';
  return [{ ...base, direction, bands, what: `${at.label} ${direction} from ${scoreText(sa)} to ${scoreText(sb)}${stepsText(steps, sa.band, sb.band)}${detail ? `: ${detail}` : ''}` }];
}
