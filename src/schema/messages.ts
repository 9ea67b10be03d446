/**
 * ajv's errors rewritten for officers: one message per fault, naming the item by its code ("action
 * LS 1718 05"), the key, the value, and what to write instead, placed on the most precise YAML node.
 */
import type { ErrorObject } from 'ajv';
import type { PathSegment } from '../load/yaml.js';
import { mendDate } from '../util/mend-date.js';
import { closest } from '../util/suggest.js';

export interface SchemaFinding {
  path: PathSegment[];
  at: 'key' | 'value';
  ruleId: string;
  message: string;
}

const ITEM_NAMES: Record<string, string> = {
  actions: 'action',
  measures: 'measure',
  risks: 'risk',
  objectives: 'objective',
  milestones: 'milestone',
  updates: 'update',
  actuals: 'actual',
  sections: 'section',
  teams: 'team',
  leadership: 'role',
  budget: 'budget line',
  monitoring: 'monitoring group',
  reviews: 'reassessment',
  schemes: 'savings scheme',
  aims: 'aim',
  priorities: 'priority',
  people: 'person',
  wellbeingOutcomes: 'well-being outcome',
  matrices: 'matrix',
  bands: 'band',
};

/** What officers bring from Word tables and Covalent, and the key that means it here. */
const SYNONYMS: Record<string, string> = {
  assigned: 'owner',
  assignedto: 'owner',
  asigned: 'owner',
  responsible: 'owner',
  officer: 'owner',
  officerresponsible: 'owner',
  owners: 'owner',
  manager: 'managedBy',
  managed: 'managedBy',
  duedate: 'due',
  deadline: 'due',
  finish: 'due',
  finishdate: 'due',
  enddate: 'due',
  end: 'due',
  startdate: 'start',
  kpi: 'measures',
  kpis: 'measures',
  pi: 'measures',
  pis: 'measures',
  linkedmeasures: 'measures',
  linkedperformancemeasures: 'measures',
  shorttitle: 'title',
  name: 'title',
  code: 'id',
  ref: 'id',
  desiredoutcome: 'outcome',
  outcomes: 'outcome',
  corporatepriority: 'priority',
  controls: 'controls',
  mitigation: 'controls',
  contingency: 'contingency',
  progress: 'updates',
  comments: 'updates',
  commentary: 'updates',
};

/** The key the officer probably meant: a known synonym, else the nearest spelling. */
export function suggestKey(key: string, allowed: readonly string[]): string | undefined {
  const norm = key.toLowerCase().replace(/[^a-z]/g, '');
  const synonym = SYNONYMS[norm];
  if (synonym && allowed.includes(synonym)) return synonym;
  return closest(key, allowed);
}

const IDENTITY_KEYS = ['id', 'period', 'date', 'name', 'group', 'role', 'score'];

function decodePointer(pointer: string, data: unknown): PathSegment[] {
  if (pointer === '') return [];
  const out: PathSegment[] = [];
  let node = data;
  for (const raw of pointer.slice(1).split('/')) {
    const key = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    if (Array.isArray(node)) {
      const i = Number(key);
      out.push(i);
      node = node[i];
    } else {
      out.push(key);
      node = node && typeof node === 'object' ? (node as Record<string, unknown>)[key] : undefined;
    }
  }
  return out;
}

function get(data: unknown, path: readonly PathSegment[]): unknown {
  let node = data;
  for (const seg of path) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string | number, unknown>)[seg];
  }
  return node;
}

