/** Spec dates: 西暦 and 和暦 layouts to and from ISO. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readSpecDate, writeSpecDate } from '../../src/codec/dates.js';

describe('readSpecDate', () => {
  it('reads 西暦 year-months and dates', () => {
    expect(readSpecDate('202110')).toEqual({ iso: '2021-10', layout: 'seireki', precision: 'month' });
    expect(readSpecDate('19911121')).toEqual({ iso: '1991-11-21', layout: 'seireki', precision: 'day' });
  });
  it('reads 和暦 (GYYMM / GYYMMDD)', () => {
    expect(readSpecDate('50310')?.iso).toBe('2021-10');
    expect(readSpecDate('4310430')?.iso).toBe('2019-04-30');
    expect(readSpecDate('3640107')?.iso).toBe('1989-01-07');
  });
  it('rejects impossible dates', () => {
    for (const v of ['202113', '20210229', '2021', '20213', 'abcdef', '4320501', '5010430', '60101', '']) expect(readSpecDate(v)).toBeUndefined();
  });
});

describe('writeSpecDate', () => {
  it('round-trips ISO dates in both layouts', () => {
    fc.assert(
      fc.property(fc.date({ min: new Date(Date.UTC(1927, 0, 1)), max: new Date(Date.UTC(2080, 11, 31)), noInvalidDate: true }), (d) => {
        const iso = d.toISOString().slice(0, 10);
        for (const layout of ['seireki', 'wareki'] as const) {
          const v = writeSpecDate(iso, layout);
          if (v === undefined || readSpecDate(v)?.iso !== iso) return false;
          const m = writeSpecDate(iso.slice(0, 7), layout);
          if (m === undefined || readSpecDate(m)?.iso !== iso.slice(0, 7)) return false;
        }
        return true;
      }),
    );
  });
  it('picks the era by date', () => {
    expect(writeSpecDate('2019-04-30', 'wareki')).toBe('4310430');
    expect(writeSpecDate('2019-05-01', 'wareki')).toBe('5010501');
  });
});
