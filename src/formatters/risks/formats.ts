/** plan risks output: table, json, csv, markdown. */
import type { Assessment, ScoredRisk } from '../../analyses/risks.js';
import { type Column, renderTable, toCsv, toMarkdown } from '../table.js';
import { bandCode, paintBand } from './heatmap.js';
import type { RisksFormatter } from './index.js';

const MOVE: Record<string, string> = { up: '↑ up', down: '↓ down', same: '→ same' };

function columns(by: Assessment): Column<ScoredRisk>[] {
  return [
    { header: 'Plan', value: (r) => r.plan, width: 28 },
    { header: 'Risk', value: (r) => r.id },
    { header: 'Description', value: (r) => r.title, width: 60 },
    { header: 'Owner', value: (r) => r.owner.join(', '), width: 20 },
    { header: 'L', value: (r) => r[by]?.likelihood, align: 'right' },
    { header: 'I', value: (r) => r[by]?.impact, align: 'right' },
    { header: 'Score', value: (r) => r[by]?.score ?? 'not scored', align: 'right' },
    { header: 'Band', value: (r) => r[by]?.band?.label ?? '', style: (t, r, c) => (t ? paintBand(c, r[by]?.band, ` ${t} `) : t) },
    { header: 'Target', value: (r) => (by === 'target' ? r.current?.score : r.target?.score), align: 'right' },
    { header: 'Move', value: (r) => (r.movement ? MOVE[r.movement] : '') },
    { header: 'Appetite', value: (r) => (r.appetite ? `${r.aboveAppetite ? 'ABOVE ' : ''}${r.appetite.level} (≤${r.appetite.max})` : ''), style: (t, r, c) => (r.aboveAppetite ? c.red.bold(t) : t) },
  ];
}

export const table: RisksFormatter = (risks, { by, color: c }) => {
  if (risks.length === 0) return 'No risks match.\n';
  const cols = columns(by);
  if (by === 'target') cols[8] = { header: 'Current', value: (r) => r.current?.score, align: 'right' };
  const above = risks.filter((r) => r.aboveAppetite).length;
  const plans = new Set(risks.map((r) => r.plan)).size;
  return `${renderTable(cols, risks, c)}\n${risks.length} risk${risks.length === 1 ? '' : 's'} in ${plans} plan${plans === 1 ? '' : 's'}, by ${by} score${above ? `; ${above} above appetite` : ''}\n`;
};

export const json: RisksFormatter = (risks, { by }) => {
  const list = risks.map((r) => ({
    plan: r.plan,
    file: r.file,
    id: r.id,
    title: r.title,
    owner: r.owner,
    category: r.category ?? null,
    matrix: r.matrixId,
    likelihood: r[by]?.likelihood ?? null,
    impact: r[by]?.impact ?? null,
    score: r[by]?.score ?? null,
    band: r[by]?.band?.id ?? null,
    bandLabel: r[by]?.band?.label ?? null,
    currentScore: r.current?.score ?? null,
    targetScore: r.target?.score ?? null,
    targetBand: r.target?.band?.id ?? null,
    inherentScore: r.inherent?.score ?? null,
    previousScore: r.previous?.score ?? null,
    movement: r.movement ?? null,
    appetite: r.appetite ?? null,
    aboveAppetite: r.aboveAppetite,
    controls: r.controls,
  }));
  return `${JSON.stringify(list, null, 2)}\n`;
};

const FLAT: Column<ScoredRisk>[] = [
  { header: 'plan', value: (r) => r.plan },
  { header: 'id', value: (r) => r.id },
  { header: 'title', value: (r) => r.title },
  { header: 'owner', value: (r) => r.owner.join('; ') },
  { header: 'category', value: (r) => r.category },
  { header: 'likelihood', value: (r) => r.current?.likelihood },
  { header: 'impact', value: (r) => r.current?.impact },
  { header: 'score', value: (r) => r.current?.score },
  { header: 'band', value: (r) => r.current?.band?.label },
  { header: 'targetScore', value: (r) => r.target?.score },
  { header: 'inherentScore', value: (r) => r.inherent?.score },
  { header: 'movement', value: (r) => r.movement },
  { header: 'aboveAppetite', value: (r) => (r.aboveAppetite ? 'yes' : 'no') },
];

export const csv: RisksFormatter = (risks) => toCsv(FLAT, risks, { bom: true });

export const markdown: RisksFormatter = (risks, { by }) => {
  const cols: Column<ScoredRisk>[] = [
    { header: 'Plan', value: (r) => r.plan },
    { header: 'Risk', value: (r) => r.id },
    { header: 'Description', value: (r) => r.title },
    { header: 'L x I', value: (r) => (r[by] ? `${r[by]!.likelihood} x ${r[by]!.impact}` : 'not scored') },
    { header: 'Score', value: (r) => r[by]?.score, align: 'right' },
    { header: 'Band', value: (r) => (r[by]?.band ? `${r[by]!.band!.label} (${bandCode(r[by]!.band)})` : '') },
    { header: 'Target', value: (r) => r.target?.score, align: 'right' },
    { header: 'Above appetite', value: (r) => (r.aboveAppetite ? '**yes**' : 'no') },
  ];
  return toMarkdown(cols, risks);
};
