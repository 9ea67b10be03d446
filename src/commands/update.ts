/** plan update: a progress update appended to an action or a milestone. */
import type { CommandSpec } from './command.js';
import { UsageError } from './common.js';
import { DATE_OPTION, RECORD_OPTIONS, type RecordCommandOptions, numberOption, recordCommand, recordedDay } from './recording.js';
import { didYouMean } from '../util/suggest.js';
import { STATUSES } from '../edit/plan-values.js';

interface UpdateOptions extends RecordCommandOptions {
  status: string;
  percent?: string;
  note?: string;
  corrective?: string;
  rag?: string;
}

function runUpdate(id: string, options: UpdateOptions): Promise<number> {
  if (!STATUSES.includes(options.status)) throw new UsageError(`--status ${JSON.stringify(options.status)} is not a status${didYouMean(options.status, STATUSES)}`, `use one of ${STATUSES.join(', ')}`);
  const date = recordedDay(options.date);
  let percent: number | undefined;
  if (options.percent !== undefined) {
    percent = numberOption(options.percent.replace(/%$/, ''), '--percent', 'write how far through the work is, 0 to 100');
    if (percent < 0 || percent > 100) throw new UsageError(`--percent ${options.percent} is not between 0 and 100`, 'write how far through the work is, 0 to 100');
  }
  if (options.rag !== undefined && !['red', 'amber', 'green'].includes(options.rag)) throw new UsageError(`--rag ${JSON.stringify(options.rag)} is not red, amber or green`);
  const update: Record<string, unknown> = { date, status: options.status };
  if (options.rag !== undefined) update.rag = options.rag;
  if (percent !== undefined) update.percentComplete = percent;
  if (options.note !== undefined) update.commentary = options.note;
  if (options.corrective !== undefined) update.correctiveAction = options.corrective;
  return recordCommand('action', id, options, (found) => ({ edits: [{ op: 'append', path: [...found.path, 'updates'], value: update }], what: `an update (${date}, ${options.status}) on ${found.label}` }));
}

export const updateCommand: CommandSpec<UpdateOptions> = {
  name: 'update',
  description: "append a progress update to an action (or a milestone, ACTION-ID/MILESTONE-ID), keeping the file's comments and layout",
  arguments: [{ name: '<id>', description: 'the action id, or ACTION-ID/MILESTONE-ID for a milestone' }],
  options: [
    { flags: '--status <status>', description: `where the work stands: ${STATUSES.join(', ')}` },
    { flags: '--percent <n>', description: '% complete, 0 to 100' },
    { flags: '--rag <rag>', description: 'red, amber or green' },
    { flags: '--note <text>', description: 'commentary: what has happened (any text; quoted in the file as needed)' },
    { flags: '--corrective <text>', description: 'the corrective action, when the work is off track' },
    DATE_OPTION,
    ...RECORD_OPTIONS,
  ],
  examples: [
    "$ plan update 'LS 1718 05' --status on-track --percent 40 --note 'Consultation closed: 42 responses'",
    "$ plan update 'LS 1718 05/M1' --status complete --date 2017-08-31    a milestone's update",
    "$ plan update AC2.1 --status off-track --corrective 'Extra officer from January' --plan plans/vale-of-glamorgan/x.yaml",
    "$ plan update 'LS 1718 05' --status at-risk --dry-run                 show the change; write nothing",
  ],
  readsPlans: true,
  run: (args, options) => {
    if (options.status === undefined) throw new UsageError('plan update needs --status', 'for example --status on-track');
    return runUpdate(args[0]!, options);
  },
};
