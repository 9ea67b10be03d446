/** plan risks: wiring only. */
import { type Assessment, filterRisks, scoreRisks } from '../analyses/risks.js';
import { renderHeatmap } from '../formatters/risks/heatmap.js';
import { risksCsv, risksJson, risksMarkdown, risksTable } from '../formatters/risks/index.js';
import { palette } from '../util/color.js';
import { groupBy } from '../util/group.js';
import type { Pieces } from '../util/write.js';
import { type CommonOptions, UsageError, asOfDay, colorFrom, configFor, progressFor, writeStdout } from './common.js';
import { readPlans } from './plans.js';

export interface RisksOptions extends CommonOptions {
  minScore?: string;
  band?: string;
  owner?: string;
  plan?: string;
  aboveAppetite?: boolean;
  by: Assessment;
  format: 'table' | 'json' | 'csv' | 'markdown';
  heatmap?: boolean;
  ids?: boolean;
}

export async function runRisks(paths: string[], options: RisksOptions): Promise<number> {
  let minScore: number | undefined;
  if (options.minScore !== undefined) {
    minScore = Number(options.minScore);
    if (!Number.isFinite(minScore)) throw new UsageError(`--min-score needs a number, not '${options.minScore}'`);
  }
  const asOf = options.asOf === undefined ? undefined : asOfDay(options.asOf);
  const config = configFor(options);
  const { plans, counts } = readPlans(paths, config, { progress: (total) => progressFor(options, 'plan risks', total) });
  const all = scoreRisks(plans, config, asOf);
  if (options.band !== undefined) {
    const bands = new Set(config.matrices.flatMap((m) => m.bands.flatMap((b) => [b.id.toLowerCase(), b.label.toLowerCase()])));
    if (!bands.has(options.band.toLowerCase())) throw new UsageError(`no matrix has a band '${options.band}'`, `bands are: ${[...new Set(config.matrices.flatMap((m) => m.bands.map((b) => b.id)))].join(', ')}`);
  }
  const risks = filterRisks(all, { ...(minScore !== undefined ? { minScore } : {}), ...(options.band ? { band: options.band } : {}), ...(options.owner ? { owner: options.owner } : {}), ...(options.plan ? { plan: options.plan } : {}), aboveAppetite: Boolean(options.aboveAppetite), by: options.by });
  const c = palette(colorFrom(options));
  let output: string | Pieces;
  if (options.heatmap) {
    const byMatrix = groupBy(risks, (r) => (r.matrix ? [r.matrix.id] : []));
    const parts = [...byMatrix.values()].map((list) => renderHeatmap(list[0]!.matrix!, list, { by: options.by, ids: Boolean(options.ids), c }));
    output = parts.length ? parts.join('\n') : 'No risks match.\n';
  } else if (options.format === 'json') output = risksJson(risks, options.by);
  else if (options.format === 'csv') output = risksCsv(risks);
  else if (options.format === 'markdown') output = risksMarkdown(risks, options.by);
  else output = risksTable(risks, options.by, c);
  await writeStdout(output);
  return counts.failed ? 1 : 0;
}
