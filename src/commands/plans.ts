/**
 * Reading plans for the commands that analyse them (risks, overdue, report). A file that cannot be parsed
 * is reported on standard error with its position and left out; the rest are still analysed, and the
 * command exits 1 afterwards so a broken plan is never silently missing from a report.
 */
import type { Config } from '../config.js';
import { sourceLine } from '../load/yaml.js';
import { isObj } from '../model/data.js';
import { type Plan, buildPlan } from '../model/plan.js';
import { Councils, loadDocument } from '../project.js';
import { NO_PROGRESS, type Progress } from '../util/progress.js';
import { safeLine } from '../util/text.js';
import { inputFiles } from './common.js';

/** A plan read from a file: its data, its model and the text it came from. */
export interface ReadPlan {
  file: string;
  path: string;
  plan: Record<string, unknown>;
  /** its model, with its council register's aliases read as people's names */
  model: Plan;
}

export interface ReadPlans {
  /** every file found (plans, registers, matrices), as absolute paths */
  files: string[];
  /** the plans, each read as the iteration comes to it (it can be iterated once) */
  plans: Iterable<ReadPlan>;
  /** complete once plans has been iterated to its end */
  counts: ReadCounts;
}

/** Plans read so far that were left out (could not be read) or read with schema errors. */
export interface ReadCounts {
  failed: number;
  invalid: number;
}

/**
 * The plans of paths, read one at a time as they are iterated, so that an analysis that keeps only what
 * it needs of each holds no corpus in memory. Paths are relative to cwd (the working folder unless given);
 * progress is made for the number of files found (a progress line, or none) when the reading starts, and
 * ended when it ends.
 */
export function readPlans(paths: readonly string[], config: Config, options: { cwd?: string; progress?: (total: number) => Progress } = {}): ReadPlans {
  const cwd = options.cwd ?? process.cwd();
  const progress = options.progress ?? (() => NO_PROGRESS);
  const { files } = inputFiles(paths, config, cwd);
  const counts: ReadCounts = { failed: 0, invalid: 0 };
  function* plans(): Generator<ReadPlan> {
    const shown = progress(files.length);
    try {
      yield* eachPlan(files, config, cwd, counts, shown);
    } finally {
      shown.end();
    }
    noteInvalid(counts);
  }
  return { files, plans: plans(), counts };
}

/**
 * The plans among files, each read when asked for: a caller that keeps only what it needs of each (the
 * quarterly report) never holds the whole corpus. A file that cannot be read as a plan is reported on
 * standard error and counted in counts, as is a plan with schema errors (which is still given). files:
 * as expandPaths lists them.
 */
export function* eachPlan(files: readonly string[], config: Config, cwd: string, counts: ReadCounts, progress: Progress = NO_PROGRESS): Generator<ReadPlan> {
  let done = 0;
  const councils = new Councils(config, cwd);
  for (const path of files) {
    const doc = loadDocument(path, config, { cwd });
    progress.update(++done);
    if (doc.kind === 'council') councils.add(doc);
    if (doc.kind !== 'plan') continue;
    const fatal = doc.diagnostics.find((d) => d.severity === 'error' && (d.ruleId.startsWith('yaml/') || d.ruleId.startsWith('file/')));
    if (fatal || !isObj(doc.data)) {
      counts.failed++;
      progress.clear();
      const d = fatal ?? doc.diagnostics[0];
      const where = d ? `${d.file}:${d.line}:${d.column}` : doc.file;
      process.stderr.write(`plan: left out ${where}: ${safeLine(d?.message ?? 'not a plan')}\n`);
      if (d && fatal?.ruleId.startsWith('yaml/')) process.stderr.write(`  ${d.line} | ${safeLine(sourceLine(doc.yaml.text, d.line)).slice(0, 160)}\n`);
      continue;
    }
    if (!doc.schemaValid) counts.invalid++;
    const council = councils.forPlan(doc.path)?.data;
    const model = buildPlan(doc.data, { file: doc.file, config, ...(council === undefined ? {} : { council }) });
    yield { file: doc.file, path: doc.path, plan: doc.data, model };
  }
}

/** Says, once the plans are read, how many had schema errors. */
function noteInvalid(counts: ReadCounts): void {
  if (counts.invalid) process.stderr.write(`plan: note: ${counts.invalid} plan${counts.invalid === 1 ? ' has' : 's have'} schema errors and may be reported incompletely; run plan lint\n`);
}
