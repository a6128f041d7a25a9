import { readSpecDate } from '../../../codec/dates.js';
import { valueParams } from '../../engine/read.js';
import { ALL_PRESETS, confidenceSeverity, defineFieldRule } from '../define.js';
import type { FieldValue } from '../../engine/value.js';

const DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Digits at [s, s+n) as a number (the caller has checked they are digits). */
function num(b: Uint8Array, s: number, n: number): number {
  let x = 0;
  for (let i = s; i < s + n; i++) x = x * 10 + b[i]! - 0x30;
  return x;
}

/** 西暦 YYYYMM / YYYYMMDD checked on the bytes (the common case, without building a Date). */
function seireki(v: FieldValue): boolean | undefined {
  const n = v.length;
  if (n !== 6 && n !== 8) return undefined;
  const b = v.buf;
  const s = v.start;
  const y = num(b, s, 4);
  const m = num(b, s + 4, 2);
  if (y < 1 || m < 1 || m > 12) return false;
  if (n === 6) return v.spec.kind === 'ym';
  if (v.spec.kind !== 'ymd') return false;
  const d = num(b, s + 6, 2);
  const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  return d >= 1 && d <= (m === 2 && leap ? 29 : DAYS[m - 1]!);
}

export function validDate(v: FieldValue): ReturnType<typeof readSpecDate> | 'time' | 'seireki' | undefined {
  if (v.spec.kind === 'hm') return /^([01]\d|2[0-3])[0-5]\d$/.test(v.text()) ? 'time' : undefined;
  const fast = seireki(v);
  if (fast !== undefined) return fast ? 'seireki' : undefined;
  const d = readSpecDate(v.text());
  if (!d) return undefined;
  if ((v.spec.kind === 'ym') !== (d.precision === 'month')) return undefined;
  return d;
}

export const dateRule = defineFieldRule({
  id: 'field/date',
  severity: 'error',
  presets: ALL_PRESETS,
  scope: 'field',
  history: false,
  applies: (f) => (f.kind === 'ym' || f.kind === 'ymd' || f.kind === 'hm') && f.pos > 1,
  check(v, ctx) {
    if (!v.allDigits()) return; // field/mode
    if (validDate(v)) return;
    const shape = v.spec.kind === 'ym' ? 'YYYYMM' : v.spec.kind === 'ymd' ? 'YYYYMMDD' : 'hhmm';
    ctx.report(dateRule, {
      rec: v.rec,
      field: v.spec.field,
      at: v.start,
      length: v.length,
      expected: `valid ${shape}`,
      found: `${v.length} digits, not a valid date`,
      params: { shape, ...valueParams(v, ctx.showPersonalData) },
      severity: confidenceSeverity(v),
    });
  },
});
