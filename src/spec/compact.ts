/** How the runtime tables (./tables.generated.ts) are written compactly: the builders they call. */

/**
 * An array of objects written as columns and rows: row `r` becomes an object with `columns[i]: r[i]` for every
 * cell that is not a hole (an absent property stays absent).
 */
/* @__NO_SIDE_EFFECTS__ */
export function rows(columns: readonly string[], cells: readonly (readonly unknown[])[]): Record<string, unknown>[] {
  const out: Record<string, unknown>[] = new Array(cells.length);
  for (let r = 0; r < cells.length; r++) {
    const row = cells[r]!;
    const o: Record<string, unknown> = {};
    for (let i = 0; i < row.length; i++) if (row[i] !== undefined) o[columns[i]!] = row[i];
    out[r] = o;
  }
  return out;
}
