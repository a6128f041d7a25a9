/**
 * The 記録内容 conditions of 医科 R04 that the rules read from the tables (decimal splits, code conditions, start
 * months, field dependencies, 入院-bound fields, SN 注1, JD days, 点数・回数算定単位, TR numbering): behaviour beyond
 * the one failing and one passing file of rules.test.ts, and property tests of the invariants.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { RECORDS, type RecordId } from '../../src/spec/registry.js';
import type { RecordDef } from '../../src/spec/types.js';
import { decimalDigits } from '../../src/validate/rules/field/decimal-split.js';
import { checkFieldValue } from '../../src/validate/index.js';
import { westernMonth } from '../../src/validate/engine/context.js';
import { claimFile, historyLines, HO_BASE, KO_NUMBER, rec, reclaimFile, returnFile, run, si, SI_BASE, SY_BASE } from './build.js';

const pos = (id: RecordId, key: string) => (RECORDS[id] as RecordDef).fields.findIndex((f) => f.key === key) + 1;
const fieldCodes = (id: RecordId, key: string, value: string) => checkFieldValue(RECORDS[id], pos(id, key), value).map((d) => d.code);
/** Code and severity of a rule's findings. */
const found = (lines: readonly string[], rule: string) => run(lines).of(rule).map((d) => `${d.line}:${d.field?.name ?? '-'}:${d.severity}`);

const KO = rec('KO', { payerNumber: KO_NUMBER, recipientNumber: '1234567', actualDays: '1', totalPoints: '100' });
const tr = (v: Record<string, string> = {}) => rec('TR', { receiptNumber: '1', donorReceiptType: '1992', serviceMonth: '202410', sex: '1', birthDate: '19700101', ...v });
const ts = (v: Record<string, string> = {}) => rec('TS', { actualDays: '1', totalPoints: '100', ...v });
const ti = (v: Record<string, string> = {}) => rec('TI', { donationCategory: '1', donorFacilityCategory: '1', ...v });

describe('field/decimal-split', () => {
  it('reads the split of each decimal field from its table', () => {
    expect(fieldCodes('IY', 'quantity', '12345.12345')).toEqual([]);
    expect(fieldCodes('IY', 'quantity', '123456.1234')).toEqual(['field/decimal-split']);
    expect(fieldCodes('IY', 'quantity', '1.123456')).toEqual(['field/decimal-split']);
    expect(fieldCodes('TO', 'quantity', '12345.123')).toEqual([]);
    expect(fieldCodes('TO', 'quantity', '123456.12')).toEqual(['field/decimal-split']);
    expect(fieldCodes('TO', 'quantity', '1.1234')).toEqual(['field/decimal-split']);
    expect(fieldCodes('TO', 'unitPrice', '12345678.12')).toEqual([]);
    expect(fieldCodes('TO', 'unitPrice', '123456789.1')).toEqual(['field/decimal-split']);
    expect(fieldCodes('TO', 'unitPrice', '1.123')).toEqual(['field/decimal-split']);
  });

  it('counts an integer without a point as its 整数部', () => {
    expect(fieldCodes('TO', 'quantity', '12345')).toEqual([]);
    expect(fieldCodes('TO', 'quantity', '123456')).toEqual(['field/decimal-split']);
  });

  it('leaves values that are not decimals to field/mode', () => {
    expect(decimalDigits(new TextEncoder().encode('1.2.3'), 0, 5)).toBeUndefined();
    expect(fieldCodes('TO', 'quantity', '1.2.3')).not.toContain('field/decimal-split');
  });

  it('property: a value within the split passes, one digit more in either part fails', () => {
    const splits: [RecordId, string, number, number][] = [
      ['IY', 'quantity', 5, 5],
      ['TO', 'quantity', 5, 3],
      ['TO', 'unitPrice', 8, 2],
    ];
    const digits = (min: number, max: number) => fc.array(fc.integer({ min: 0, max: 9 }), { minLength: min, maxLength: max }).map((a) => a.join(''));
    for (const [id, key, int, frac] of splits) {
      fc.assert(
        fc.property(fc.integer({ min: 1, max: 9 }), digits(0, int - 1), digits(0, frac - 1), fc.integer({ min: 1, max: 9 }), (lead, rest, f, last) => {
          const value = `${lead}${rest}.${f}${last}`;
          expect(fieldCodes(id, key, value)).not.toContain('field/decimal-split');
        }),
        { numRuns: 60 },
      );
      fc.assert(
        fc.property(fc.boolean(), fc.integer({ min: 1, max: 9 }), (wideInt, d) => {
          // one digit over in one part, the other at its largest (still within 最大バイト when possible)
          const value = wideInt ? `${String(d).repeat(int + 1)}.${d}` : `${d}.${String(d).repeat(frac + 1)}`;
          const b = new TextEncoder().encode(value);
          expect(decimalDigits(b, 0, b.length)).toEqual(wideInt ? { int: int + 1, frac: 1 } : { int: 1, frac: frac + 1 });
          expect(fieldCodes(id, key, value)).toContain('field/decimal-split');
        }),
        { numRuns: 20 },
      );
    }
  });
});

