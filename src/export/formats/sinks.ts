/**
 * Between whole tables and table sinks: a sink that gathers rows for a format that writes whole tables
 * (xlsx, csv, json, ndjson), and whole tables written through a streaming format's sink.
 */
import type { ExportFormat, ExportTarget, TableShape, TableSink, TidyTable } from '../table-types.js';

/** A sink that keeps every row, then has the format write the whole tables, in the order of shapes. */
export function gatheringSink(format: ExportFormat, shapes: readonly TableShape[], target: ExportTarget, stdout: (text: string) => void): TableSink {
  const tables: TidyTable[] = shapes.map((s) => ({ ...s, rows: [] }));
  const byName = new Map(tables.map((t) => [t.name, t]));
  return {
    add(own) {
      // The rows are copied (JSON) because a string read from YAML can keep its whole file's text alive.
      for (const t of own) byName.get(t.name)!.rows.push(...(JSON.parse(JSON.stringify(t.rows)) as typeof t.rows));
    },
    finish: () => format.write(tables, target, stdout),
    abandon: () => undefined,
  };
}

/** Whole tables written through a sink: what a streaming format's write is. */
export async function writeThrough(sink: TableSink, tables: readonly TidyTable[]): Promise<void> {
  try {
    sink.add(tables);
  } catch (error) {
    sink.abandon();
    throw error;
  }
  await sink.finish();
}
