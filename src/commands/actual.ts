/** plan actual: a measure's figure for a period recorded, or restated with the old figure kept. */
import type { EditOp } from '../edit/edit-text.js';
import type { CommandSpec } from './command.js';
import { UsageError } from './common.js';
import { DATE_OPTION, RECORD_OPTIONS, type RecordCommandOptions, numberOption, recordCommand, recordedDay } from './recording.js';

interface ActualOptions extends RecordCommandOptions {
  numerator?: string;
  denominator?: string;
  note?: string;
  replace?: boolean;
}

type Obj = Record<string, unknown>;

/** The figure given: a number (85 for 85%), or null where the source says it is not available. */
function valueOf(text: string): number | null {
  if (/^(null|n\/a)$/i.test(text.trim())) return null;
  if (/%\s*$/.test(text)) throw new UsageError(`the value ${JSON.stringify(text)} has a % sign`, `write it as a number in the measure's unit: ${text.replace(/\s*%\s*$/, '')}`);
  return numberOption(text, 'the value', "write it as a number in the measure's unit, or null where it is not available");
}

function runActual(id: string, period: string, valueText: string, options: ActualOptions): Promise<number> {
  const value = valueOf(valueText);
  if ((options.numerator === undefined) !== (options.denominator === undefined)) throw new UsageError('--numerator and --denominator go together', 'give both, or neither');
  const numerator = options.numerator === undefined ? undefined : numberOption(options.numerator, '--numerator');
  const denominator = options.denominator === undefined ? undefined : numberOption(options.denominator, '--denominator');
  if (denominator === 0) throw new UsageError('--denominator cannot be 0');
  const day = recordedDay(options.date);
  return recordCommand('measure', id, options, (found) => {
    const actuals = Array.isArray(found.item.actuals) ? (found.item.actuals as Obj[]) : [];
    const at = actuals.findIndex((a) => a !== null && typeof a === 'object' && String(a.period) === period);
    const given: Obj = { value, ...(numerator !== undefined ? { numerator, denominator } : {}), ...(options.note !== undefined ? { note: options.note } : {}) };
    if (at < 0) {
      if (options.replace) throw new UsageError(`${found.label} has no actual for ${period} to replace`, 'leave out --replace to record it');
      const edits: EditOp[] = [{ op: 'append', path: [...found.path, 'actuals'], value: { period, ...given } }];
      return { edits, what: `${found.label}'s actual for ${period} (${String(value)})` };
    }
    const old = actuals[at]!;
    if (!options.replace) throw new UsageError(`${found.label} already has an actual for ${period}: ${String(old.value)}`, 'to restate it, add --replace (the old figure is kept under restated:)');
    const path = [...found.path, 'actuals', at];
    // The old figure, as it was, goes to the history; then the new one takes its place.
    const history: Obj = { value: old.value ?? null, ...(typeof old.numerator === 'number' ? { numerator: old.numerator } : {}), ...(typeof old.denominator === 'number' ? { denominator: old.denominator } : {}), date: day, ...(typeof old.note === 'string' ? { note: old.note } : {}) };
    const edits: EditOp[] = Object.entries(given).map(([k, v]) => ({ op: 'set' as const, path: [...path, k], value: v }));
    edits.push({ op: 'append', path: [...path, 'restated'], value: history });
    return { edits, what: `${found.label}'s actual for ${period}, restated from ${String(old.value)} to ${String(value)}` };
  });
}

export const actualCommand: CommandSpec<ActualOptions> = {
  name: 'actual',
  description: "record a measure's actual for a period; --replace restates one, keeping the old figure under restated:",
  arguments: [
    { name: '<measure-id>', description: "the measure's code" },
    { name: '<period>', description: 'the period: 2017/18 Q3, 2017/18, or a month such as 2014-09' },
    { name: '<value>', description: "the figure in the measure's unit (85 for 85%), or null" },
  ],
  options: [
    { flags: '--numerator <n>', description: 'for a rate: the count on top (with --denominator)' },
    { flags: '--denominator <n>', description: 'for a rate: the count below (with --numerator)' },
    { flags: '--note <text>', description: 'anything a reader should know about the figure' },
    { flags: '--replace', description: 'restate the period\'s figure; the old one is kept under restated:' },
    { ...DATE_OPTION, description: 'with --replace: the day of the restatement (default today in Europe/London)' },
    ...RECORD_OPTIONS,
  ],
  examples: [
    "$ plan actual 'KPI 14' '2015/16 Q3' 78                          record a quarter's figure",
    "$ plan actual 'DP PI 07' 2017/18 77 --numerator 70 --denominator 91 --note 'provisional'",
    "$ plan actual 'KPI 14' '2015/16 Q3' 79 --replace --note 'revised after audit'",
  ],
  readsPlans: true,
  run: (args, options) => runActual(args[0]!, args[1]!, args[2]!, options),
};
