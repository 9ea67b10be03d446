import { describe, expect, it } from 'vitest';
import { filterRisks, heatmap, scoreRisks } from '../../src/analyses/risks.js';
import { defaultConfig, matrixById } from '../../src/config.js';
import { bandFor, checkMatrix, type Matrix } from '../../src/model/matrix.js';
import { parseIsoDay } from '../../src/model/dates.js';
import { buildPlan } from '../../src/model/plan.js';
import { ROOT } from '../helpers.js';

const config = defaultConfig(ROOT);
const plan = (risks: unknown[], extra: Record<string, unknown> = {}) => buildPlan({ id: 'p', riskMatrix: 'vale-4x4', risks, ...extra }, { file: 'p.yaml', config });

describe('banding', () => {
  const vale = matrixById(config, 'vale-4x4')!;
  it('by score thresholds', () => {
    expect(bandFor(vale, 3, 4)?.id).toBe('very-high');
    expect(bandFor(vale, 1, 4)?.id).toBe('medium');
    expect(bandFor(vale, 1, 3)?.id).toBe('low');
  });
  it('cell by cell, where asymmetric cells differ', () => {
    const m: Matrix = { ...vale, id: 'asym', cells: [['low', 'low', 'medium', 'high'], ['low', 'medium', 'medium', 'high'], ['low', 'medium', 'high', 'very-high'], ['medium', 'medium', 'high', 'very-high']] };
    expect(checkMatrix(m)).toEqual([]);
    expect(bandFor(m, 4, 1)?.id).toBe('medium');
    expect(bandFor(m, 1, 4)?.id).toBe('high');
  });
  it('finds gaps and unknown bands in a matrix definition', () => {
    expect(checkMatrix({ ...vale, bands: vale.bands.slice(1) })).toContain('score 1 (likelihood 1 x impact 1) falls in no band');
    expect(checkMatrix({ ...vale, cells: [['nope']] }).join()).toMatch(/band 'nope', which is not defined/);
  });
});

describe('appetite, movement and filters', () => {
  const cfg = { ...config, appetite: { ...config.appetite, categories: { safeguarding: 'averse', financial: 'open' } } };
  const risks = [
    { id: 'S1', title: 's', category: 'safeguarding', likelihood: 2, impact: 2, owner: 'Ann' },
    { id: 'F1', title: 'f', category: 'financial', likelihood: 3, impact: 4, owner: ['Bob', 'Ann'], target: { likelihood: 2, impact: 2 } },
    { id: 'M1', title: 'm', likelihood: 2, impact: 3, reviews: [{ date: '2017-05-15', likelihood: 3, impact: 3 }, { date: '2017-08-01', likelihood: 4, impact: 4 }] },
  ];
  const scored = scoreRisks([plan(risks)], cfg, parseIsoDay('2017-09-30'));
  it('flags a risk above its category appetite', () => {
    expect(scored.find((r) => r.id === 'S1')!.aboveAppetite).toBe(true); // 4 > averse 3
    expect(scored.find((r) => r.id === 'F1')!.aboveAppetite).toBe(false); // 12 <= open 12
  });
  it('uses the latest reassessment on or before the as-of day, and the movement since last quarter', () => {
    const m = scored.find((r) => r.id === 'M1')!;
    expect(m.current?.score).toBe(16);
    expect(m.previous?.score).toBe(9);
    expect(m.movement).toBe('up');
    expect(scoreRisks([plan(risks)], cfg, parseIsoDay('2017-06-30')).find((r) => r.id === 'M1')!.current?.score).toBe(9);
  });
  it('filters by score, band, owner, plan, appetite and assessment', () => {
    const ids = (f: Parameters<typeof filterRisks>[1]) => filterRisks(scored, f).map((r) => r.id);
    expect(ids({})).toEqual(['M1', 'F1', 'S1']);
    expect(ids({ minScore: 12 })).toEqual(['M1', 'F1']);
    expect(ids({ band: 'Very high' })).toEqual(['M1', 'F1']);
    expect(ids({ band: 'medium' })).toEqual(['S1']);
    expect(ids({ owner: 'ann' })).toEqual(['F1', 'S1']);
    expect(ids({ plan: 'other' })).toEqual([]);
    expect(ids({ aboveAppetite: true })).toEqual(['S1']);
    expect(ids({ by: 'target', minScore: 1 })).toEqual(['F1']);
  });
  it('places risks in heat map cells', () => {
    const cells = heatmap(matrixById(cfg, 'vale-4x4')!, scored).flat();
    expect(cells.find((c) => c.likelihood === 3 && c.impact === 4)!.ids).toEqual(['F1']);
  });
});