describe('HO 証明書番号: no leading zeros (数字・可変, no 別表 and no rule to keep them)', () => {
  it('reports “012” and accepts “12”', () => {
    expect(fieldCodes('HO', 'certificateNumber', '012')).toEqual(['field/leading-zero']);
    expect(fieldCodes('HO', 'certificateNumber', '12')).toEqual([]);
  });
});

describe('GR ＤＰＣコード', () => {
  it('is required for 算定理由 08–11 only, from 平成28年10月診療分', () => {
    const gr = (reason: string, dpc = '', month = '202410') => claimFile({ re: { serviceMonth: month }, mid: [rec('GR', { reason, dpcCode: dpc })] });
    for (const r of ['08', '09', '10', '11']) expect(found(gr(r), 'record/conditional-fields'), r).toEqual(['4:ＤＰＣコード:error']);
    for (const r of ['01', '06']) expect(found(gr(r), 'record/conditional-fields'), r).toEqual([]);
    expect(found(gr('08', '', '201609'), 'record/conditional-fields')).toEqual([]);
    // recorded before it existed: record/start-month
    expect(found(gr('08', '040080X099X0XX', '201609'), 'record/start-month')).toEqual(['4:ＤＰＣコード:error']);
    expect(found(gr('08', '040080X099X0XX', '201610'), 'record/start-month')).toEqual([]);
  });

  it('reports each lower-case x, a, b, c (the first one), not other letters', () => {
    const r = run(claimFile({ mid: [rec('GR', { reason: '08', dpcCode: '040080x099a0xx' })] })).of('field/upper-case');
    expect(r.map((d) => [d.params.letter, d.params.index])).toEqual([['X', 7]]);
    expect(run(claimFile({ mid: [rec('GR', { reason: '08', dpcCode: '040080X099D0XX' })] })).of('field/upper-case')).toEqual([]);
  });
});

