/**
 * DPC test files cut from the DPC fixture source (fixtures/src/dpc/RECEIPTC.UKE.txt, hand-checked in its README): the
 * header, any of its six receipts, and a GO of the caller's or computed by the fixture's arithmetic.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../helpers/files.js';

const LINES = readFileSync(join(ROOT, 'fixtures/src/dpc/RECEIPTC.UKE.txt'), 'utf8').split('\n').filter((l) => l !== '');

/** The header line. */
export const DPC_IR = LINES[0]!;

/** The fixture's receipts, each as its lines (RE …), in file order: 0 and 1 plain DPC, 2 総括, 3 総括対象DPC, 4 総括対象医科入院, 5 DPC + 公費. */
export const DPC_RECEIPTS: readonly (readonly string[])[] = (() => {
  const out: string[][] = [];
  for (const l of LINES.slice(1, -1)) {
    if (l.startsWith('RE,')) out.push([]);
    out[out.length - 1]!.push(l);
  }
  return out;
})();

/** The GO of the whole fixture. */
export const DPC_GO = LINES.at(-1)!;

/** Replace field `pos` (1-based 項目 position) of a line. */
export function setField(line: string, pos: number, value: string): string {
  const f = line.split(',');
  f[pos - 1] = value;
  return f.join(',');
}

/** A DPC claim file: IR, the receipts given (lines; RE レセプト番号 renumbered 1…), GO (as given, else `GO,0,0,99`). */
export function dpcFile(receipts: readonly (readonly string[])[], go?: string): string[] {
  return [DPC_IR, ...receipts.flatMap((r, i) => r.map((l) => (l.startsWith('RE,') ? setField(l, 2, String(i + 1)) : l))), go ?? 'GO,0,0,99'];
}
