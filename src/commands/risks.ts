/** plan risks: wiring only. */
import { OWNER_HINT, matchOwnerIn } from '../analyses/owners.js';
import { type Assessment, filterRisks, scoreRisks } from '../analyses/risks.js';
import { renderHeatmap } from '../formatters/risks/heatmap.js';
import { RISKS_FORMATS, type RisksFormat } from '../formatters/risks/index.js';
import { palette } from '../util/color.js';
import { groupBy } from '../util/group.js';
import { type CommandSpec, NO_PROGRESS_OPTION } from './command.js';
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

async function runRisks(paths: string[], options: RisksOptions): Promise<number> {
  let minScore: number | undefined;
  if (options.minScore !== undefined) {
    minScore = Number(options.minScore);
    if (!Number.isFinite(minScore)) throw new UsageError(`--min-score needs a number, not '${options.minScore}'`);
  }
  const asOf = options.asOf === undefined ? undefined : asOfDay(options.asOf);
  const config = configFor(options);
  const { plans, counts } = readPlans(paths, config, { progress: (total) => progressFor(options, 'plan risks', total) });
  const models = [...plans].map((p) => p.model);
  const owner = options.owner === undefined ? undefined : matchOwnerIn(options.owner, models);
  if (owner && 'error' in owner) throw new UsageError(owner.error, OWNER_HINT);
  const all = scoreRisks(models, config, asOf);
  if (options.band !== undefined) {
    const bands = new Set(config.matrices.flatMap((m) => m.bands.flatMap((b) => [b.id.toLowerCase(), b.label.toLowerCase()])));
    if (!bands.has(options.band.toLowerCase())) throw new UsageError(`no matrix has a band '${options.band}'`, `bands are: ${[...new Set(config.matrices.flatMap((m) => m.bands.map((b) => b.id)))].join(', ')}`);
  }
  const risks = filterRisks(all, { ...(minScore !== undefined ? { minScore } : {}), ...(options.band ? { band: options.band } : {}), ...(owner ? { owner: owner.name } : {}), ...(options.plan ? { plan: options.plan } : {}), aboveAppetite: Boolean(options.aboveAppetite), by: options.by });
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

export const risksCommand: CommandSpec<RisksOptions> = {
  name: 'risks',
  description: "score every risk on its plan's matrix: band, target, appetite; as a table or a heat map",
  arguments: [{ name: '[paths...]', description: 'plan files, folders or globs' }],
  options: [
    { flags: '--min-score <n>', description: 'only risks scoring at least n' },
    { flags: '--band <band>', description: 'only risks in this band (id or label)' },
    { flags: '--owner <name>', description: 'only risks this person owns: a whole name, a register alias, or a part of a name only one person has' },
    { flags: '--plan <id>', description: 'only this plan (its id)' },
    { flags: '--above-appetite', description: "only risks above their category's appetite" },
    { flags: '--by <assessment>', description: 'which assessment to score and sort by', choices: ['current', 'target', 'inherent'], default: 'current' },
    { flags: '-f, --format <format>', description: 'output format', choices: Object.keys(RISKS_FORMATS), default: 'table' },
    { flags: '--heatmap', description: 'draw the matrix with the count of risks in each cell' },
    { flags: '--ids', description: 'with --heatmap: list the risk ids in each cell' },
    { flags: '--as-of <date>', description: 'use reassessments up to this day (YYYY-MM-DD)' },
    NO_PROGRESS_OPTION,
  ],
  examples: [
    '$ plan risks                             every risk, highest current score first',
    '$ plan risks --heatmap --ids             the matrix, with risk ids in each cell',
    "$ plan risks --above-appetite            only risks scoring above the council's appetite",
    '$ plan risks --band very-high --format csv > top-risks.csv',
  ],
  readsPlans: true,
  run: runRisks,
};
