/** plan overdue: wiring only. */
import { type GroupBy, filterWork, findOverdue } from '../analyses/overdue.js';
import { OVERDUE_FORMATS, type OverdueFormat } from '../formatters/overdue/index.js';
import { palette } from '../util/color.js';
import { type CommonOptions, UsageError, asOfDay, colorFrom, configFor, progressFor, writeStdout } from './common.js';
import { readPlans } from './plans.js';

export interface OverdueCommandOptions extends CommonOptions {
  within?: string;
  includeOpen?: boolean;
  by: GroupBy;
  owner?: string;
  plan?: string;
  format: OverdueFormat;
  failIfAny?: boolean;
}

export async function runOverdue(paths: string[], options: OverdueCommandOptions): Promise<number> {
  let within: number | undefined;
  if (options.within !== undefined) {
    within = Number(options.within);
    if (!Number.isInteger(within) || within < 0) throw new UsageError(`--within needs a whole number of days, not '${options.within}'`);
  }
  const asOf = asOfDay(options.asOf);
  const config = configFor(options);
  const { plans, counts } = readPlans(paths, config, { progress: (total) => progressFor(options, 'plan overdue', total) });
  const all = findOverdue([...plans].map((p) => p.model), { asOf, ...(within !== undefined ? { within } : {}), includeOpen: Boolean(options.includeOpen) });
  const list = filterWork(all, { ...(options.owner ? { owner: options.owner } : {}), ...(options.plan ? { plan: options.plan } : {}) });
  const format = await OVERDUE_FORMATS[options.format]();
  await writeStdout(format(list, { by: options.by, asOf, color: palette(colorFrom(options)) }));
  if (counts.failed) return 1;
  return options.failIfAny && list.some((w) => w.state === 'overdue') ? 1 : 0;
}
