/**
 * Issue 9 §1 and §3 beyond the one failing / one passing file of rules.test.ts: each TI's own TR, an
 * empty 受給者番号, 合計点数 per payer over 点数・回数算定単位, 負担区分 against the payers, and the age
 * windows of the レセプト種別 (with properties).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AGE_BANDS } from '../../src/spec/ika/ages.js';
import { bandMonths } from '../../src/validate/rules/cross/patient-age.js';
import { claimFile, KO_NUMBER, rec, run, si, SI_BASE, SY_BASE } from './build.js';

const TI = rec('TI', { donationCategory: '1', donorFacilityCategory: '1' });
const donor = (): string[] => [
  rec('TR', { receiptNumber: '1', donorReceiptType: '1992', serviceMonth: '202410', sex: '1', birthDate: '19700101' }),
  rec('TS', { actualDays: '1', totalPoints: '100' }),
  rec('SY', SY_BASE),
  rec('SI', SI_BASE),
];
const ko = (v: Record<string, string> = {}): string => rec('KO', { payerNumber: KO_NUMBER, recipientNumber: '1234567', actualDays: '1', totalPoints: '100', ...v });

describe('structure/donor-records: each TI has its own TR', () => {
  it('TI, TI, TR …: the first TI has none', () => {
    const r = run(claimFile({ after: [TI, TI, ...donor()] })).of('structure/donor-records');
    expect(r.map((d) => [d.line, d.params.problem])).toEqual([[6, 'no-tr']]);
  });
  it('TI, TR …, TI, TR …: none missing', () => {
    expect(run(claimFile({ after: [TI, ...donor(), TI, ...donor()] })).of('structure/donor-records')).toEqual([]);
  });
  it('TI, TR …, TI at the end: the last TI has none', () => {
    const r = run(claimFile({ after: [TI, ...donor(), TI] })).of('structure/donor-records');
    expect(r.map((d) => [d.line, d.params.problem])).toEqual([[11, 'no-tr']]);
  });
});

describe('cross/recipient-number: empty', () => {
  const file = (k: string): string[] => claimFile({ re: { receiptType: '1122' }, mid: [k], si: [si({ burdenCategory: '2' })] });
  it('an empty 受給者番号 is an error but for 法別 30', () => {
    const r = run(file(ko({ recipientNumber: '' }))).of('cross/recipient-number');
    expect(r.map((d) => [d.severity, d.params.problem, d.line, d.field?.position])).toEqual([['error', 'empty', 4, 3]]);
    expect(run(file(ko({ payerNumber: '30136012', recipientNumber: '' }))).of('cross/recipient-number')).toEqual([]);
  });
});

describe('cross/payer-totals', () => {
  it('sums 点数 × 回数 of the unit\'s last record, per payer, skipping 食事療養 (97)', () => {
    const lines = claimFile({
      re: { receiptType: '1121' },
      ho: { totalPoints: '430' },
      mid: [ko({ totalPoints: '130' })],
      si: [
        si({ burdenCategory: '1', points: '', times: '2', day1: '2' }), // a unit of two records: 点数 on the last
        si({ practiceCategory: '', burdenCategory: '1', points: '150', times: '2', day1: '2' }), // 300 医保
        si({ practiceCategory: '21', burdenCategory: '2', points: '65', times: '2', day1: '2' }), // 130 医保・公費①
        si({ practiceCategory: '97', burdenCategory: '1', points: '640', times: '3', day1: '3' }), // 食事: a 金額
      ],
      go: 'GO,2,430,99',
    });
    expect(run(lines).of('cross/payer-totals')).toEqual([]);
    const wrong = run(lines.map((l) => l.replace(/^KO,(.*),130,/, 'KO,$1,430,'))).of('cross/payer-totals');
    expect(wrong.map((d) => [d.record, d.params.payer, d.params.want, d.params.value])).toEqual([['KO', '公費①', 130, 430]]);
  });
  it('is not checked when a unit cannot be read or the receipt has a 臓器提供者 block', () => {
    expect(run(claimFile({ ho: { totalPoints: '999' }, si: [si({ times: 'x' })] })).of('cross/payer-totals')).toEqual([]);
    expect(run(claimFile({ ho: { totalPoints: '999' }, after: [TI, ...donor()] })).of('cross/payer-totals')).toEqual([]);
  });
});

describe('cross/burden-payers', () => {
  it('names the payers that are missing', () => {
    const r = run(claimFile({ re: { receiptType: '1112' }, si: [si({ burdenCategory: '2' })] })).of('cross/burden-payers');
    expect(r.map((d) => d.params.lacking)).toEqual(['公費①']);
    expect(run(claimFile({ re: { receiptType: '1122' }, mid: [ko()], si: [si({ burdenCategory: '2' })] })).of('cross/burden-payers')).toEqual([]);
  });
});

describe('cross/age-type', () => {
  const age = (receiptType: string, birthDate: string, serviceMonth: string): string[] =>
    run(claimFile({ re: { receiptType, birthDate, serviceMonth } })).of('cross/age-type').map((d) => String(d.params.side));
  it('高齢受給者: from the month after the 70th birthday (its own month when born on the 1st) to the 75th', () => {
    expect(age('1118', '19541015', '202410')).toEqual(['young']);
    expect(age('1118', '19541015', '202411')).toEqual([]);
    expect(age('1118', '19541001', '202410')).toEqual([]);
    expect(age('1118', '19491015', '202410')).toEqual([]); // the 75th birthday's month: split
    expect(age('1118', '19491015', '202411')).toEqual(['old']);
    expect(age('1118', '19491101', '202411')).toEqual(['old']); // born on the 1st: 後期 from the 1st
  });
  it('未就学者: until the March after the 6th birthday (April 1 births a year earlier)', () => {
    expect(age('1114', '20180402', '202503')).toEqual([]);
    expect(age('1114', '20180402', '202504')).toEqual(['old']);
    expect(age('1114', '20180401', '202403')).toEqual([]);
    expect(age('1114', '20180401', '202404')).toEqual(['old']);
  });
  it('後期高齢者: 65 or over', () => {
    expect(age('1312', '19600101', '202410')).toEqual(['young']);
    expect(age('1312', '19591015', '202410')).toEqual([]);
  });

  const birth = fc.record({ y: fc.integer({ min: 1900, max: 2030 }), m: fc.integer({ min: 1, max: 12 }), d: fc.integer({ min: 1, max: 28 }) });
  it('property: the 高齢受給者 window is always 60 months, starting in the month of the 70th birthday or the next', () => {
    const band = AGE_BANDS.find((b) => b.window === 'elderly')!;
    fc.assert(
      fc.property(birth, ({ y, m, d }) => {
        const w = bandMonths(band, [y, m, d]);
        const birthday70 = (y + 70) * 12 + m - 1;
        expect(w.to - w.from + 1).toBe(60);
        expect(w.from - birthday70).toBe(d === 1 ? 0 : 1);
      }),
    );
  });
  it('property: 未就学者 ends in a March, when the child is 6 on March 31 (5 for an April 1 birth, 6 in law: 民法 counts to the eve)', () => {
    const band = AGE_BANDS.find((b) => b.window === 'preschool')!;
    fc.assert(
      fc.property(birth, ({ y, m, d }) => {
        const end = bandMonths(band, [y, m, d]).to;
        expect(end % 12).toBe(2); // March
        const endYear = Math.floor(end / 12);
        const ageOnMarch31 = endYear - y - (m > 3 ? 1 : 0); // calendar age on March 31 of that year
        expect(ageOnMarch31).toBe(m === 4 && d === 1 ? 5 : 6);
      }),
    );
  });
});
