/** plan overdue: wiring only. */
import { type GroupBy, filterWork, findOverdue } from '../analyses/overdue.js';
import { OWNER_HINT, matchOwnerIn } from '../analyses/owners.js';
import { OVERDUE_FORMATS, type OverdueFormat } from '../formatters/overdue/index.js';
import { palette } from '../util/color.js';
import { type CommandSpec, NO_PROGRESS_OPTION } from './command.js';
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

async function runOverdue(paths: string[], options: OverdueCommandOptions): Promise<number> {
  let within: number | undefined;
  if (options.within !== undefined) {
    within = Number(options.within);
    if (!Number.isInteger(within) || within < 0) throw new UsageError(`--within needs a whole number of days, not '${options.within}'`);
  }
  const asOf = asOfDay(options.asOf);
  const config = configFor(options);
  const { plans, counts } = readPlans(paths, config, { progress: (total) => progressFor(options, 'plan overdue', total) });
  const models = [...plans].map((p) => p.model);
  const owner = options.owner === undefined ? undefined : matchOwnerIn(options.owner, models);
  if (owner && 'error' in owner) throw new UsageError(owner.error, OWNER_HINT);
  const all = findOverdue(models, { asOf, ...(within !== undefined ? { within } : {}), includeOpen: Boolean(options.includeOpen) });
  const list = filterWork(all, { ...(owner ? { owner: owner.name } : {}), ...(options.plan ? { plan: options.plan } : {}) });
  const format = await OVERDUE_FORMATS[options.format]();
  await writeStdout(format(list, { by: options.by, asOf, color: palette(colorFrom(options)) }));
  if (counts.failed) return 1;
  return options.failIfAny && list.some((w) => w.state === 'overdue') ? 1 : 0;
}

export const overdueCommand: CommandSpec<OverdueCommandOptions> = {
  name: 'overdue',
  description: 'list overdue (and, with --within, due-soon) actions and milestones, as of today or any date',
  arguments: [{ name: '[paths...]', description: 'plan files, folders or globs' }],
  options: [
    { flags: '--as-of <date>', description: 'as at this day (YYYY-MM-DD; default today in Europe/London); later updates are ignored' },
    { flags: '--within <days>', description: 'also list what falls due in the next <days> days' },
    { flags: '--include-open', description: 'also list open-ended work (ongoing) that never falls due' },
    { flags: '--by <group>', description: 'group by', choices: ['owner', 'plan', 'manager', 'none'], default: 'owner' },
    { flags: '--owner <name>', description: 'only items this person owns: a whole name, a register alias, or a part of a name only one person has' },
    { flags: '--plan <id>', description: 'only this plan (its id)' },
    { flags: '-f, --format <format>', description: 'output format', choices: Object.keys(OVERDUE_FORMATS), default: 'table' },
    { flags: '--fail-if-any', description: 'exit 1 when anything is overdue' },
    NO_PROGRESS_OPTION,
  ],
  examples: [
    '$ plan overdue                           what is late today, by owner',
    '$ plan overdue --as-of 2017-06-30        what was late at the end of Q1 2017/18',
    '$ plan overdue --within 30 --by plan     late now, and due in the next 30 days, by plan',
    '$ plan overdue --fail-if-any             exit 1 when anything is late (for scheduled CI)',
  ],
  readsPlans: true,
  run: runOverdue,
};
