/**
 * Risk matrices: labels for each likelihood and impact score, and bands given either as score thresholds
 * or cell by cell (some councils band asymmetric cells differently: 4x1 may be medium while 1x4 is high).
 */
export interface ScaleEntry {
  score: number;
  label: string;
  description?: string;
}

export interface Band {
  id: string;
  label: string;
  min?: number;
  max?: number;
  colour?: string;
  action?: string;
}

export interface Matrix {
  id: string;
  title?: string;
  description?: string;
  likelihood: ScaleEntry[];
  impact: ScaleEntry[];
  bands: Band[];
  /** cells[likelihood - 1][impact - 1] = band id */
  cells?: string[][];
}

export function matrixSize(m: Matrix): string {
  return `${m.likelihood.length}x${m.impact.length}`;
}

export function bandFor(m: Matrix, likelihood: number, impact: number): Band | undefined {
  const cellBand = m.cells?.[likelihood - 1]?.[impact - 1];
  if (cellBand !== undefined) return m.bands.find((b) => b.id === cellBand);
  const score = likelihood * impact;
  return m.bands.find((b) => (b.min === undefined || score >= b.min) && (b.max === undefined || score <= b.max));
}

export function bandRank(m: Matrix, bandId: string | undefined): number {
  return bandId === undefined ? -1 : m.bands.findIndex((b) => b.id === bandId);
}

export function onMatrix(m: Matrix, likelihood: number, impact: number): boolean {
  return likelihood >= 1 && likelihood <= m.likelihood.length && impact >= 1 && impact <= m.impact.length;
}

/** Problems with a matrix definition itself: gaps or overlaps in thresholds, cells naming unknown bands. */
export function checkMatrix(m: Matrix): string[] {
  const problems: string[] = [];
  const ids = new Set(m.bands.map((b) => b.id));
  m.likelihood.forEach((e, i) => e.score !== i + 1 && problems.push(`likelihood scores must run 1, 2, 3...: entry ${i + 1} has score ${e.score}`));
  m.impact.forEach((e, i) => e.score !== i + 1 && problems.push(`impact scores must run 1, 2, 3...: entry ${i + 1} has score ${e.score}`));
  if (m.cells) {
    if (m.cells.length !== m.likelihood.length) problems.push(`cells has ${m.cells.length} rows but the likelihood scale has ${m.likelihood.length}`);
    m.cells.forEach((row, i) => {
      if (row.length !== m.impact.length) problems.push(`cells row ${i + 1} has ${row.length} entries but the impact scale has ${m.impact.length}`);
      row.forEach((id) => !ids.has(id) && problems.push(`cells row ${i + 1} names band '${id}', which is not defined`));
    });
  } else {
    for (let l = 1; l <= m.likelihood.length; l++) {
      for (let i = 1; i <= m.impact.length; i++) {
        const score = l * i;
        const matches = m.bands.filter((b) => (b.min === undefined || score >= b.min) && (b.max === undefined || score <= b.max));
        if (matches.length === 0) problems.push(`score ${score} (likelihood ${l} x impact ${i}) falls in no band`);
        else if (matches.length > 1) problems.push(`score ${score} falls in more than one band (${matches.map((b) => b.id).join(', ')})`);
      }
    }
  }
  return [...new Set(problems)];
}