describe('record/qualification (SN 注1)', () => {
  const sn = (v: Record<string, string>, re: Record<string, string> = {}, ho: Record<string, string> = {}) => claimFile({ re, ho, mid: [rec('SN', { payerType: '1', confirmationType: '01', ...v })] });
  const kouki = { receiptType: '1318' };
  const koukiHo = { insurerNumber: '39130018' };

  it('wants 確認区分 (error) and 枝番 (warning: 差し支えない when the card has none) for 負担者種別 1', () => {
    expect(found(sn({ branchNumber: '01' }), 'record/qualification')).toEqual([]);
    expect(found(sn({ confirmationType: '', branchNumber: '01' }), 'record/qualification')).toEqual(['4:確認区分:error']);
    expect(found(sn({}), 'record/qualification')).toEqual(['4:枝番:warning']);
  });

  it('wants 枝番 in two digits', () => {
    expect(found(sn({ branchNumber: '1' }), 'record/qualification')).toEqual(['4:枝番:error']);
  });

  it('omits 枝番 for 後期高齢者医療 (told by レセプト種別) and for 公費 payers', () => {
    expect(found(sn({}, kouki, koukiHo), 'record/qualification')).toEqual([]);
    expect(found(sn({ branchNumber: '01' }, kouki, koukiHo), 'record/qualification')).toEqual(['4:枝番:error']);
    const kr = claimFile({ re: { receiptType: '1122' }, mid: [KO, rec('SN', { payerType: '1', confirmationType: '01', branchNumber: '01' }), rec('SN', { payerType: '2', branchNumber: '01' })] });
    expect(found(kr, 'record/qualification')).toEqual(['6:枝番:error']);
  });

  it('is a claim rule: not run on return files, not on history lines', () => {
    const bare = rec('SN', { payerType: '1' });
    expect(run(returnFile({ mid: [bare] }), {}, { fileName: 'RECEIPTC.HEN' }).of('record/qualification')).toEqual([]);
    const history = historyLines();
    history.splice(2, 0, rec('SN', { payerType: '1' }, '1,2,1'));
    expect(run(reclaimFile({ mid: [rec('SN', { payerType: '1', confirmationType: '01', branchNumber: '01' })], history })).of('record/qualification')).toEqual([]);
    expect(run(reclaimFile({ mid: [bare] })).of('record/qualification').map((d) => d.field?.name)).toEqual(['確認区分', '枝番']);
  });
});

describe('code conditions: 別表20 入院/入院外, 別表9 periods and 後期高齢者', () => {
  it('別表20: 入院外 codes on 入院 receipts and 入院 codes on 入院外 receipts', () => {
    const inpatient = { receiptType: '1111', admissionDate: '20241001' };
    for (const c of ['24', '28', '39', '90', '92', '97']) {
      expect(found(claimFile({ si: [si({ practiceCategory: c })] }), 'code/setting'), c).toEqual(['5:診療識別:error']);
      expect(found(claimFile({ re: inpatient, si: [si({ practiceCategory: c })] }), 'code/setting'), c).toEqual([]);
    }
    for (const c of ['12', '25']) {
      expect(found(claimFile({ re: inpatient, si: [si({ practiceCategory: c })] }), 'code/setting'), c).toEqual(['5:診療識別:error']);
      expect(found(claimFile({ si: [si({ practiceCategory: c })] }), 'code/setting'), c).toEqual([]);
    }
    for (const c of ['11', '13', '21', '40', '80']) expect(found(claimFile({ re: inpatient, si: [si({ practiceCategory: c })] }), 'code/setting'), c).toEqual([]);
    // IY, TO and CO carry 診療識別 too
    const co = rec('CO', { practiceCategory: '90', burdenCategory: '1', code: '810000001', text: 'テスト' });
    expect(found(claimFile({ si: [si(), co] }), 'code/setting')).toEqual(['6:診療識別:error']);
  });

  it('別表20 in a 臓器提供者 receipt follows 臓器提供者レセプト種別, not the recipient’s レセプト種別', () => {
    const block = (type: string, category: string) => [ti(), tr({ donorReceiptType: type, ...(type === '1991' ? { admissionDate: '20241001' } : {}) }), ts(), rec('SY', SY_BASE), si({ practiceCategory: category })];
    // recipient 入院外 (1112), donor 入院 (1991): 90 is fine in the donor block
    const inDonor = run(claimFile({ after: block('1991', '90') }));
    expect(inDonor.of('code/setting')).toEqual([]);
    const outDonor = run(claimFile({ after: block('1992', '90') })).of('code/setting');
    expect(outDonor.map((d) => [d.line, d.params.donor])).toEqual([[10, 1]]);
  });

  it('別表9: 17–19 and 22 until 平成30年7月, 41–44 from 令和4年10月 and on 後期高齢者 receipts only', () => {
    const notes = (v: string, re: Record<string, string> = {}, ho: Record<string, string> = {}) => claimFile({ re: { specialNotes: v, ...re }, ho });
    for (const c of ['17', '18', '19', '22']) {
      expect(found(notes(c, { serviceMonth: '201807' }), 'code/period'), c).toEqual([]);
      expect(found(notes(c, { serviceMonth: '201808' }), 'code/period'), c).toEqual(['2:レセプト特記事項:error']);
    }
    const kouki = { receiptType: '1318' };
    const koukiHo = { insurerNumber: '39130018' };
    for (const c of ['41', '42', '43', '44']) {
      expect(found(notes(c, { ...kouki, serviceMonth: '202210' }, koukiHo), 'code/period'), c).toEqual([]);
      expect(found(notes(c, { ...kouki, serviceMonth: '202209' }, koukiHo), 'code/period'), c).toEqual(['2:レセプト特記事項:error']);
      expect(found(notes(c, kouki, koukiHo), 'code/insurance'), c).toEqual([]);
      expect(found(notes(c), 'code/insurance'), c).toEqual(['2:レセプト特記事項:error']);
    }
    // each code of the concatenated field, at its own offset
    const r = run(notes('011741')).diagnostics.filter((d) => d.code.startsWith('code/'));
    expect(r.map((d) => [d.code, d.params.value])).toEqual([
      ['code/period', '17'],
      ['code/insurance', '41'],
    ]);
    expect(r[1]!.offset! - r[0]!.offset!).toBe(2);
    // TR レセプト特記事項: the donor receipt's own 診療年月
    const donor = claimFile({ after: [ti(), tr({ specialNotes: '17', serviceMonth: '201806' }), ts(), rec('SY', SY_BASE), rec('SI', SI_BASE)] });
    expect(found(donor, 'code/period')).toEqual([]);
  });
});

