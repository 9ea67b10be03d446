/** plan risks: wiring only. */
import { type Assessment, filterRisks, scoreRisks } from '../analyses/risks.js';
import { renderHeatmap } from '../formatters/risks/heatmap.js';
import { RISKS_FORMATS, type RisksFormat } from '../formatters/risks/index.js';
import { palette } from '../util/color.js';
import { groupBy } from '../util/group.js';
import { type CommonOptions, UsageError, asOfDay, colorFrom, configFor, progressFor, writeStdout } from './common.js';
import { readPlans } from './plans.js';

export interface RisksOptions extends CommonOptions {
  minScore?: string;
  band?: string;
  owner?: string;
  plan?: string;
  aboveAppetite?: boolean;
  by: Assessment;
  format: RisksFormat;
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
  const all = scoreRisks([...plans].map((p) => p.model), config, asOf);
  if (options.band !== undefined) {
    const bands = new Set(config.matrices.flatMap((m) => m.bands.flatMap((b) => [b.id.toLowerCase(), b.label.toLowerCase()])));
    if (!bands.has(options.band.toLowerCase())) throw new UsageError(`no matrix has a band '${options.band}'`, `bands are: ${[...new Set(config.matrices.flatMap((m) => m.bands.map((b) => b.id)))].join(', ')}`);
  }
  const risks = filterRisks(all, { ...(minScore !== undefined ? { minScore } : {}), ...(options.band ? { band: options.band } : {}), ...(options.owner ? { owner: options.owner } : {}), ...(options.plan ? { plan: options.plan } : {}), aboveAppetite: Boolean(options.aboveAppetite), by: options.by });
  const c = palette(colorFrom(options));
  let output: string;
  if (options.heatmap) {
    const byMatrix = groupBy(risks, (r) => (r.matrix ? [r.matrix.id] : []));
    const parts = [...byMatrix.values()].map((list) => renderHeatmap(list[0]!.matrix!, list, { by: options.by, ids: Boolean(options.ids), c }));
    output = parts.length ? parts.join('\n') : 'No risks match.\n';
  } else output = (await RISKS_FORMATS[options.format]())(risks, { by: options.by, color: c });
  await writeStdout(output);
  return counts.failed ? 1 : 0;
}
