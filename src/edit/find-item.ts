/**
 * Finds the plan item a command names (an action, a milestone as ACTION/MILESTONE, a measure, a risk) across
 * the plan folders. An id in two plans needs --plan; an unknown one gets "did you mean".
 */
import { resolve } from 'node:path';
import type { Config } from '../config.js';
import type { PathSegment } from '../load/yaml.js';
import { type LoadedDoc, loadDocument } from '../project.js';
import { didYouMean } from '../util/suggest.js';
import { EditError } from './splice.js';

export type ItemKind = 'action' | 'measure' | 'risk';

const SECTION: Record<ItemKind, string> = { action: 'actions', measure: 'measures', risk: 'risks' };

export interface FoundItem {
  doc: LoadedDoc;
  /** the item's path in the plan: ['actions', 3] or ['actions', 3, 'milestones', 0] */
  path: PathSegment[];
  item: Record<string, unknown>;
  /** as the user would say it: action LS 1718 05, milestone LS 1718 05/M1 */
  label: string;
}

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => v !== null && typeof v === 'object' && !Array.isArray(v);
const idOf = (v: unknown) => (isObj(v) && (typeof v.id === 'string' || typeof v.id === 'number') ? String(v.id) : undefined);

function listOf(data: unknown, key: string): Obj[] {
  const list = isObj(data) ? data[key] : undefined;
  return Array.isArray(list) ? (list as Obj[]) : [];
}

/** The plans to search: the file or plan id --plan names, else every plan in the plan folders. */
function plansToSearch(files: readonly string[], config: Config, plan: string | undefined, cwd: string): LoadedDoc[] {
  const all = () => files.map((f) => loadDocument(f, config, { cwd })).filter((d) => d.kind === 'plan');
  if (plan === undefined) return all();
  if (/\.ya?ml$/i.test(plan) || plan.includes('/')) {
    const doc = loadDocument(resolve(cwd, plan), config, { cwd });
    const fatal = doc.diagnostics.find((d) => d.ruleId.startsWith('file/'));
    if (fatal) throw new EditError(`--plan ${plan}: ${fatal.message}`);
    return [doc];
  }
  const docs = all();
  const named = docs.filter((d) => idOf(d.data) === plan);
  if (named.length === 0) throw new EditError(`--plan ${plan}: no plan has this id${didYouMean(plan, docs.map((d) => idOf(d.data) ?? '').filter(Boolean))}`, 'give the plan file or its id');
  return named;
}

/** The item with this id, or a EditError saying why there is none or more than one. */
/** files: the plans in the plan folders (as inputFiles lists them), searched unless --plan names a file. */
export function findItem(kind: ItemKind, id: string, files: readonly string[], config: Config, options: { plan?: string; cwd?: string } = {}): FoundItem {
  const cwd = options.cwd ?? process.cwd();
  const docs = plansToSearch(files, config, options.plan, cwd);
  const [itemId, milestoneId, ...extra] = kind === 'action' ? id.split('/') : [id];
  if (extra.length || itemId === '' || milestoneId === '') throw new EditError(`'${id}' is not an id`, kind === 'action' ? 'name an action, or a milestone as ACTION-ID/MILESTONE-ID' : undefined);
  const section = SECTION[kind];
  const found: FoundItem[] = [];
  const known: string[] = [];
  for (const doc of docs) {
    listOf(doc.data, section).forEach((item, i) => {
      const own = idOf(item);
      if (own === undefined) return;
      known.push(own);
      if (own !== itemId) return;
      if (milestoneId === undefined) return void found.push({ doc, path: [section, i], item, label: `${kind} ${own}` });
      const milestones = listOf(item, 'milestones');
      for (const m of milestones) known.push(`${own}/${idOf(m) ?? ''}`);
      const j = milestones.findIndex((m) => idOf(m) === milestoneId);
      if (j >= 0) found.push({ doc, path: [section, i, 'milestones', j], item: milestones[j]!, label: `milestone ${own}/${milestoneId}` });
    });
  }
  if (found.length === 0) {
    const where = options.plan ? `in ${options.plan}` : `in ${docs.length} plan${docs.length === 1 ? '' : 's'}`;
    throw new EditError(`no ${milestoneId === undefined ? kind : 'milestone'} '${id}' ${where}${didYouMean(id, known)}`, `plan lint lists each plan's ${section}; ids are matched exactly`);
  }
  if (found.length > 1) throw new EditError(`${found[0]!.label} is in ${found.length} plans: ${found.map((f) => f.doc.file).join(', ')}`, 'name the plan with --plan FILE or --plan PLAN-ID');
  return found[0]!;
}
