/** A new or removed item, or sub-item, in a few words: its title and the facts a committee asks first. */
import { asList, isObj, type Obj } from '../../model/data.js';
import { DEFAULT_FY_START } from '../../model/period.js';
import type { Matrix } from '../../model/matrix.js';
import { scoreOf } from '../risks.js';
import { dueFact } from './field-changes.js';
import { scoreText } from './risk-rescoring.js';
import type { Ctx } from './types.js';
import { fmtValue, keyText, quote } from './values.js';

export function describeItem(section: string, item: Obj, ctx: { fyStart?: number; matrix?: Matrix } = {}): string {
  const fy = ctx.fyStart ?? DEFAULT_FY_START;
  const title = keyText(item.title) ?? keyText(item.name) ?? keyText(item.activity) ?? keyText(item.group);
  const facts: string[] = [];
  const owner = asList(item.owner ?? item.lead);
  if (section === 'leadership' && typeof item.name === 'string') facts.push(item.name);
  if (owner.length) facts.push(`owner ${owner.join(', ')}`);
  if (item.due !== undefined) facts.push(`due ${dueFact(item.due, fy)}`);
  if (section === 'risks') {
    const s = scoreOf(ctx.matrix, item.likelihood, item.impact);
    facts.push(s ? `scored ${scoreText(s)}` : 'not scored');
  }
  if (section === 'measures' && isObj(item.targets)) {
    const t = Object.entries(item.targets).map(([y, v]) => `${y}: ${fmtValue(v, keyText(item.unit))}`);
    if (t.length) facts.push(`targets ${t.join(', ')}`);
  }
  const head = title ? quote(title, 120) : '';
  return [head, facts.length ? `(${facts.join(', ')})` : ''].filter(Boolean).join(' ');
}

/** An update's status (with the one before it, of the updates earlier in the list), RAG and commentary. */
function updateFacts(u: Obj, earlier: readonly unknown[]): string[] {
  const prev = earlier.filter(isObj).filter((x) => typeof x.status === 'string').at(-1);
  const bits: string[] = [];
  if (typeof u.status === 'string') {
    const was = typeof prev?.status === 'string' && prev.status !== u.status ? ` (was ${prev.status})` : '';
    bits.push(`status ${u.status}${was}`);
  }
  if (typeof u.rag === 'string') bits.push(`RAG ${u.rag}`);
  if (typeof u.percentComplete === 'number') bits.push(`${u.percentComplete}% complete`);
  if (typeof u.commentary === 'string') bits.push(quote(u.commentary));
  return bits;
}

/** A sub-item added or removed (a milestone, an update, an actual), as the words after "added". */
export function describeSub(list: string, item: Obj, earlier: readonly unknown[], ctx: Ctx): string {
  const bits: string[] = [];
  if (list === 'actuals') bits.push(fmtValue(item.value, ctx.unit));
  if (list === 'reviews') {
    const s = scoreOf(ctx.newMatrix, item.likelihood, item.impact);
    if (s) bits.push(`scored ${scoreText(s)}`);
  }
  if (list === 'updates') bits.push(...updateFacts(item, earlier));
  if (typeof item.title === 'string') bits.push(quote(item.title));
  if (item.due !== undefined && list !== 'updates') bits.push(`due ${dueFact(item.due, ctx.fyStart)}`);
  if (typeof item.note === 'string') bits.push(quote(item.note));
  return bits.length ? `: ${bits.join(', ')}` : '';
}
