/** Return reasons: rows, aggregates across files, CSV (plain / BOM / Shift_JIS) parsed back with csv-parse. */
import { parse as parseCsv } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { decodeSjis } from '../../src/codec/sjis.js';
import { groupReasons, groupsToCsv, reasons, reasonsToCsv, REASON_COLUMNS } from '../../src/resubmit/reasons.js';
import { hen, sah, SN } from './helpers.js';

describe('reasons', () => {
  it('one row per unprefixed HR, with meanings, across files', () => {
    const rows = reasons([hen(), sah()], { fileNames: ['RECEIPTC.HEN', 'RECEIPTC.SAH'] });
    expect(rows.length).toBe(4 + 3);
    expect(rows.map((r) => [r.fileName, r.searchNumber, r.category, r.practice, r.code])).toEqual([
      ['RECEIPTC.HEN', SN.hen1, '1', '', 'L1101'],
      ['RECEIPTC.HEN', SN.hen2, '2', '60', 'L2301'],
      ['RECEIPTC.HEN', SN.hen2, '2', '21', 'L2302'],
      ['RECEIPTC.HEN', SN.hen3, '1', '', 'L1205'],
      ['RECEIPTC.SAH', SN.sah1, '4', '', 'S1018'],
      ['RECEIPTC.SAH', SN.sah2, '5', '21', 'S1060'],
      ['RECEIPTC.SAH', SN.sah3, '9', '', 'S1025'],
    ]);
    const s2 = rows[5]!;
    expect(s2).toMatchObject({
      kind: 'SAH',
      payer: '1',
      serviceMonth: '202409',
      receiptType: '1122',
      processingMonth: '202412',
      categoryMeaning: '再審査等請求における診療内容の返戻',
      codeMeaning: '診療内容に関するもの',
      text: '診療内容に関するもの',
      supplement: '投与量について保険者から再審査等請求がありました。',
      correction: '1',
      noticeMonth: '202409',
    });
    expect(s2.correctionMeaning).toMatch(/^一次請求及び再請求で補正等があり/);
    expect(rows[0]!.codeMeaning).toBe(''); // HEN codes are the payer's own: no table
  });

  it('leaves patient names out unless asked', () => {
    expect(reasons(hen()).every((r) => r.patientName === undefined)).toBe(true);
    expect(JSON.stringify(reasons(hen()))).not.toContain('川野');
    expect(reasons(hen(), { showPersonalData: true })[0]!.patientName).toBe('川野　浩二');
  });

  it('aggregates by 返戻区分, 事由, 診療識別, 月', () => {
    const rows = reasons([hen(), sah()]);
    expect(groupReasons(rows, '返戻区分').map((g) => [g.key, g.reasons, g.receipts])).toEqual([
      ['1', 2, 2],
      ['2', 2, 1],
      ['4', 1, 1],
      ['5', 1, 1],
      ['9', 1, 1],
    ]);
    expect(groupReasons(rows, '診療識別').map((g) => [g.key, g.meaning, g.reasons])).toEqual([
      ['', '', 4],
      ['21', expect.any(String), 2],
      ['60', expect.any(String), 1],
    ]);
    expect(groupReasons(rows, '月')).toEqual([{ key: '202412', meaning: '', reasons: 7, receipts: 6 }]);
    expect(groupReasons(rows, '事由').length).toBe(7);
  });
});

describe('reasons as CSV', () => {
  const rows = reasons([hen(), sah()]);
  const header = REASON_COLUMNS.map((c) => c.header);

  it('plain UTF-8 parses back to the same rows', () => {
    const r = reasonsToCsv(rows);
    if (!r.ok) throw new Error(r.error);
    const back = parseCsv(r.text) as string[][];
    expect(back[0]).toEqual(header);
    expect(back.length).toBe(rows.length + 1);
    expect(back[6]![header.indexOf('返戻理由')]).toBe(rows[5]!.text);
    expect(r.text.includes('\r\n')).toBe(false);
  });

  it('Excel (BOM): UTF-8 with a BOM and CRLF, parses back with bom: true', () => {
    const r = reasonsToCsv(rows, { excel: 'bom' });
    if (!r.ok) throw new Error(r.error);
    expect([...r.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const back = parseCsv(Buffer.from(r.bytes), { bom: true }) as string[][];
    expect(back[0]).toEqual(header);
    expect(back[1]![header.indexOf('返戻理由')]).toBe('保険者において該当者なし。資格を確認のうえ請求してください。');
    expect(new TextDecoder().decode(r.bytes).includes('\r\n')).toBe(true);
  });

  it('Excel (Shift_JIS): decodes as Shift_JIS and parses back', () => {
    const r = reasonsToCsv(rows, { excel: 'sjis' });
    if (!r.ok) throw new Error(r.error);
    const text = decodeSjis(r.bytes);
    const back = parseCsv(text) as string[][];
    expect(back[0]).toEqual(header);
    expect(back.slice(1).map((x) => x[header.indexOf('検索番号')])).toEqual(rows.map((x) => x.searchNumber));
    expect(back[2]![header.indexOf('返戻区分名')]).toBe('審査上の返戻');
  });

  it('names only when the rows carry them; groups as CSV', () => {
    const withNames = reasonsToCsv(reasons(hen(), { showPersonalData: true }));
    if (!withNames.ok) throw new Error('csv');
    expect((parseCsv(withNames.text) as string[][])[0]).toContain('氏名');
    const g = groupsToCsv(groupReasons(rows, '返戻区分'), '返戻区分');
    if (!g.ok) throw new Error('csv');
    expect(parseCsv(g.text)).toEqual([
      ['返戻区分', '名称', '件数（返戻理由）', '件数（レセプト）'],
      ['1', '事務上の返戻', '2', '2'],
      ['2', '審査上の返戻', '2', '1'],
      ['4', '再審査等請求における資格関係等の返戻', '1', '1'],
      ['5', '再審査等請求における診療内容の返戻', '1', '1'],
      ['9', '再審査等請求における保険医療機関の取下げ', '1', '1'],
    ]);
  });
});
