/** Values the plan schema allows, read from the schema itself so the commands never drift from it. */
import { readFileSync } from 'node:fs';
import { packagePath } from '../util/paths.js';

interface Schema {
  $defs: Record<string, { enum?: string[] }>;
}

const schema = JSON.parse(readFileSync(packagePath('schemas', 'plan.schema.json'), 'utf8')) as Schema;

/** An update's status: not-started, in-progress, on-track ... */
export const STATUSES: readonly string[] = schema.$defs.Status?.enum ?? [];