describe('record/start-month', () => {
  it('SN, JD and MF before 令和3年9月診療分: a warning (the payer skips them)', () => {
    const mid = [rec('SN', { payerType: '1', confirmationType: '01', branchNumber: '01' }), rec('JD', { payerType: '1', day1: '1' }), rec('MF', { windowBurdenClass: '00' })];
    expect(found(claimFile({ re: { serviceMonth: '202108' }, mid }), 'record/start-month')).toEqual(['4:-:warning', '5:-:warning', '6:-:warning']);
    expect(found(claimFile({ re: { serviceMonth: '202109' }, mid }), 'record/start-month')).toEqual([]);
  });

  it('カタカナ（氏名） and 患者の状態 before 平成30年4月診療分: an error', () => {
    expect(found(claimFile({ re: { serviceMonth: '201803', patientStatus: '001' } }), 'record/start-month')).toEqual(['2:患者の状態:error']);
    expect(found(claimFile({ re: { serviceMonth: '201804', patientStatus: '001' } }), 'record/start-month')).toEqual([]);
  });

  it('reads 和暦 診療年月 of older editions', () => {
    expect(westernMonth('43003')).toBe('201803');
    expect(westernMonth('50309')).toBe('202109');
    expect(westernMonth('202109')).toBe('202109');
    expect(westernMonth('2021')).toBe('');
  });
});

describe('record/conditional-fields: TI on 臓器提供医療機関区分', () => {
  const block = (v: Record<string, string>) => [ti(v), tr(), ts(), rec('SY', SY_BASE), rec('SI', SI_BASE)];
  const other = { donorFacilityCategory: '2', prefecture: '13', scoreTable: '1', facilityCode: '1234567', facilityName: '臓器病院', facilityAddress: '東京都' };

  it('区分 1 omits every facility field, 電話番号 too', () => {
    expect(found(claimFile({ after: block({ phone: '03-1234-5678' }) }), 'record/conditional-fields')).toEqual(['6:電話番号:error']);
    expect(found(claimFile({ after: block({ facilityName: '臓器病院', facilityCode: '1234567' }) }), 'record/conditional-fields')).toEqual(['6:医療機関コード:error', '6:医療機関名称:error']);
  });

  it('区分 2 records them (電話番号 stays 任意)', () => {
    expect(found(claimFile({ after: block(other) }), 'record/conditional-fields')).toEqual([]);
    expect(found(claimFile({ after: block({ ...other, facilityAddress: '', prefecture: '' }) }), 'record/conditional-fields')).toEqual(['6:都道府県:error', '6:医療機関所在地:error']);
  });
});

