/** The corrections file: JSON (zod) and CSV (csv-parse), same operations as the typed API. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { encodeSjis } from '../../src/codec/sjis.js';
import { readCorrections, readCorrectionsCsv, readCorrectionsJson } from '../../src/resubmit/corrections-file.js';
import { readBytes } from '../helpers/files.js';
import { CORRECTIONS_CSV, CORRECTIONS_JSON, SN } from './helpers.js';
import { messageOf } from '../../src/diagnostics/index.js';

const strip = <T extends { at?: string }>(xs: readonly T[]) => xs.map(({ at: _a, ...rest }) => rest);

describe('corrections file (JSON)', () => {
  it('reads the example into operations, in order, with where each came from', () => {
    const r = readCorrectionsJson(readFileSync(CORRECTIONS_JSON, 'utf8'));
    expect(r.ok).toBe(true);
    expect(r.corrections.map((c) => [c.op, 'searchNumber' in c.receipt ? c.receipt.searchNumber : '?'])).toEqual([
      ['set', SN.hen1],
      ['set', SN.hen1],
      ['insert', SN.hen2],
      ['insert', SN.hen2],
      ['set', SN.hen3],
      ['set', SN.sah1],
      ['set', SN.sah1],
      ['set', SN.sah1],
      ['set', SN.sah1],
      ['insert', SN.sah2],
      ['drop', SN.sah3],
    ]);
    expect(r.corrections[0]!.at).toBe('receipts[0].operations[0]');
    expect(r.corrections[10]).toMatchObject({ op: 'drop', reason: '取下げ依頼による返戻のため再請求しない', at: 'receipts[5].drop' });
  });

  it('puts receipt-level payer first (split parts inherit it) and drop last; parts per operation', () => {
    const r = readCorrectionsJson({
      receipts: [{ searchNumber: '1', payer: '2', drop: true, operations: [{ op: 'split' }, { op: 'delete', part: 2, record: 'KO' }] }],
    });
    expect(strip(r.corrections)).toEqual([
      { op: 'payer', receipt: { searchNumber: '1' }, payer: '2' },
      { op: 'split', receipt: { searchNumber: '1' } },
      { op: 'delete', receipt: { searchNumber: '1', part: 2 }, record: 'KO' },
      { op: 'drop', receipt: { searchNumber: '1' } },
    ]);
  });

  it('refuses a search number written as a JSON number (17–30 digits lose precision)', () => {
    const r = readCorrectionsJson(`{"receipts":[{"searchNumber":2024121300512347000000101,"operations":[]}]}`);
    expect(r.ok).toBe(false);
    expect(r.corrections).toEqual([]);
    expect(r.diagnostics[0]!.code).toBe('resubmit/corrections-schema');
    expect(messageOf(r.diagnostics[0]!)).toContain('receipts[0].searchNumber');
    expect(messageOf(r.diagnostics[0]!)).toContain('文字列');
  });

  it('reports bad JSON and bad shapes as diagnostics, never throws', () => {
    expect(readCorrectionsJson('{').diagnostics[0]!.code).toBe('resubmit/corrections-json');
    for (const bad of [null, 1, [], { receipts: [{}] }, { receipts: [{ searchNumber: '1', position: 1 }] }, { receipts: [{ searchNumber: '1', operations: [{ op: 'nope' }] }] }, { receipts: [], extra: 1 }]) {
      const r = readCorrectionsJson(bad);
      expect(r.ok).toBe(false);
      expect(r.diagnostics.length).toBeGreaterThan(0);
    }
  });
});

describe('corrections file (CSV)', () => {
  it('the CSV example says the same as the JSON example', () => {
    const j = readCorrectionsJson(readFileSync(CORRECTIONS_JSON, 'utf8'));
    const c = readCorrectionsCsv(readBytes(CORRECTIONS_CSV));
    expect(c.diagnostics).toEqual([]);
    // Same operations (the insert values are given as text in CSV, as objects/lists in JSON).
    expect(c.corrections.map((x) => [x.op, JSON.stringify(x.receipt)])).toEqual(j.corrections.map((x) => [x.op, JSON.stringify(x.receipt)]));
  });

  it('reads Shift_JIS (as Excel saves it), UTF-8 with BOM, and English column names', () => {
    const text = '検索番号,操作,レコード,項目,値\r\n2024121300512347000000101,修正,HO,診療実日数,3\r\n';
    const sj = encodeSjis(text, 'lenient');
    if (!sj.ok) throw new Error('encode');
    const bom = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(text)]);
    const en = 'searchNumber,op,record,field,value\n2024121300512347000000101,set,HO,診療実日数,3\n';
    for (const input of [sj.bytes, bom, en, text, readCorrections('x.csv', sj.bytes).ok ? sj.bytes : '']) {
      const r = readCorrectionsCsv(input);
      expect(r.diagnostics).toEqual([]);
      expect(strip(r.corrections)).toEqual([{ op: 'set', receipt: { searchNumber: SN.hen1 }, record: { id: 'HO' }, field: '診療実日数', value: '3' }]);
    }
  });

  it('reads match conditions, occurrence, part, position, anchors and comments', () => {
    const csv = [
      '# コメント行',
      '検索番号,位置,ファイル,分割,操作,レコード,出現,条件,項目,値,現在値,挿入位置',
      ',2,1,,修正,SI,,診療行為コード=160084650;点数=48,点数,50,48,',
      `${SN.hen2},,,2,削除,SI,2,,,,,`,
      `${SN.hen2},,,,追加,SI,1,,,"CO,,2,810000001,テスト",,前`,
      `${SN.hen2},,,,請求先,,,,,2,,`,
      `${SN.hen2},,,,分割,,,,,,,`,
    ].join('\n');
    const r = readCorrectionsCsv(csv);
    expect(r.diagnostics).toEqual([]);
    expect(strip(r.corrections)).toEqual([
      { op: 'set', receipt: { position: 2, file: 1 }, record: { id: 'SI', match: { 診療行為コード: '160084650', 点数: '48' } }, field: '点数', value: '50', expect: '48' },
      { op: 'delete', receipt: { searchNumber: SN.hen2, part: 2 }, record: { id: 'SI', occurrence: 2 } },
      { op: 'insert', receipt: { searchNumber: SN.hen2 }, record: 'CO', values: 'CO,,2,810000001,テスト', before: { id: 'SI', occurrence: 1 } },
      { op: 'payer', receipt: { searchNumber: SN.hen2 }, payer: '2' },
      { op: 'split', receipt: { searchNumber: SN.hen2 } },
    ]);
  });

  it('reports bad rows (and returns no operation at all)', () => {
    const csv = [
      '検索番号,操作,レコード,項目,値,謎の列',
      '2.02412E+24,修正,HO,診療実日数,3,',
      `${SN.hen1},消去,HO,,,`,
      `,修正,HO,診療実日数,3,`,
      `${SN.hen1},修正,,診療実日数,3,`,
      `${SN.hen1},請求先,,,3,`,
      `${SN.hen1},追加,,,xx,`,
      `${SN.hen1},修正,HO,診療実日数,3,`,
    ].join('\n');
    const r = readCorrectionsCsv(csv);
    expect(r.ok).toBe(false);
    expect(r.corrections).toEqual([]);
    expect(r.diagnostics.map((d) => d.params.row)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(readCorrectionsCsv('"unterminated\n').diagnostics[0]!.code).toBe('resubmit/corrections-csv');
  });
});
