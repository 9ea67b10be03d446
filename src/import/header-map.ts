/**
 * Which plan field a table's column holds, read from its header as councils write them (Ref, Action, Lead
 * officer, Timescale, Outcomes...), or as --map names it (Header=field).
 */
import { UsageError } from '../commands/common.js';

/** The action fields a column can hold; notes keeps a column as "Header: text" in the action's notes. */
export const IMPORT_FIELDS = ['id', 'title', 'description', 'owner', 'managedBy', 'start', 'due', 'timeframe', 'outcome', 'successMeasures', 'measures', 'category', 'objective', 'priority', 'resources', 'risks', 'notes'] as const;
export type ImportField = (typeof IMPORT_FIELDS)[number];

/** Headers by field, as normalised by headerKey. */
const HEADERS: Record<ImportField, string[]> = {
  id: ['ref', 'reference', 'ref no', 'no', 'number', 'code', 'id', 'action ref', 'action no', 'action number', 'action code', 'action id'],
  title: ['action', 'actions', 'action title', 'title', 'activity', 'activities', 'task', 'tasks', 'what', 'key action', 'key actions', 'deliverable', 'deliverables', 'key deliverables', 'what we will do', 'what will we do'],
  description: ['description', 'detail', 'details', 'how', 'how we will do it', 'how will we do it'],
  owner: ['owner', 'owners', 'lead', 'leads', 'lead officer', 'lead officers', 'responsible', 'responsible officer', 'officer responsible', 'who', 'by whom', 'accountable officer', 'action owner'],
  managedBy: ['managed by', 'manager', 'sponsor', 'accountable manager'],
  start: ['start', 'start date', 'from', 'begin'],
  due: ['due', 'due date', 'deadline', 'by when', 'when', 'completion date', 'target date', 'date', 'end date', 'finish', 'timeframe', 'timescale', 'timescales', 'time frame', 'time scale', 'completion'],
  timeframe: [],
  outcome: ['outcome', 'outcomes', 'expected outcome', 'expected outcomes', 'desired outcome', 'desired outcomes', 'outcomes and impact', 'impact', 'outcome impact'],
  successMeasures: ['measure', 'measures', 'success measure', 'success measures', 'how will we measure success', 'how we will measure success', 'success criteria', 'performance measure', 'performance measures', 'target', 'targets', 'milestones and targets'],
  measures: ['pi', 'pis', 'kpi', 'kpis', 'measure code', 'measure codes', 'pi code'],
  category: ['category', 'type', 'theme'],
  objective: ['objective', 'objectives', 'strategic objective', 'service objective'],
  priority: ['priority', 'priorities', 'corporate priority', 'corporate priorities', 'council priority'],
  resources: ['resources', 'resource', 'resource implications', 'budget', 'cost'],
  risks: ['risk', 'risks', 'risk ref', 'risk refs'],
  notes: ['notes', 'note', 'comments', 'comment', 'remarks'],
};

/** A header as compared: lower case, punctuation and runs of spaces as one space, a trailing (s) dropped. */
export function headerKey(header: string): string {
  return header
    .toLowerCase()
    .replace(/\(s\)/g, 's')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

const BY_HEADER = new Map<string, ImportField>(Object.entries(HEADERS).flatMap(([field, names]) => names.map((n) => [n, field as ImportField])));

/** --map 'Lead Officer=owner,When=due': header keys to fields; an unknown field is a usage error. */
export function parseMap(text: string | undefined): Map<string, ImportField> {
  const out = new Map<string, ImportField>();
  if (text === undefined) return out;
  for (const pair of text.split(',').map((s) => s.trim()).filter(Boolean)) {
    const at = pair.lastIndexOf('=');
    const field = pair.slice(at + 1).trim();
    if (at <= 0 || !(IMPORT_FIELDS as readonly string[]).includes(field)) throw new UsageError(`--map ${JSON.stringify(pair)}: write Header=field, with field one of ${IMPORT_FIELDS.join(', ')}`, "for example --map 'Lead Officer=owner,By when=due'");
    out.set(headerKey(pair.slice(0, at)), field as ImportField);
  }
  return out;
}

/** The field a header holds, by --map first, then by the names councils use; undefined when unknown. */
export function fieldForHeader(header: string, map: ReadonlyMap<string, ImportField>): ImportField | undefined {
  const key = headerKey(header);
  return map.get(key) ?? BY_HEADER.get(key);
}