describe('record/inpatient on 臓器提供者 receipts (TR, TS)', () => {
  const block = (trv: Record<string, string>, tsv: Record<string, string> = {}) => [ti(), tr(trv), ts(tsv), rec('SY', SY_BASE), rec('SI', SI_BASE)];
  it('follows 臓器提供者レセプト種別', () => {
    expect(found(claimFile({ after: block({ donorReceiptType: '1991' }) }), 'record/inpatient')).toEqual(['7:入院年月日:error']);
    expect(found(claimFile({ after: block({ donorReceiptType: '1991', admissionDate: '20241001', wardType: '01' }, { mealTimes: '3', mealAmount: '1380' }) }), 'record/inpatient')).toEqual([]);
    expect(found(claimFile({ after: block({ admissionDate: '20241001', wardType: '01' }, { mealTimes: '3' }) }), 'record/inpatient')).toEqual(['7:入院年月日:error', '7:病棟区分:error', '8:食事療養・生活療養 回数:error']);
  });
  it('keeps the recipient’s RE, HO and KO on the recipient’s レセプト種別', () => {
    expect(found(claimFile({ re: { receiptType: '1111' } }), 'record/inpatient')).toEqual(['2:入院年月日:error']);
    expect(found(claimFile({ ho: { ...HO_BASE, mealCount: '3' } }), 'record/inpatient')).toEqual(['3:食事療養・生活療養 回数:error']);
  });
});

describe('cross/donor-receipt-number', () => {
  it('numbers TR per TI', () => {
    const block = (n: string[]) => [ti(), ...n.flatMap((x) => [tr({ receiptNumber: x }), ts(), rec('SY', SY_BASE), rec('SI', SI_BASE)])];
    expect(found(claimFile({ after: [...block(['1', '2']), ...block(['1'])] }), 'cross/donor-receipt-number')).toEqual([]);
    expect(found(claimFile({ after: [...block(['1', '2']), ...block(['3'])] }), 'cross/donor-receipt-number')).toEqual(['16:レセプト番号:error']);
    expect(found(claimFile({ after: block(['1', '3']) }), 'cross/donor-receipt-number')).toEqual(['11:レセプト番号:error']);
  });
});

describe('record/calc-unit', () => {
  const open = (v: Record<string, string> = {}) => si({ points: '', ...v });
  const next = (v: Record<string, string> = {}) => si({ practiceCategory: '', ...v });

  it('a unit ends at the record with 点数: a unit left open at the end of the receipt or of its 診療識別 is reported', () => {
    expect(found(claimFile({ si: [open()] }), 'record/calc-unit')).toEqual(['5:点数:warning']);
    expect(found(claimFile({ si: [open(), si({ practiceCategory: '13' })] }), 'record/calc-unit')).toEqual(['5:点数:warning']);
    // the same 診療識別 recorded again does not end the unit
    expect(found(claimFile({ si: [open(), si()] }), 'record/calc-unit')).toEqual([]);
    // a TI ends the recipient's 摘要
    expect(found(claimFile({ si: [open()], after: [ti(), tr(), ts(), rec('SY', SY_BASE), rec('SI', SI_BASE)] }), 'record/calc-unit')).toEqual(['5:点数:warning']);
  });

  it('compares 回数 and each day with the unit’s first record; CO records do not count', () => {
    const co = rec('CO', { burdenCategory: '1', code: '810000001', text: 'テスト' });
    expect(found(claimFile({ si: [open({ times: '2', day1: '1', day3: '1' }), co, next({ times: '2', day1: '1', day3: '1' })] }), 'record/calc-unit')).toEqual([]);
    expect(found(claimFile({ si: [open({ times: '2', day1: '1', day3: '1' }), co, next({ times: '2', day1: '1', day4: '1' })] }), 'record/calc-unit')).toEqual(['7:３日の情報:warning']);
    expect(found(claimFile({ si: [open({ times: '2', day1: '2' }), next({ times: '1', day1: '1' })] }), 'record/calc-unit')).toEqual(['6:回数:warning']);
    // a record without day information (他医療機関に係る臓器提供者) is compared on 回数 only
    expect(found(claimFile({ si: [open({ day1: '' }), next()] }), 'record/calc-unit')).toEqual([]);
  });

  it('does not see the generated or sample units as broken: each record with 点数 is a unit of its own', () => {
    expect(found(claimFile({ si: [si(), si({ practiceCategory: '', times: '3', day1: '3' })] }), 'record/calc-unit')).toEqual([]);
  });
});