/** "action LS 1718 05" for the deepest identifiable item on the path, and the rest of the path as a field. */
export function describePath(data: unknown, path: readonly PathSegment[]): { subject: string; field: string } {
  const subjects: string[] = [];
  let fieldStart = 0;
  for (let i = 0; i < path.length; i++) {
    const seg = path[i];
    const next = path[i + 1];
    if (typeof seg === 'string' && typeof next === 'number' && ITEM_NAMES[seg]) {
      const item = get(data, path.slice(0, i + 2));
      let label = `#${next + 1}`;
      if (item && typeof item === 'object') {
        for (const k of IDENTITY_KEYS) {
          const v = (item as Record<string, unknown>)[k];
          if (typeof v === 'string' || typeof v === 'number') {
            label = String(v);
            break;
          }
        }
      }
      subjects.push(`${ITEM_NAMES[seg]} ${label}`);
      fieldStart = i + 2;
      i++;
    }
  }
  const rest = path.slice(fieldStart).map((s) => (typeof s === 'number' ? `[${s + 1}]` : s));
  return { subject: subjects.join(', '), field: rest.join('.').replace(/\.\[/g, '[') };
}

function show(value: unknown): string {
  if (typeof value === 'string') return `'${value.length > 60 ? `${value.slice(0, 57)}...` : value}'`;
  if (value === null) return 'null (empty)';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  return String(value);
}

const TYPE_WORDS: Record<string, string> = { string: 'text', number: 'a number', integer: 'a whole number', array: 'a list', object: 'a mapping of keys', boolean: 'true or false', null: 'empty' };

const RANGE_KEYWORDS = new Set(['minimum', 'maximum', 'exclusiveMinimum', 'exclusiveMaximum']);

const KEYWORD_PRIORITY = ['additionalProperties', 'required', 'propertyNames', 'enum', 'pattern', 'format', 'minimum', 'maximum', 'exclusiveMinimum', 'exclusiveMaximum', 'minLength', 'maxLength', 'minItems', 'maxItems', 'const', 'type', 'anyOf', 'oneOf'];

/** The number a text means when it is a number with a %, a currency sign or thousands commas ('85%', '£1,250'). */
export function numberWritten(value: unknown): number | undefined {
  if (typeof value !== 'string') return undefined;
  // \u00a3 is £ and \u20ac is €.
  const m = /^\s*[\u00a3$\u20ac]?\s*(-?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?)\s*%?\s*$/.exec(value);
  if (!m) return undefined;
  const n = Number(m[1]!.replaceAll(',', ''));
  return Number.isFinite(n) ? n : undefined;
}

/** A description's first sentence: up to the first full stop followed by a space or the end (not the one in council.yaml). */
export function firstSentence(s: unknown): string {
  if (typeof s !== 'string') return '';
  const m = /^[\s\S]*?\.(?=\s|$)/.exec(s);
  return (m ? m[0] : s).trim();
}

/**
 * The schema node an error comes from. Validators are compiled without ajv's verbose mode (which would
 * embed every schema in the start-up code), so when there are errors to explain the node is found by
 * walking the schema file along the error's instance path, following $ref, and, inside alternatives,
 * the branch that has the keyword the error names.
 */
export type SchemaLookup = (error: ErrorObject, path: readonly PathSegment[]) => Record<string, unknown> | undefined;

type Node = Record<string, unknown>;

export function lookupIn(root: Node): SchemaLookup {
  const deref = (n: unknown, depth = 0): Node | undefined => {
    if (!n || typeof n !== 'object' || Array.isArray(n) || depth > 20) return undefined;
    const ref = (n as Node).$ref;
    if (typeof ref === 'string' && ref.startsWith('#/')) {
      let t: unknown = root;
      for (const p of ref.slice(2).split('/')) t = t && typeof t === 'object' ? (t as Node)[p] : undefined;
      return deref(t, depth + 1);
    }
    return n as Node;
  };
  const branches = (n: Node): Node[] => [n, ...(['anyOf', 'oneOf', 'allOf'] as const).flatMap((k) => (Array.isArray(n[k]) ? (n[k] as unknown[]).flatMap((b): Node[] => { const d = deref(b); return d ? [d] : []; }) : []))];
  const child = (n: Node, seg: PathSegment): Node | undefined => {
    for (const b of branches(n)) {
      if (typeof seg === 'string' && b.properties && typeof b.properties === 'object' && seg in (b.properties as Node)) return deref((b.properties as Node)[seg]);
      if (typeof seg === 'number' && b.items) return deref(b.items);
      if (typeof seg === 'string' && b.additionalProperties && typeof b.additionalProperties === 'object') return deref(b.additionalProperties);
    }
    return undefined;
  };
  return (error, path) => {
    let node = deref(root);
    for (const seg of path) {
      node = node && child(node, seg);
      if (!node) return undefined;
    }
    if (!node) return undefined;
    // the branch that carries the failing keyword (a pattern inside anyOf, say), searched a few levels deep
    const queue: Node[] = [node];
    for (let i = 0; i < queue.length && i < 50; i++) {
      const n = queue[i]!;
      if (error.keyword in n) return n;
      for (const b of branches(n).slice(1)) queue.push(b);
    }
    return node;
  };
}

export function explainSchemaErrors(rawErrors: readonly ErrorObject[], data: unknown, lookup?: SchemaLookup): SchemaFinding[] {
  const errors = rawErrors.map((e) => (e.parentSchema || !lookup ? e : { ...e, parentSchema: lookup(e, decodePointer(e.instancePath, data)) }));
  // Group by the value each error is about.
  const byPath = new Map<string, ErrorObject[]>();
  for (const e of errors) {
    const list = byPath.get(e.instancePath) ?? [];
    list.push(e);
    byPath.set(e.instancePath, list);
  }
  const paths = [...byPath.keys()];
  const findings: SchemaFinding[] = [];
  for (const [pointer, list] of byPath) {
    const onlyAlternatives = list.every((e) => ['type', 'anyOf', 'oneOf', 'const', 'pattern', 'enum'].includes(e.keyword));
    // A failed alternative whose list or mapping branch has deeper errors: report those instead.
    if (onlyAlternatives && list.some((e) => e.keyword === 'anyOf' || e.keyword === 'oneOf') && paths.some((p) => p.startsWith(`${pointer}/`))) continue;
    const path = decodePointer(pointer, data);
    const value = get(data, path);
    const { subject, field } = describePath(data, path);
    const lead = (f: string) => [subject, f].filter(Boolean).join(': ');
    const fieldName = field || 'this item';

    // 'deu:' for 'due:' is one slip, not two: the missing key the unknown one is taken for is said with it.
    const missing = new Set(list.filter((x) => x.keyword === 'required').map((x) => (x.params as { missingProperty: string }).missingProperty));
    const meant = new Set<string>();
    for (const e of list.filter((x) => x.keyword === 'additionalProperties')) {
      const key = (e.params as { additionalProperty: string }).additionalProperty;
      const allowed = Object.keys(((e.parentSchema as { properties?: object } | undefined)?.properties ?? {}) as object).filter((k) => k !== '$schema');
      const near = suggestKey(key, allowed);
      const where = field ? ` in ${field}` : '';
      const required = near !== undefined && missing.has(near) && !meant.has(near);
      if (required) meant.add(near);
      findings.push({
        path: [...path, key],
        at: 'key',
        ruleId: 'schema/unknown-key',
        message: `${lead(`unknown key '${key}'${where}`)}${near ? ` — did you mean '${near}'?${required ? ` (${near} is required, and missing)` : ''}` : `; allowed keys are ${allowed.slice(0, 12).join(', ')}${allowed.length > 12 ? ', ...' : ''}`}`,
      });
    }
    for (const e of list.filter((x) => x.keyword === 'required')) {
      const key = (e.params as { missingProperty: string }).missingProperty;
      if (meant.has(key)) continue;
      const prop = (e.parentSchema as { properties?: Record<string, { title?: string; description?: string }> } | undefined)?.properties?.[key];
      const what = prop?.description ? ` (${firstSentence(prop.description)})` : '';
      findings.push({ path, at: 'value', ruleId: 'schema/required', message: `${lead(field ? `${field} is missing '${key}'` : `missing '${key}'`)}${what}` });
    }
    for (const e of list.filter((x) => x.keyword === 'propertyNames')) {
      const name = (e.params as { propertyName: string }).propertyName;
      const inner = list.find((x) => x.keyword === 'pattern' && (x.params as { propertyName?: string }).propertyName === name) ?? errors.find((x) => x.keyword === 'pattern' && (x as { propertyName?: string }).propertyName === name);
      const hint = (inner?.parentSchema as { patternErrorMessage?: string } | undefined)?.patternErrorMessage;
      findings.push({ path: [...path, name], at: 'key', ruleId: 'schema/invalid-key', message: `${lead(`'${name}' is not a valid key in ${fieldName}`)}${hint ? `: ${hint}` : ''}` });
    }
    if (list.some((e) => ['additionalProperties', 'required', 'propertyNames'].includes(e.keyword))) continue;

    // One message for the value: the most specific complaint, with the alternatives folded in.
    const sorted = [...list].sort((a, b) => KEYWORD_PRIORITY.indexOf(a.keyword) - KEYWORD_PRIORITY.indexOf(b.keyword));
    const best = sorted[0];
    if (!best) continue;
    // A risk's likelihood or impact off the scale is the risk-on-matrix rule's to say, on the plan's own
    // matrix (1-4, 1-5): the schema's range covers every matrix, and the two would disagree.
    if (RANGE_KEYWORDS.has(best.keyword) && path.includes('risks') && ['likelihood', 'impact'].includes(String(path[path.length - 1]))) continue;
    const consts = list.filter((e) => e.keyword === 'const').map((e) => String((e.params as { allowedValue: unknown }).allowedValue));
    const orConsts = consts.length ? `; or write ${consts.join(' or ')}` : '';
    let message: string;
    switch (best.keyword) {
      case 'enum': {
        const allowed = ((best.params as { allowedValues: unknown[] }).allowedValues ?? []).map(String);
        const near = typeof value === 'string' ? closest(value, allowed) : undefined;
        message = `${fieldName} ${show(value)} is not one of: ${allowed.join(', ')}${near ? ` — did you mean '${near}'?` : ''}`;
        break;
      }
      case 'pattern': {
        // the editor shows patternErrorMessage, else errorMessage (yaml-language-server): lint gives the same advice
        const node = best.parentSchema as { patternErrorMessage?: string; errorMessage?: string } | undefined;
        const hint = node?.patternErrorMessage ?? node?.errorMessage;
        // A date written as in Word (31/03/2018, 31 March 2018) or short (2026-7): say what it is in the plan's form.
        const written = typeof value === 'string' ? mendDate(value) : undefined;
        const pattern = (best.params as { pattern?: string }).pattern;
        if (written !== undefined && pattern !== undefined && new RegExp(pattern, 'u').test(written)) message = `${fieldName} ${show(value)} is not in the right form: write it as ${written}`;
        else message = `${fieldName} ${show(value)} is not in the right form${hint ? `: ${hint.replace(/\.$/, '')}` : ''}${orConsts}`;
        break;
      }
      case 'format':
        message = `${fieldName} ${show(value)} is not a valid ${(best.params as { format: string }).format}`;
        break;
      case 'minimum':
      case 'maximum':
      case 'exclusiveMinimum':
      case 'exclusiveMaximum': {
        const schema = best.parentSchema as { minimum?: number; maximum?: number } | undefined;
        const range = schema?.minimum !== undefined && schema?.maximum !== undefined ? `between ${schema.minimum} and ${schema.maximum}` : best.keyword.endsWith('inimum') ? `at least ${schema?.minimum}` : `at most ${schema?.maximum}`;
        message = `${fieldName} ${show(value)} must be ${range}`;
        break;
      }
      case 'minLength':
        message = `${fieldName} must not be empty`;
        break;
      case 'maxLength':
        message = `${fieldName} is too long (at most ${(best.params as { limit: number }).limit} characters)`;
        break;
      case 'minItems':
        message = `${fieldName} needs at least ${(best.params as { limit: number }).limit} item${(best.params as { limit: number }).limit === 1 ? '' : 's'}`;
        break;
      case 'const':
      case 'type': {
        // Alternatives (a number, or tbc) are said together; a number written as text ('85%', '1,234') is
        // written out as the number it means.
        const types = [...new Set(list.filter((e) => e.keyword === 'type').flatMap((e) => String((e.params as { type: string }).type).split(',')))];
        if (types.length === 0) {
          message = `${fieldName} ${show(value)} must be ${consts.join(' or ')}`;
          break;
        }
        const n = types.includes('number') || types.includes('integer') ? numberWritten(value) : undefined;
        const asNumber = n !== undefined && (types.includes('number') || Number.isInteger(n)) ? ` (write ${n})` : '';
        message = `${fieldName} is ${show(value)} but must be ${types.map((t) => TYPE_WORDS[t] ?? t).join(' or ')}${asNumber}${orConsts}`;
        break;
      }
      default:
        message = `${fieldName} ${show(value)} is not valid here`;
    }
    // The schema's own advice for this value, which the editor shows in place of its generic message, so
    // that the editor and plan lint say the same (a pattern's is in the message already).
    const advice = best.keyword === 'pattern' ? undefined : (best.parentSchema as { errorMessage?: unknown } | undefined)?.errorMessage;
    if (typeof advice === 'string' && advice && !message.includes(advice.replace(/\.$/, ''))) message = `${message} — ${advice.replace(/\.$/, '')}`;
    findings.push({ path, at: 'value', ruleId: 'schema/invalid-value', message: lead(message) });
  }
  return findings;
}
