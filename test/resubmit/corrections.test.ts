/** The typed corrections API: addressing, value checks, diagnostics (never throws), immutability, audit. */
import { describe, expect, it } from 'vitest';
import { messageOf } from '../../src/diagnostics/index.js';
import { decodeSjis } from '../../src/codec/sjis.js';
import { serialize } from '../../src/model/serialize.js';
import { applyCorrections, payerOfInsurer, type Correction } from '../../src/resubmit/corrections.js';
import { checkValue } from '../../src/resubmit/values.js';
import { RECORDS } from '../../src/spec/registry.js';
import { bytesEqual, readBytes } from '../helpers/files.js';
import { hen, HEN_PATH, SN } from './helpers.js';

const r1 = { searchNumber: SN.hen1 };
const r2 = { searchNumber: SN.hen2 };

function codes(ops: Correction[]) {
  return applyCorrections(hen(), ops).diagnostics.map((d) => d.code);
}

describe('applyCorrections: addressing', () => {
  it('sets a field by key, by 項目名 and by position, splicing only that field', () => {
    for (const field of ['actualDays', '診療実日数', 5, '5'] as const) {
      const f = hen();
      const r = applyCorrections(f, [{ op: 'set', receipt: r1, record: 'HO', field, value: '3' }]);
      expect(r.diagnostics).toEqual([]);
      expect(r.applied).toBe(1);
      const ho = r.file.receipts[0]!.claim.find((x) => x.id === 'HO')!;
      expect(decodeSjis(ho.bytes)).toBe('HO,06139876,１２０,４５６７,3,374,,,,,,,,,');
      expect(ho.original).toBe(false);
      // every other line is still a reference into the input buffer
      expect(r.file.receipts[0]!.claim.filter((x) => x.id !== 'HO').every((x) => x.original)).toBe(true);
      expect(r.file.receipts[0]!.history.every((x) => x.original)).toBe(true);
    }
  });

  it('addresses receipts by position (and file) and parts', () => {
    const r = applyCorrections(hen(), [
      { op: 'set', receipt: { position: 3 }, record: 'KO', field: 'actualDays', value: '2' },
      { op: 'set', receipt: { position: 3, file: 0 }, record: 'KO', field: 'burdenAmount', value: '10' },
    ]);
    expect(r.diagnostics).toEqual([]);
    expect(r.file.receipts[2]!.claim.find((x) => x.id === 'KO')!.toObject()).toMatchObject({ actualDays: '2', burdenAmount: '10' });
  });

  it('addresses records by occurrence, by match, and by line', () => {
    const r = applyCorrections(hen(), [
      { op: 'set', receipt: r2, record: { id: 'SI', occurrence: 3 }, field: '回数', value: '2' },
      { op: 'set', receipt: r2, record: { id: 'SI', match: { 診療行為コード: '160084650' } }, field: 'points', value: '50' },
      { op: 'set', receipt: r2, record: { line: 6 }, field: '転帰区分', value: '2' },
    ]);
    expect(r.diagnostics).toEqual([]);
    const c = r.file.receipts[1]!.claim;
    expect(c.filter((x) => x.id === 'SI')[2]!.get('times')).toBe('2');
    expect(c.find((x) => x.get('code') === '160084650')!.get('points')).toBe('50');
    expect(c[5]!.id).toBe('SY');
    expect(c[5]!.get('outcome')).toBe('2');
  });

  it('reports what cannot be applied, and applies the rest', () => {
    const r = applyCorrections(hen(), [
      { op: 'set', receipt: { searchNumber: '1' }, record: 'HO', field: 2, value: 'x' },
      { op: 'set', receipt: r2, record: 'SI', field: 2, value: '12' },
      { op: 'set', receipt: r2, record: { id: 'SI', occurrence: 9 }, field: 2, value: '12' },
      { op: 'set', receipt: r1, record: 'HO', field: '存在しない項目', value: '1' },
      { op: 'set', receipt: r1, record: 'HO', field: 'recordId', value: 'HX' },
      { op: 'set', receipt: r1, record: 'HO', field: 'actualDays', value: '2' },
      { op: 'set', receipt: { ...r1, part: 2 }, record: 'HO', field: 2, value: '1' },
      { op: 'delete', receipt: r1, record: 'RE' },
      { op: 'insert', receipt: r1, record: 'RE', values: [] },
      { op: 'insert', receipt: r1, record: 'HR', values: [] },
      { op: 'payer', receipt: r1, payer: '3' as '1' },
      { op: 'bogus', receipt: r1 } as unknown as Correction,
    ]);
    expect(r.diagnostics.map((d) => d.code)).toEqual([
      'resubmit/unknown-receipt',
      'resubmit/ambiguous-record',
      'resubmit/unknown-record',
      'resubmit/unknown-field',
      'resubmit/field-not-editable',
      'resubmit/unknown-part',
      'resubmit/delete-re',
      'resubmit/insert-record-type',
      'resubmit/insert-record-type',
      'resubmit/invalid-payer',
      'resubmit/invalid-operation',
    ]);
    expect(r.applied).toBe(1);
    expect(r.rejected).toBe(11);
    expect(r.diagnostics.every((d) => d.severity === 'error')).toBe(true);
  });

  it('never throws on garbage operations', () => {
    const junk = [null, undefined, 1, 'x', {}, { op: 'set' }, { op: 'set', receipt: {} }, { op: 'insert', receipt: r1 }, { op: 'delete', receipt: r1, record: {} }];
    expect(() => applyCorrections(hen(), junk as unknown as Correction[])).not.toThrow();
  });
});

