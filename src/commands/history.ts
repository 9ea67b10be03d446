/** plan history ID: every change to an item through git, oldest first, with a summary. Wiring only. */
import { resolve } from 'node:path';
import type { Config } from '../config.js';
import { GitError } from '../git.js';
import { HISTORY_FORMATS, type HistoryFormat } from '../formatters/history/index.js';
import { versionChanges } from '../history/changes.js';
import { itemHistory } from '../history/item-history.js';
import type { ItemRef } from '../history/types.js';
import { readPlanHistory } from '../history/versions.js';
import { type Obj, isObj } from '../model/data.js';
import { loadDocument } from '../project.js';
import { palette } from '../util/color.js';
import { didYouMean } from '../util/suggest.js';
import { safeLine } from '../util/text.js';
import type { CommandSpec } from './command.js';
import { type CommonOptions, UsageError, colorFrom, configFor, inputFiles, writeStdout } from './common.js';

export interface HistoryCommandOptions extends CommonOptions {
  plan?: string;
  format: HistoryFormat;
}

const idOf = (x: unknown) => (isObj(x) && (typeof x.id === 'string' || typeof x.id === 'number') ? String(x.id) : undefined);
const listOf = (data: Obj, key: string): Obj[] => (Array.isArray(data[key]) ? (data[key] as unknown[]).filter(isObj) : []);

interface Found {
  path: string;
  file: string;
  ref: ItemRef;
}

/** The plans to search: --plan (a file, or a plan's id), else the plan folders. */
function candidates(config: Config, plan: string | undefined, cwd: string): { path: string; file: string; data: Obj }[] {
  const load = (p: string) => {
    const doc = loadDocument(p, config, { cwd });
    return doc.kind === 'plan' && isObj(doc.data) ? [{ path: doc.path, file: doc.file, data: doc.data }] : [];
  };
  if (plan !== undefined && (/\.ya?ml$/i.test(plan) || plan.includes('/'))) {
    const docs = load(resolve(cwd, plan));
    if (!docs.length) throw new UsageError(`--plan ${safeLine(plan)}: not a plan that can be read`, 'plan lint shows why');
    return docs;
  }
  const all = inputFiles([], config, cwd).files.flatMap(load);
  if (plan === undefined) return all;
  const named = all.filter((d) => idOf(d.data) === plan);
  if (!named.length) throw new UsageError(`--plan ${safeLine(plan)}: no plan has this id${didYouMean(plan, all.map((d) => idOf(d.data) ?? '').filter(Boolean))}`, 'give the plan file or its id');
  return named;
}

/** The item an id names now: an action, ACTION/MILESTONE, a measure or a risk, in exactly one plan. */
function findItem(id: string, config: Config, plan: string | undefined, cwd: string): Found {
  const found: Found[] = [];
  const known: string[] = [];
  const slash = id.lastIndexOf('/');
  for (const doc of candidates(config, plan, cwd)) {
    for (const section of ['actions', 'measures', 'risks'] as const) {
      for (const item of listOf(doc.data, section)) {
        const own = idOf(item);
        if (own === undefined) continue;
        known.push(own);
        if (own === id) found.push({ path: doc.path, file: doc.file, ref: { section, id } });
        if (section !== 'actions') continue;
        for (const m of listOf(item, 'milestones')) {
          const mid = idOf(m);
          if (mid === undefined) continue;
          known.push(`${own}/${mid}`);
          if (slash > 0 && own === id.slice(0, slash) && mid === id.slice(slash + 1)) found.push({ path: doc.path, file: doc.file, ref: { section, id: own, milestone: mid } });
        }
      }
    }
  }
  if (found.length === 0) throw new UsageError(`no action, milestone, measure or risk '${safeLine(id)}' in the plans${didYouMean(id, known)}`, 'ids are matched exactly; name a milestone as ACTION-ID/MILESTONE-ID');
  if (found.length > 1) throw new UsageError(`'${safeLine(id)}' names ${found.length} items: ${found.map((f) => `${f.ref.section.slice(0, -1)} in ${f.file}`).join(', ')}`, 'name the plan with --plan FILE or --plan PLAN-ID');
  return found[0]!;
}

async function runHistory(args: string[], options: HistoryCommandOptions): Promise<number> {
  const [id] = args as [string];
  const cwd = process.cwd();
  const config = configFor(options, cwd);
  const found = findItem(id, config, options.plan, cwd);
  let history;
  try {
    history = readPlanHistory(found.path, config, { cwd });
  } catch (err) {
    if (err instanceof GitError) throw new UsageError(`cannot read the history of ${found.file}: ${err.message}`, err.hint);
    throw err;
  }
  if (history.versions.length === 0) throw new UsageError(`${found.file} has no history: ${history.reason ?? 'git holds no version of it'}`, 'commit the plan to git; plan history reads its committed versions');
  const changes = versionChanges(history.versions, config);
  const result = itemHistory(history.versions, changes, found.ref, { fyStart: config.fiscalYearStart, allowanceDays: config.history?.updateAllowanceDays ?? 30 });
  result.file = found.file;
  const format = await HISTORY_FORMATS[options.format]();
  await writeStdout(format(result, { color: palette(colorFrom(options)) }));
  return 0;
}

export const historyCommand: CommandSpec<HistoryCommandOptions> = {
  name: 'history',
  description: "every change to an action, milestone, measure or risk through git, oldest first, following renames, with a summary (due date moves, targets lowered, figures restated)",
  arguments: [{ name: '<id>', description: 'an action, ACTION-ID/MILESTONE-ID, a measure or a risk' }],
  options: [
    { flags: '--plan <plan>', description: 'the plan (file or id) when the id is in more than one' },
    { flags: '-f, --format <format>', description: 'output format', choices: Object.keys(HISTORY_FORMATS), default: 'text' },
  ],
  examples: [
    "$ plan history 'LS 1718 05'                        every change to an action, with commit and date",
    "$ plan history 'LS 1718 05/M1'                     one milestone of it",
    "$ plan history 'DP PI 07' --format json            a measure's targets and actuals through time, as JSON",
    '$ plan history LS1 --plan plans/southend/learning-2017-18.yaml',
  ],
  readsPlans: true,
  run: runHistory,
};
