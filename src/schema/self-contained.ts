/**
 * A schema with the files it refers to (plan.schema.json's matrix/<preset>.schema.json) taken into its own
 * $defs, so that a copy written anywhere by `plan schema` works without the files beside it.
 */
type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

const FILE_REF = /^matrix\/([\w-]+)\.schema\.json$/;

/** readRef gives the text of a referred file by its relative path. */
export function selfContained(schemaText: string, readRef: (path: string) => string): string {
  const schema = JSON.parse(schemaText) as Record<string, Json>;
  const defs: Record<string, Json> = { ...((schema.$defs as Record<string, Json> | undefined) ?? {}) };
  let changed = false;
  const inline = (node: Json): Json => {
    if (Array.isArray(node)) return node.map(inline);
    if (!node || typeof node !== 'object') return node;
    const ref = typeof node.$ref === 'string' ? FILE_REF.exec(node.$ref) : null;
    if (ref) {
      const name = `matrix-${ref[1]}`;
      if (!(name in defs)) defs[name] = taken(JSON.parse(readRef(node.$ref as string)) as Record<string, Json>, name, defs);
      changed = true;
      return { ...node, $ref: `#/$defs/${name}` };
    }
    return Object.fromEntries(Object.entries(node).map(([k, v]) => [k, inline(v)]));
  };
  const body = inline(Object.fromEntries(Object.entries(schema).filter(([k]) => k !== '$defs'))) as Record<string, Json>;
  return changed ? `${JSON.stringify({ ...body, $defs: defs }, null, 2)}\n` : schemaText;
}

/** A referred schema as one of the $defs: its own $defs moved beside it under its name, its refs to them renamed. */
function taken(schema: Record<string, Json>, name: string, defs: Record<string, Json>): Json {
  const own = (schema.$defs as Record<string, Json> | undefined) ?? {};
  const rename = (node: Json): Json => {
    if (Array.isArray(node)) return node.map(rename);
    if (!node || typeof node !== 'object') return node;
    return Object.fromEntries(Object.entries(node).map(([k, v]) => [k, k === '$ref' && typeof v === 'string' && v.startsWith('#/$defs/') ? `#/$defs/${name}-${v.slice(8)}` : rename(v)]));
  };
  for (const [def, value] of Object.entries(own)) defs[`${name}-${def}`] = rename(value);
  const { $schema: _schema, $defs: _defs, ...rest } = schema;
  return rename(rest);
}
