/** plan rescore: a dated reassessment of a risk, added to its reviews. */
import { matrixById } from '../config.js';
import { matrixSize, onMatrix } from '../model/matrix.js';
import type { CommandSpec } from './command.js';
import { UsageError, configFor } from './common.js';
import { DATE_OPTION, RECORD_OPTIONS, type RecordCommandOptions, recordCommand, recordedDay } from './recording.js';

interface RescoreOptions extends RecordCommandOptions {
  likelihood?: string;
  impact?: string;
  note?: string;
}

function whole(text: string | undefined, flag: string): number {
  if (text === undefined) throw new UsageError(`plan rescore needs ${flag}`, 'for example --likelihood 2 --impact 3');
  if (!/^\s*\d+\s*$/.test(text)) throw new UsageError(`${flag} needs a whole number on the plan's risk matrix, not ${JSON.stringify(text)}`);
  return Number(text);
}

function runRescore(id: string, options: RescoreOptions): Promise<number> {
  const likelihood = whole(options.likelihood, '--likelihood');
  const impact = whole(options.impact, '--impact');
  const date = recordedDay(options.date);
  const config = configFor(options);
  return recordCommand('risk', id, options, (found) => {
    const data = found.doc.data as Record<string, unknown>;
    const matrixId = typeof data.riskMatrix === 'string' ? data.riskMatrix : config.riskMatrix;
    const matrix = matrixById(config, matrixId);
    if (!matrix) throw new UsageError(`${found.doc.file} names the risk matrix '${matrixId}', which is not known`, 'run plan lint on the plan');
    if (!onMatrix(matrix, likelihood, impact)) {
      throw new UsageError(`likelihood ${likelihood} x impact ${impact} is off the plan's ${matrixSize(matrix)} matrix (${matrix.id})`, `likelihood runs from 1 to ${matrix.likelihood.length}, impact from 1 to ${matrix.impact.length}`);
    }
    const review = { date, likelihood, impact, ...(options.note !== undefined ? { note: options.note } : {}) };
    return { edits: [{ op: 'append', path: [...found.path, 'reviews'], value: review }], what: `a reassessment of ${found.label} (${likelihood} x ${impact} on ${date})` };
  });
}

export const rescoreCommand: CommandSpec<RescoreOptions> = {
  name: 'rescore',
  description: "record a dated reassessment of a risk (likelihood and impact on the plan's matrix) under its reviews:",
  arguments: [{ name: '<risk-id>', description: "the risk's code" }],
  options: [
    { flags: '--likelihood <n>', description: "the reassessed likelihood on the plan's risk matrix" },
    { flags: '--impact <n>', description: "the reassessed impact on the plan's risk matrix" },
    { flags: '--note <text>', description: 'why the score moved' },
    DATE_OPTION,
    ...RECORD_OPTIONS,
  ],
  examples: ['$ plan rescore LS1 --likelihood 2 --impact 4 --note "New school agreed"', '$ plan rescore LS1 --likelihood 2 --impact 4 --date 2017-09-30 --plan plans/southend/learning-2017-18.yaml', '$ plan rescore LS1 --likelihood 3 --impact 3 --dry-run'],
  readsPlans: true,
  run: (args, options) => runRescore(args[0]!, options),
};
