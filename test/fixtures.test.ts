/**
 * Fixture tests: the receiptisan sample (fixtures/third-party, MIT), and our own HEN / SAH fixtures. Field
 * values are compared with an independent decoder (iconv-lite) so the lazy byte-level model is
 * checked against a plain decode-and-split of the same file.
 */
import iconv from 'iconv-lite';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from '../src/model/parse.js';
import { serialize } from '../src/model/serialize.js';
import type { ReceFile } from '../src/model/file.js';
import { bytesEqual, FIXTURES, readBytes, SAMPLE_UKE } from './helpers/files.js';

/** Every line of a file as decoded by iconv-lite and split on commas. */
function referenceLines(bytes: Uint8Array): string[][] {
  const text = iconv.decode(Buffer.from(bytes), 'Shift_JIS').replace(/\x1a$/, '');
  return text.split(/\r?\n/).filter((l, i, a) => !(i === a.length - 1 && l === '')).map((l) => l.split(','));
}

/** GO/HG totals recomputed independently: 件数 = HO? + #KO, 点数 = HO 合計点数 or the first KO's. */
function recount(file: ReceFile): { count: number; points: number } {
  let count = 0;
  let points = 0;
  for (const r of file.receipts) {
    const ho = r.claim.filter((x) => x.id === 'HO');
    const ko = r.claim.filter((x) => x.id === 'KO');
    count += ho.length + ko.length;
    points += Number((ho[0] ?? ko[0])?.get('totalPoints') ?? 0);
  }
  return { count, points };
}

function allRecords(f: ReceFile) {
  return [...f.lead, ...f.receipts.flatMap((r) => r.records), ...f.tail];
}

describe('receiptisan sample RECEIPTC_GAIRAI_SAMPLE.UKE', () => {
  const bytes = readBytes(SAMPLE_UKE);
  const file = parse(bytes, { fileName: 'RECEIPTC_GAIRAI_SAMPLE.UKE' });

  it('is a claim file with 75 receipts, IR header and GO trailer', () => {
    expect(file.kind).toBe('UKE');
    expect(file.receipts).toHaveLength(75);
    expect(file.header?.id).toBe('IR');
    expect(file.trailer?.id).toBe('GO');
    expect(file.receipts.every((r) => r.reasons.length === 0 && r.history.length === 0)).toBe(true);
  });

  it('reports only the missing EOF byte at the byte level (the sample ends with CRLF, no 0x1A)', () => {
    expect(file.diagnostics.map((d) => d.code)).toEqual(['eof/missing']);
  });

  it('has every field value as in the file', () => {
    const ref = referenceLines(bytes);
    const recs = allRecords(file);
    expect(recs).toHaveLength(ref.length);
    recs.forEach((r, i) => expect(r.values()).toEqual(ref[i]));
  });

  it('gives typed access by key, by 項目名 and by position', () => {
    const ir = file.header!;
    expect(ir.get('billingMonth')).toBe('202111');
    expect(ir.byName('請求年月')).toBe('202111');
    expect(ir.at(8)).toBe('202111');
    const re = file.receipts[0]!.re;
    expect(re.get('receiptNumber')).toBe('1');
    expect(re.get('receiptType')).toBe('1122');
    expect(re.byName('レセプト種別')).toBe('1122');
    expect(re.get('serviceMonth')).toBe('202110');
    expect(re.toObject().chartNumber).toBe('00697');
    expect(file.receipts.map((r) => r.re.get('receiptNumber'))).toEqual(Array.from({ length: 75 }, (_, i) => String(i + 1)));
  });

  it('has GO totals consistent with its receipts', () => {
    const go = file.trailer!;
    const { count, points } = recount(file);
    expect(go.get('totalCount')).toBe('140');
    expect(go.get('totalPoints')).toBe('86392');
    expect(count).toBe(140);
    expect(points).toBe(86392);
    expect(go.get('volume')).toBe('99');
  });

  it('round-trips byte for byte', () => {
    expect(bytesEqual(serialize(file), bytes)).toBe(true);
  });
});

