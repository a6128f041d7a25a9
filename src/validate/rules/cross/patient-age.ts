import { readSpecDate } from '../../../codec/dates.js';
import { AGE_BANDS, type AgeBand } from '../../../spec/ika/ages.js';
import { keyRef, keySpan, keyText } from '../../engine/read.js';
import { ALL_PRESETS, defineRule } from '../define.js';

/** [year, month, day] of an ISO date, or of its month (day 1). */
function ymd(iso: string): [number, number, number] {
  return [Number(iso.slice(0, 4)), Number(iso.slice(5, 7)), iso.length > 7 ? Number(iso.slice(8, 10)) : 1];
}

/** Month index (year × 12 + month − 1). */
const mi = (y: number, m: number): number => y * 12 + m - 1;

/** The service months (as month indexes, inclusive) in which a patient born on `b` fits the band; `to` may be Infinity. */
export function bandMonths(band: AgeBand, b: readonly [number, number, number]): { from: number; to: number } {
  const [y, m, d] = b;
  switch (band.window) {
    case 'preschool': {
      // 民法: the 6th birthday is reached on its eve, so a child born on April 1 enters school a year earlier.
      const entry = m < 4 || (m === 4 && d === 1) ? y + 6 : y + 7;
      return { from: -Infinity, to: mi(entry, 4) - 1 };
    }
    case 'elderly': {
      // 70歳に達する日 (the eve of the birthday) 's month + 1; born on the 1st: the eve is in the previous month.
      const reach = d === 1 ? mi(y + 70, m) - 1 : mi(y + 70, m);
      // 後期 from the 75th birthday itself: that month still has 高齢受給者 days before it, unless it is the 1st.
      const last = d === 1 ? mi(y + 75, m) - 1 : mi(y + 75, m);
      return { from: reach + 1, to: last };
    }
    case 'late-elderly':
      return { from: mi(y + 65, m), to: Infinity };
  }
}

export const birthDate = defineRule({
  id: 'cross/birth-date',
  severity: 'warning',
  presets: ALL_PRESETS,
  scope: 'record',
  records: ['RE'],
  record(rec, _info, ctx) {
    if (rec.prefixed) return;
    const b = readSpecDate(keyText(rec, 'birthDate'));
    const s = readSpecDate(keyText(rec, 'serviceMonth'));
    if (!b || !s || b.iso.slice(0, 7) <= s.iso.slice(0, 7)) return;
    // The birth date is personal data: the finding says only that it follows the month.
    ctx.report(birthDate, { rec, field: keyRef(rec, 'birthDate'), at: keySpan(rec, 'birthDate'), expected: `on or before 診療年月 ${s.iso.slice(0, 7)}`, found: 'a later date', params: { serviceMonth: s.iso.slice(0, 7) } });
  },
});

const BAND_RES = AGE_BANDS.map((b) => ({ band: b, re: new RegExp(b.pattern) }));

export const ageType = defineRule({
  id: 'cross/age-type',
  severity: 'warning',
  presets: ALL_PRESETS,
  scope: 'record',
  records: ['RE'],
  record(rec, _info, ctx) {
    if (rec.prefixed) return;
    const digit = ctx.file.kindDef?.receiptTypeDigit;
    const type = keyText(rec, 'receiptType');
    if (!digit || type.length !== 4 || type[0] !== digit) return;
    const tail = type.slice(1);
    const hit = BAND_RES.find((x) => x.re.test(tail));
    if (!hit) return;
    const b = readSpecDate(keyText(rec, 'birthDate'));
    const s = readSpecDate(keyText(rec, 'serviceMonth'));
    if (!b || !s || b.precision !== 'day') return;
    const [sy, sm] = ymd(s.iso);
    const at = mi(sy, sm);
    const w = bandMonths(hit.band, ymd(b.iso));
    if (at >= w.from && at <= w.to) return;
    ctx.report(ageType, { rec, field: keyRef(rec, 'receiptType'), at: keySpan(rec, 'receiptType'), expected: `a patient of the ${hit.band.label} age`, found: `${type} for a patient ${at < w.from ? 'too young' : 'too old'} in ${s.iso.slice(0, 7)}`, params: { receiptType: type, band: hit.band.label, side: at < w.from ? 'young' : 'old' } });
  },
});