describe('applyCorrections: values checked against the table', () => {
  it('refuses values that do not fit, and says why without showing personal values', () => {
    const r = applyCorrections(hen(), [
      { op: 'set', receipt: r1, record: 'HO', field: 'totalPoints', value: '0374' },
      { op: 'set', receipt: r1, record: 'HO', field: 'totalPoints', value: '１２' },
      { op: 'set', receipt: r1, record: 'HO', field: 'totalPoints', value: '123456789' },
      { op: 'set', receipt: r1, record: 'RE', field: 'receiptType', value: '9999' },
      { op: 'set', receipt: r1, record: 'RE', field: 'serviceMonth', value: '202413' },
      { op: 'set', receipt: r1, record: 'RE', field: 'patientName', value: '髙橋　一郎' },
      { op: 'set', receipt: r1, record: 'RE', field: 'patientName', value: 'ｶﾜﾉ　浩二' },
      { op: 'set', receipt: r1, record: 'RE', field: 'patientName', value: '' },
      { op: 'set', receipt: r1, record: 'RE', field: 'chartNumber', value: 'a,b' },
      { op: 'set', receipt: r1, record: 'HO', field: 'insurerNumber', value: '0613987' },
    ]);
    expect(r.applied).toBe(1); // only the 保険者番号, padded to 8
    expect(r.file.receipts[0]!.claim[1]!.get('insurerNumber')).toBe(' 0613987');
    // The codes are the validator's rule ids (the values are checked by its field rules), one per refused value, in order.
    expect(r.diagnostics.map((d) => d.code)).toEqual([
      'field/leading-zero', // 合計点数 0374
      'field/mode', // 合計点数 １２ (full-width)
      'field/max-bytes', // 合計点数 of 9 digits
      'code/unknown', // レセプト種別 9999
      'field/date', // 診療年月 202413
      'value/unencodable', // 髙 (not JIS X 0208)
      'field/mode-mixed', // ｶﾜﾉ　浩二
      'field/required', // 氏名 empty
      'value/separator', // a,b
    ]);
    expect(r.diagnostics.every((d) => d.severity === 'error')).toBe(true);
    // 保険者番号 shorter than 8 digits is right-aligned with spaces (spec), then checked: 7 digits is fine
    expect(r.diagnostics.map((d) => d.code)).not.toContain('field/fixed-length');
    // each message says which correction it is about
    expect(messageOf(r.diagnostics[0]!)).toMatch(/^検索番号 \d+: /);
    const text = r.diagnostics.map((d) => messageOf(d) + messageOf(d, 'en') + JSON.stringify(d.params)).join('\n');
    for (const secret of ['髙橋', 'ｶﾜﾉ', '浩二', '一郎']) expect(text).not.toContain(secret);
    // Neither the character nor its code point (which names it as well): its position only.
    expect(text).not.toContain('U+9AD9');
    expect(text).toContain('氏名の 1 文字目は記録できない文字です');
  });

  it('checks single values like the table says', () => {
    const check = (k: string, v: string) => checkValue(RECORDS.RE, RECORDS.RE.fields.findIndex((x) => x.key === k) + 1, v);
    expect(check('specialNotes', '0102').problems).toEqual([]);
    expect(check('specialNotes', '010').problems.map((p) => p.code)).toEqual(['field/repeat-unit']);
    expect(check('specialNotes', '010').bytes).toBeUndefined();
    expect(check('birthDate', '19990230').problems.map((p) => p.code)).toEqual(['field/date']);
    expect(check('sex', '1').problems).toEqual([]);
    expect(check('sex', '1').bytes).toEqual(new Uint8Array([0x31]));
    expect(check('sex', '12').problems.map((p) => p.code)).toContain('field/max-bytes');
    expect(check('reserved1', '').problems).toEqual([]);
  });

  it('an expect guard stops an edit on the wrong data (personal values masked)', () => {
    const r = applyCorrections(hen(), [{ op: 'set', receipt: r1, record: 'HO', field: 'cardNumber', expect: '９９９９', value: '４５６８' }]);
    expect(r.diagnostics.map((d) => d.code)).toEqual(['resubmit/expect-mismatch']);
    expect(messageOf(r.diagnostics[0]!)).not.toContain('４５６７');
    expect(messageOf(r.diagnostics[0]!)).toContain('(個人情報)');
    const shown = applyCorrections(hen(), [{ op: 'set', receipt: r1, record: 'HO', field: 'cardNumber', expect: '９９９９', value: '４５６８' }], { showPersonalData: true });
    expect(messageOf(shown.diagnostics[0]!)).toContain('４５６７');
  });

  it('warns when a field the writer manages is set', () => {
    expect(codes([{ op: 'set', receipt: r1, record: 'RE', field: 'searchNumber', value: '12345678901234567' }])).toEqual(['resubmit/field-managed']);
  });

  it('renders messages in English on request', () => {
    const r = applyCorrections(hen(), [{ op: 'set', receipt: { searchNumber: '1' }, record: 'HO', field: 2, value: 'x' }]);
    expect(messageOf(r.diagnostics[0]!, 'en')).toMatch(/no such receipt/);
  });
});