describe.each([
  ['RECEIPTC.HEN', 'HEN', 3, 4, ['1', '2', '8'], { count: 4, points: 2024 }],
  ['RECEIPTC.SAH', 'SAH', 3, 3, ['1', '11', '12', '13', '14', '2', '3', '4', '8'], { count: 4, points: 1945 }],
] as const)('fixture %s', (name, kind, receipts, reasons, dataKinds, totals) => {
  const bytes = readBytes(join(FIXTURES, name));
  const file = parse(bytes, { fileName: name });

  it('is detected from content, also without its file name', () => {
    expect(file.kind).toBe(kind);
    expect(parse(bytes).kind).toBe(kind);
    expect(parse(bytes, { fileName: 'renamed.txt' }).kind).toBe(kind);
  });

  it('has HI header, HG trailer, receipts with reasons and history blocks', () => {
    expect(file.header?.id).toBe('HI');
    expect(file.trailer?.id).toBe('HG');
    expect(file.receipts).toHaveLength(receipts);
    expect(file.receipts.flatMap((r) => r.reasons).filter((r) => r.id === 'HR')).toHaveLength(reasons);
    for (const r of file.receipts) {
      expect(r.claim[0]!.id).toBe('RE');
      expect(r.claim.every((x) => !x.prefixed && x.id !== 'HR')).toBe(true);
      expect(r.reasons.every((x) => !x.prefixed && x.id === 'HR')).toBe(true);
      expect(r.history.length).toBeGreaterThan(0);
      expect(r.history.every((x) => x.prefixed)).toBe(true);
      const last = r.history[r.history.length - 1]!;
      expect(last.id).toBe('RC');
      expect(last.rawValues).toHaveLength(5);
      // 検索番号: RE = HR, a string of 17–30 digits
      expect(r.searchNumber).toMatch(/^\d{17,30}$/);
      for (const hr of r.reasons) expect(hr.get('searchNumber')).toBe(r.searchNumber);
    }
  });

  it('never starts a receipt at a prefixed RE', () => {
    const prefixedRe = file.receipts.flatMap((r) => r.history).filter((x) => x.id === 'RE');
    expect(prefixedRe.length).toBeGreaterThan(0);
  });

  it('uses the documented データ識別 values', () => {
    const kinds = new Set(file.receipts.flatMap((r) => r.history.map((h) => h.prefix!.dataKind)));
    expect([...kinds].sort()).toEqual([...dataKinds]);
  });

  it('has field values as in the file', () => {
    const ref = referenceLines(bytes);
    allRecords(file).forEach((r, i) => expect(r.rawValues).toEqual(ref[i]));
  });

  it('has HG totals consistent with its receipts', () => {
    expect(recount(file)).toEqual(totals);
    expect(file.trailer!.get('totalCount')).toBe(String(totals.count));
    expect(file.trailer!.get('totalPoints')).toBe(String(totals.points));
  });

  it('keeps the history block bytes exactly', () => {
    for (const r of file.receipts) {
      const hb = r.historyBytes();
      const start = r.history[0]!.offset;
      expect(bytesEqual(hb, bytes.subarray(start, start + hb.length))).toBe(true);
    }
  });

  it('round-trips byte for byte and ends with CRLF + EOF', () => {
    expect(bytesEqual(serialize(file), bytes)).toBe(true);
    expect([...bytes.subarray(-3)]).toEqual([0x0d, 0x0a, 0x1a]);
    expect(file.diagnostics.filter((d) => d.severity !== 'info')).toEqual([]);
  });
});

describe('a return file that starts with IR instead of HI', () => {
  it('is still a return, with an info diagnostic', () => {
    const hen = readBytes(join(FIXTURES, 'RECEIPTC.HEN'));
    const text = iconv.decode(Buffer.from(hen), 'Shift_JIS').replace(/^HI,1,202412,13,1,0512347,,00/, 'IR,1,13,1,0512347,,テスト医院,202412,00,');
    const f = parse(new Uint8Array(iconv.encode(text, 'Shift_JIS')));
    expect(f.kind).toBe('HEN');
    expect(f.header?.id).toBe('IR');
    expect(f.diagnostics.map((d) => d.code)).toContain('structure/ir-as-return-header');
  });
});

describe('date fields as ISO dates', () => {
  it('reads 西暦 and 和暦 dates through Rec.date', () => {
    const f = parse(readBytes(join(FIXTURES, 'RECEIPTC.HEN')));
    expect(f.receipts[0]!.re.date('serviceMonth')).toBe('2024-11');
    expect(f.receipts[0]!.re.date('birthDate')).toBe('1968-04-12');
    expect(f.header!.date('billingMonth')).toBe('2024-12');
    const old = parse(new TextEncoder().encode('IR,1,13,1,0000001,,,50311,00,\r\nRE,1,1112,50310,,1,3430412,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,\r\n'));
    expect(old.header!.date('billingMonth')).toBe('2021-11');
    expect(old.receipts[0]!.re.date('birthDate')).toBe('1968-04-12');
    expect(old.receipts[0]!.re.date('admissionDate')).toBeUndefined();
  });
});
