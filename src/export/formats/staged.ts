/**
 * The tidy tables staged for DuckDB: each as a newline-delimited JSON file, appended to a plan at a time as
 * the plans are read, then read by DuckDB's own reader with its columns' types given. So a large export costs
 * a few calls into DuckDB rather than one a cell, and neither this process nor DuckDB holds a table whole.
 */
import { closeSync, mkdtempSync, openSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DuckDBConnection } from '@duckdb/node-api';
import type { ExportTarget, TableShape, TableSink, TidyTable } from '../table-types.js';
import { SQL_TYPES, sqlName, sqlString } from './sql.js';

interface StagedFile {
  shape: TableShape;
  path: string;
  /** the open file, until the staging is closed */
  fd: number | undefined;
  rows: number;
  /** the longest line: DuckDB's JSON reader sizes its buffers by the largest object it allows */
  longest: number;
}

export class Staged {
  private readonly dir = mkdtempSync(join(tmpdir(), 'plan-export-'));
  private readonly files = new Map<string, StagedFile>();

  /** council: a council column on every table that lacks one, from its plan (by plan_id). */
  constructor(
    shapes: readonly TableShape[],
    private readonly council: boolean,
  ) {
    for (const shape of shapes) {
      const path = join(this.dir, `${shape.name.replace(/[^a-z0-9_]/gi, '_')}.ndjson`);
      this.files.set(shape.name, { shape, path, fd: openSync(path, 'w'), rows: 0, longest: 0 });
    }
  }

  /** Appends one plan's rows (or any batch) to their tables' files. */
  add(tables: readonly TidyTable[]): void {
    for (const t of tables) {
      const file = this.files.get(t.name);
      if (file?.fd === undefined) throw new Error(`export: no open staged table ${t.name}`);
      if (!t.rows.length) continue;
      const names = t.columns.map((c) => JSON.stringify(c.name));
      const lines = t.rows.map((row) => `{${row.map((v, i) => `${names[i]}:${JSON.stringify(v)}`).join(',')}}\n`);
      for (const line of lines) file.longest = Math.max(file.longest, line.length);
      writeSync(file.fd, lines.join(''));
      file.rows += lines.length;
    }
  }

  /** Closes the staged files and, with council, makes the plan_council table that select joins with. */
  async ready(connection: DuckDBConnection): Promise<void> {
    this.closeFiles();
    if (!this.council) return;
    const plans = this.files.get('plans')?.shape;
    const source = plans?.columns.some((c) => c.name === 'council') && plans.columns.some((c) => c.name === 'plan_id') ? `SELECT plan_id, any_value(council) AS council FROM ${this.source(plans)} GROUP BY plan_id` : 'SELECT NULL::VARCHAR AS plan_id, NULL::VARCHAR AS council LIMIT 0';
    await connection.run(`CREATE TEMP TABLE plan_council AS ${source}`);
  }

  /** The table as DuckDB reads it from its staged file. */
  private source(shape: TableShape): string {
    const file = this.files.get(shape.name)!;
    if (file.rows === 0) return `(SELECT ${shape.columns.map((c) => `CAST(NULL AS ${SQL_TYPES[c.type]}) AS ${sqlName(c.name)}`).join(', ')} LIMIT 0)`;
    const columns = shape.columns.map((c) => `${sqlName(c.name)}: ${sqlString(SQL_TYPES[c.type])}`).join(', ');
    // (a line's length counts UTF-16 units, each at most three bytes of UTF-8, so three times it is enough)
    const largest = Math.max(1 << 20, 3 * file.longest + 1024);
    return `read_json(${sqlString(file.path)}, format = 'newline_delimited', maximum_object_size = ${largest}, columns = {${columns}})`;
  }

  /** A query giving the table's rows in its column order (and its council, when staged with councils). */
  select(shape: TableShape): string {
    const own = shape.columns.map((c) => `r.${sqlName(c.name)}`).join(', ');
    if (!this.council || shape.columns.some((c) => c.name === 'council')) return `SELECT ${own} FROM ${this.source(shape)} r`;
    const join = shape.columns.some((c) => c.name === 'plan_id') ? ` LEFT JOIN plan_council p ON p.plan_id = r.plan_id` : '';
    return `SELECT ${own}, ${join ? 'p.council' : 'NULL::VARCHAR AS council'} FROM ${this.source(shape)} r${join}`;
  }

  private closeFiles(): void {
    for (const file of this.files.values()) {
      if (file.fd !== undefined) closeSync(file.fd);
      file.fd = undefined;
    }
  }

  dispose(): void {
    this.closeFiles();
    rmSync(this.dir, { recursive: true, force: true });
  }
}

/** A sink that stages each plan's rows as they come and, at the end, has DuckDB write them (write), then clears the staging. */
export function stagedSink(shapes: readonly TableShape[], target: ExportTarget, write: (staged: Staged) => Promise<void>): TableSink {
  const staged = new Staged(shapes, Boolean(target.partitionByCouncil));
  return {
    add: (tables) => staged.add(tables),
    abandon: () => staged.dispose(),
    finish: async () => {
      try {
        await write(staged);
      } finally {
        staged.dispose();
      }
    },
  };
}
