/**
 * The 1日〜31日の情報 of a record (SI / IY / TO 算定日情報, JD 受診等区分), read in one pass over the line's bytes.
 * Used by the rules that compare days between records (record/calc-unit, record/visit-days).
 */
import type { Rec } from '../../model/record.js';
import type { RecordDef } from '../../spec/types.js';
import { boundsOf, positionsOf, recBuffer } from './read.js';

const DAY_KEYS = Array.from({ length: 31 }, (_, i) => `day${i + 1}`);
const cache = new WeakMap<RecordDef, number>();

/** 1-based position of `day1` when the table has day1〜day31 in a row, else 0 (once per table). */
export function firstDayPos(def: RecordDef): number {
  let p = cache.get(def);
  if (p === undefined) {
    const d = positionsOf(def, DAY_KEYS);
    p = d && d[30]! - d[0]! === 30 ? d[0]! : 0;
    cache.set(def, p);
  }
  return p;
}

/**
 * The day fields of `rec` into `out` (31 entries: the value as a number, -1 when empty, -2 when not digits).
 * Returns a bit mask of the recorded days (bit 0 = 1日), or -1 when the line is too short to hold them.
 */
export function readDays(rec: Rec, first: number, out: Int32Array): number {
  const { a: bounds, o, n } = boundsOf(rec);
  const k = first - 1 + (rec.prefixed ? 3 : 0);
  if (first === 0 || n - 1 < k + 31) return -1;
  const k0 = o + k;
  const b = recBuffer(rec);
  let mask = 0;
  for (let d = 0; d < 31; d++) {
    const s = bounds[k0 + d]!;
    const e = bounds[k0 + d + 1]! - 1;
    if (s === e) {
      out[d] = -1;
      continue;
    }
    let v = 0;
    for (let i = s; i < e; i++) {
      const c = b[i]!;
      if (c < 0x30 || c > 0x39) {
        v = -2;
        break;
      }
      v = v * 10 + c - 0x30;
    }
    out[d] = v;
    mask |= 1 << d;
  }
  return mask; // 31 bits: always a non-negative int32
}

/** The 1-based days of a mask, for messages (“3, 5, 12”), at most `max` of them. */
export function daysOf(mask: number, max = 5): string {
  const out: number[] = [];
  for (let d = 0; d < 31 && out.length < max; d++) if ((mask >>> d) & 1) out.push(d + 1);
  return out.join(', ');
}

/** Number of days set in a mask. */
export function dayCount(mask: number): number {
  let n = 0;
  for (let m = mask; m !== 0; m &= m - 1) n++;
  return n;
}
