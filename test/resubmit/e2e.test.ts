/**
 * End to end: the committed HEN and SAH fixtures + fixtures/corrections.example.json + this month's
 * first claims → the 再請求 RECEIPTC.UKE per payer, compared byte for byte with the hand-checked
 * files in fixtures/expected/resubmit/ (see fixtures/expected/README.md for what was checked).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { messageOf } from '../../src/diagnostics/index.js';
import { lineBytes } from '../../src/codec/lines.js';
import { parse } from '../../src/model/parse.js';
import { serialize } from '../../src/model/serialize.js';
import { readCorrectionsCsv, readCorrectionsJson } from '../../src/resubmit/corrections-file.js';
import { diffFiles, renderAudit, renderDiff } from '../../src/resubmit/diff.js';
import { resubmit, type ResubmitResult } from '../../src/resubmit/resubmit.js';
import { computeTotals } from '../../src/model/totals.js';
import type { ReceFile } from '../../src/model/file.js';
import { bytesEqual, readBytes } from '../helpers/files.js';
import {
  BILLING_MONTH,
  CLAIMS_KOKUHO,
  CLAIMS_SHAHO,
  claimsBytes,
  CORRECTIONS_CSV,
  CORRECTIONS_JSON,
  EXPECTED,
  expectedBytes,
  expectedText,
  FACILITY,
  hen,
  HEN_PATH,
  sah,
  SAH_PATH,
  SN,
} from './helpers.js';

const OUT = join(EXPECTED, 'resubmit');

function run(corrections = readCorrectionsJson(readFileSync(CORRECTIONS_JSON, 'utf8')).corrections) {
  const returns = [hen(), sah()];
  const newClaims = [parse(expectedBytes(CLAIMS_SHAHO, claimsBytes('shaho'))), parse(expectedBytes(CLAIMS_KOKUHO, claimsBytes('kokuho')))];
  const result = resubmit({ returns, corrections, newClaims, billingMonth: BILLING_MONTH, facility: FACILITY });
  return { returns, newClaims, result };
}

describe('resubmit: HEN + SAH fixtures with the example corrections', () => {
  let returns: ReceFile[];
  let result: ResubmitResult;
  beforeAll(() => {
    ({ returns, result } = run());
  });

  it('succeeds: no error, both payers written', () => {
    const errors = result.diagnostics.filter((d) => d.severity === 'error');
    expect(errors.map((d) => `${d.code} ${messageOf(d)}`)).toEqual([]);
    expect(result.ok).toBe(true);
    expect(result.written).toBe(true);
    expect(result.outputs.map((o) => o.name)).toEqual(['shaho', 'kokuho']);
  });

  it('writes exactly the hand-checked expected files', () => {
    for (const o of result.outputs) {
      const path = join(OUT, o.name, 'RECEIPTC.UKE');
      expect(bytesEqual(o.bytes!, expectedBytes(path, o.bytes!)), path).toBe(true);
    }
  });

  it('says what happened to every receipt', () => {
    const r = result.receipts.map((d) => [d.source, d.searchNumber, d.part, d.status, d.payer, d.receiptNumber, d.reason?.code]);
    expect(r).toEqual([
      ['new-claims', '', 1, 'new-claim', '1', 1, undefined],
      ['new-claims', '', 1, 'new-claim', '2', 1, undefined],
      ['return', SN.hen1, 1, 'resubmitted', '1', 2, undefined],
      ['return', SN.hen2, 1, 'resubmitted', '1', 3, undefined],
      ['return', SN.hen3, 1, 'resubmitted', '1', 4, undefined],
      ['return', SN.sah1, 1, 'first-claim', '2', 2, 'resubmit/reason-payer-insurer'],
      ['return', SN.sah2, 1, 'resubmitted', '1', 5, undefined],
      ['return', SN.sah3, 1, 'dropped', undefined, undefined, 'resubmit/reason-dropped'],
    ]);
  });

  it('keeps every history line of a resubmitted receipt byte for byte', () => {
    const out = parse(result.outputs[0]!.bytes!);
    const bySn = new Map(out.receipts.map((r) => [r.searchNumber, r]));
    for (const f of returns) {
      for (const r of f.receipts) {
        const o = bySn.get(r.searchNumber);
        if (r.searchNumber === SN.sah1 || r.searchNumber === SN.sah3) {
          expect(o).toBeUndefined();
          continue;
        }
        expect(o, r.searchNumber).toBeDefined();
        expect(bytesEqual(o!.historyBytes(), r.historyBytes())).toBe(true);
        expect(o!.history.length).toBe(r.history.length);
      }
    }
  });

  it('writes untouched claim lines from their original bytes; only RE and edited lines differ', () => {
    const out = parse(result.outputs[0]!.bytes!);
    const bySn = new Map(out.receipts.map((r) => [r.searchNumber, r]));
    const edited = new Set([`${SN.hen1}/HO`, `${SN.hen3}/KO`]);
    for (const f of returns) {
      for (const r of f.receipts) {
        const o = bySn.get(r.searchNumber);
        if (!o) continue;
        const outLines = o.claim.map((x) => x.bytes);
        for (const rec of r.claim) {
          if (rec.id === 'RE' || edited.has(`${r.searchNumber}/${rec.id}`)) continue;
          expect(outLines.some((b) => bytesEqual(b, lineBytes(rec.table, rec.index))), `${r.searchNumber} line ${rec.line}`).toBe(true);
        }
      }
    }
  });

  it('sets RE: レセプト番号 renumbered, 検索番号 kept as a string, field 20 emptied', () => {
    const out = parse(result.outputs[0]!.bytes!);
    expect(out.receipts.map((r) => r.re.get('receiptNumber'))).toEqual(['1', '2', '3', '4', '5']);
    expect(out.receipts.map((r) => r.re.get('searchNumber'))).toEqual(['', SN.hen1, SN.hen2, SN.hen3, SN.sah2]);
    expect(out.receipts.every((r) => (r.re.get('specVersionInfo') ?? '') === '')).toBe(true);
    const kokuho = parse(result.outputs[1]!.bytes!);
    expect(kokuho.receipts.map((r) => [r.re.get('receiptNumber'), r.re.get('searchNumber'), r.history.length])).toEqual([
      ['1', '', 0],
      ['2', '', 0],
    ]);
  });

  it('recomputes GO (総件数 = HO? + KOs, 総合計点数 = 主保険)', () => {
    const [shaho, kokuho] = result.outputs;
    // shaho: new 1 (HO 127) + HEN1 (HO 374) + HEN2 (HO+KO, 1076) + HEN3 (KO only, 574) + SAH2 (HO+KO, 998)
    expect(shaho!.totals).toMatchObject({ totalCount: 1 + 1 + 2 + 1 + 2, totalPoints: 127 + 374 + 1076 + 574 + 998 });
    // kokuho: new 1 (HO 291) + SAH1 as a first claim (HO 439)
    expect(kokuho!.totals).toMatchObject({ totalCount: 2, totalPoints: 291 + 439 });
    for (const o of result.outputs) {
      const f = parse(o.bytes!);
      const t = computeTotals(f.receipts);
      expect(f.trailer?.get('totalCount')).toBe(String(t.totalCount));
      expect(f.trailer?.get('totalPoints')).toBe(String(t.totalPoints));
      expect(f.trailer?.get('volume')).toBe('99');
    }
  });

  it('is an ordinary RECEIPTC.UKE: IR from HI + facility, CRLF everywhere, EOF 0x1A, no HI/HG/unprefixed HR', () => {
    for (const o of result.outputs) {
      const b = o.bytes!;
      const f = parse(b);
      expect(f.kind).toBe('UKE');
      expect(f.header?.toObject()).toMatchObject({ recordId: 'IR', payer: o.payer, prefecture: '13', scoreTable: '1', facilityCode: '0512347', facilityName: FACILITY.name, billingMonth: BILLING_MONTH, volume: '00', phone: FACILITY.phone });
      expect(b[b.length - 1]).toBe(0x1a);
      expect(f.diagnostics.filter((d) => d.severity !== 'info')).toEqual([]);
      for (let i = 0; i < f.table.count; i++) expect(f.table.eol[i]).toBe(2);
      for (let i = 0; i < f.table.count; i++) {
        const rec = f.receipts.flatMap((r) => r.records).find((x) => x.index === i);
        if (rec && !rec.prefixed) expect(['HI', 'HG', 'HR']).not.toContain(rec.id);
      }
    }
  });

  it('never mutates its inputs', () => {
    expect(bytesEqual(serialize(returns[0]!), readBytes(HEN_PATH))).toBe(true);
    expect(bytesEqual(serialize(returns[1]!), readBytes(SAH_PATH))).toBe(true);
  });

  it('records the audit trail, readable (personal data masked) and as data', () => {
    const text = renderAudit(result.audit);
    expect(text).toBe(expectedText(join(OUT, 'audit.txt'), text));
    expect(text).not.toContain('４５６８');
    expect(text).toContain('(個人情報)');
    const hen1 = result.audit.find((a) => a.searchNumber === SN.hen1)!;
    expect(hen1.changes).toEqual([
      {
        kind: 'changed',
        record: 'HO',
        occurrence: 1,
        line: 3,
        fields: [
          { field: { key: 'insurerNumber', name: '保険者番号', position: 2 }, before: '06139876', after: '06139877', personal: false },
          { field: { key: 'cardNumber', name: '被保険者証（手帳）等の番号', position: 4 }, before: '４５６７', after: '４５６８', personal: true },
        ],
      },
    ]);
  });

  it('shows the return → resubmission diff (receden diff), history blocks identical', () => {
    const d = diffFiles(returns[0]!, parse(result.outputs[0]!.bytes!));
    const text = renderDiff(d);
    expect(text).toBe(expectedText(join(OUT, 'diff-hen-shaho.txt'), text));
    for (const r of d.receipts) if (r.before && r.after) expect(r.historyIdentical).toBe(true);
  });

  it('gives the same bytes from the CSV form of the corrections', () => {
    const csv = readCorrectionsCsv(readBytes(CORRECTIONS_CSV));
    expect(csv.diagnostics).toEqual([]);
    const { result: r2 } = run(csv.corrections);
    expect(r2.outputs.map((o) => o.name)).toEqual(['shaho', 'kokuho']);
    for (let i = 0; i < r2.outputs.length; i++) expect(bytesEqual(r2.outputs[i]!.bytes!, result.outputs[i]!.bytes!)).toBe(true);
  });
});