describe('applyCorrections: insert, delete, split, payer, drop', () => {
  it('inserts in spec order by default, or after / before a record; values as object, list or text', () => {
    const r = applyCorrections(hen(), [
      { op: 'insert', receipt: r1, record: 'CO', values: { 診療識別: '12', 負担区分: '1', コメントコード: '810000001', 文字データ: '再診時' } },
      { op: 'insert', receipt: r1, record: 'SY', values: ['0000999', '20241101', '1', '', '腰痛症'] },
      { op: 'insert', receipt: r1, record: 'CO', values: 'CO,80,1,810000001,処方箋料', after: { id: 'SI', occurrence: 3 } },
      { op: 'insert', receipt: r1, record: 'KO', values: 'KO,80136012,,,2,374', before: 'SN' },
    ]);
    expect(r.diagnostics).toEqual([]);
    expect(r.file.receipts[0]!.claim.map((x) => x.id)).toEqual(['RE', 'HO', 'KO', 'SN', 'SY', 'SY', 'SI', 'SI', 'SI', 'CO', 'CO']);
    const co = r.file.receipts[0]!.claim.filter((x) => x.id === 'CO');
    // The anchored insert goes right after SI[3], so before the CO placed by record order.
    expect(decodeSjis(co[0]!.bytes)).toBe('CO,80,1,810000001,処方箋料');
    expect(decodeSjis(co[1]!.bytes)).toBe('CO,12,1,810000001,再診時');
    expect(r.file.receipts[0]!.claim[5]!.fieldCount).toBe(8);
  });

  it('deletes a record; the audit shows every field that went', () => {
    const r = applyCorrections(hen(), [{ op: 'delete', receipt: r2, record: { id: 'SY', occurrence: 2 } }]);
    expect(r.file.receipts[1]!.claim.filter((x) => x.id === 'SY').length).toBe(1);
    expect(r.audit).toEqual([
      {
        file: 0,
        position: 2,
        searchNumber: SN.hen2,
        part: 1,
        changes: [
          {
            kind: 'deleted',
            record: 'SY',
            occurrence: 2,
            line: 24,
            fields: [
              { field: { key: 'diseaseCode', name: '傷病名コード', position: 2 }, before: '8833421', after: '', personal: false },
              { field: { key: 'startDate', name: '診療開始日', position: 3 }, before: '20220302', after: '', personal: false },
              { field: { key: 'outcome', name: '転帰区分', position: 4 }, before: '1', after: '', personal: false },
            ],
          },
        ],
      },
    ]);
  });

  it('splits a receipt: a part is a copy (or the records named) and is edited on its own', () => {
    const r = applyCorrections(hen(), [
      { op: 'split', receipt: r2, records: ['KO', { id: 'SY', occurrence: 1 }, { id: 'SI', occurrence: 1 }] },
      { op: 'delete', receipt: r2, record: 'KO' },
      { op: 'set', receipt: { ...r2, part: 2 }, record: 'KO', field: 'totalPoints', value: '75' },
      { op: 'payer', receipt: { ...r2, part: 2 }, payer: '2' },
    ]);
    expect(r.diagnostics.map((d) => d.code)).toEqual(['resubmit/split-created']);
    expect(r.receipts.map((u) => [u.searchNumber, u.part, u.payer])).toEqual([
      [SN.hen1, 1, undefined],
      [SN.hen2, 1, undefined],
      [SN.hen2, 2, '2'],
      [SN.hen3, 1, undefined],
    ]);
    expect(r.file.receipts.length).toBe(4);
    expect(r.file.receipts[1]!.claim.some((x) => x.id === 'KO')).toBe(false);
    expect(r.file.receipts[2]!.claim.map((x) => x.id)).toEqual(['RE', 'KO', 'SY', 'SI']);
    expect(r.file.receipts[2]!.history.length).toBe(0);
    expect(r.file.receipts[1]!.history.length).toBe(16);
  });

  it('infers the payer from a corrected 保険者番号, unless told', () => {
    expect(payerOfInsurer('  138057')).toBe('2');
    expect(payerOfInsurer('39136017')).toBe('2');
    expect(payerOfInsurer('67136013')).toBe('2');
    expect(payerOfInsurer('06130488')).toBe('1');
    expect(payerOfInsurer('')).toBeUndefined();
    const r = applyCorrections(hen(), [{ op: 'set', receipt: r1, record: 'HO', field: 'insurerNumber', value: '138057' }]);
    expect(r.receipts[0]).toMatchObject({ payer: '2', payerReason: 'insurer-number' });
    expect(r.file.receipts[0]!.claim[1]!.get('insurerNumber')).toBe('  138057');
    const told = applyCorrections(hen(), [
      { op: 'set', receipt: r1, record: 'HO', field: 'insurerNumber', value: '138057' },
      { op: 'payer', receipt: r1, payer: '1' },
    ]);
    expect(told.receipts[0]).toMatchObject({ payer: '1', payerReason: 'explicit' });
  });

  it('drops a receipt (with its history) and says so', () => {
    const r = applyCorrections(hen(), [{ op: 'drop', receipt: r1, reason: '取下げ' }]);
    expect(r.file.receipts.map((x) => x.searchNumber)).toEqual([SN.hen2, SN.hen3]);
    expect(r.file.trailer?.id).toBe('HG');
  });
});

describe('applyCorrections: immutability', () => {
  it('never mutates the input model, whatever the operations', () => {
    const f = hen();
    const before = serialize(f);
    const claim0 = [...f.receipts[0]!.claim];
    applyCorrections(f, [
      { op: 'set', receipt: r1, record: 'HO', field: 'actualDays', value: '9' },
      { op: 'delete', receipt: r1, record: 'SN' },
      { op: 'insert', receipt: r1, record: 'CO', values: 'CO,,1,810000001,テスト' },
      { op: 'split', receipt: r1 },
      { op: 'drop', receipt: r2 },
    ]);
    expect(bytesEqual(serialize(f), before)).toBe(true);
    expect(bytesEqual(before, readBytes(HEN_PATH))).toBe(true);
    expect(f.receipts[0]!.claim).toEqual(claim0);
    expect(f.receipts.length).toBe(3);
  });

  it('an empty list of corrections gives back the same bytes', () => {
    const r = applyCorrections(hen(), []);
    expect(bytesEqual(serialize(r.file), readBytes(HEN_PATH))).toBe(true);
    expect(r.audit).toEqual([]);
  });
});