describe('record/visit-days (JD)', () => {
  const jd = (payer: string, days: number[], code = '1') => rec('JD', { payerType: payer, ...Object.fromEntries(days.map((d) => [`day${d}`, code])) });
  const day = (burden: string, d: number) => si({ burdenCategory: burden, day1: '', [`day${d}`]: '1' });

  it('compares each JD with the days of the 摘要 records whose 負担区分 includes its payer (別表21)', () => {
    const receipt = (jds: string[]) => claimFile({ re: { receiptType: '1122' }, mid: [KO, ...jds], si: [day('1', 1), day('2', 2), day('5', 3)] });
    // 医保: 負担区分 1 and 2 (days 1, 2); 第1公費: 2 and 5 (days 2, 3)
    expect(found(receipt([jd('1', [1, 2]), jd('2', [2, 3])]), 'record/visit-days')).toEqual([]);
    const r = run(receipt([jd('1', [1, 2, 3]), jd('2', [3])])).of('record/visit-days');
    expect(r.map((d) => [d.line, d.params.extraDays, d.params.missingDays])).toEqual([
      [5, '3', ''],
      [6, '', '2'],
    ]);
  });

  it('leaves out days marked 9, receipts without JD, and the 摘要 of 臓器提供者 receipts', () => {
    expect(found(claimFile({ mid: [jd('1', [1])], si: [si(), si({ day1: '', day5: '1' })] }), 'record/visit-days')).toEqual(['4:-:warning']);
    expect(found(claimFile({ mid: [rec('JD', { payerType: '1', day1: '1', day5: '9' })], si: [si(), si({ day1: '', day5: '1' })] }), 'record/visit-days')).toEqual([]);
    expect(found(claimFile({ si: [si(), si({ day1: '', day5: '1' })] }), 'record/visit-days')).toEqual([]);
    const donor = [ti(), tr(), ts(), rec('SY', SY_BASE), si({ day1: '', day9: '1' })];
    expect(found(claimFile({ mid: [jd('1', [1])], after: donor }), 'record/visit-days')).toEqual([]);
  });

  it('property: a JD marking exactly the 算定日 passes; one day added or removed is reported', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.integer({ min: 1, max: 31 }), { minLength: 1, maxLength: 8 }), fc.integer({ min: 1, max: 31 }), (days, flip) => {
        const tekiyo = days.map((d) => si({ day1: '', [`day${d}`]: '1' }));
        expect(run(claimFile({ mid: [jd('1', days)], si: tekiyo })).of('record/visit-days')).toEqual([]);
        const other = days.includes(flip) ? days.filter((d) => d !== flip) : [...days, flip];
        if (other.length === 0) return;
        expect(run(claimFile({ mid: [jd('1', other)], si: tekiyo })).of('record/visit-days').length).toBe(1);
      }),
      { numRuns: 40 },
    );
  });
});
