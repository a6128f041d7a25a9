/**
 * End to end per claim kind: the 歯科 and 調剤 HEN + SAH fixtures + their example corrections → the
 * 再請求 claim file of the kind per payer (歯科 RECEIPTS.UKE: UK, then IR per receipt; 調剤 RECEIPTY.CYO:
 * YK), compared byte for byte with the hand-checked files in fixtures/expected/<kind>/ (see
 * fixtures/expected/README.md for what was checked).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { messageOf } from '../../src/diagnostics/index.js';
import { parse } from '../../src/model/parse.js';
import { computeTotals } from '../../src/model/totals.js';
import { readCorrectionsJson } from '../../src/resubmit/corrections-file.js';
import { resubmit } from '../../src/resubmit/resubmit.js';
import { validate } from '../../src/validate/index.js';
import { KINDS } from '../../src/spec/kinds.js';
import type { ClaimKind } from '../../src/spec/types.js';
import { bytesEqual, readBytes, ROOT } from '../helpers/files.js';
import { expectedBytes } from './helpers.js';

interface KindCase {
  readonly kind: ClaimKind;
  readonly returns: readonly string[];
  /** The file kind of each return, as its content says. */
  readonly returnKinds: readonly ('HEN' | 'SAH')[];
  readonly billingMonth: string;
  readonly facility: { readonly name: string; readonly phone: string };
  readonly fileName: string;
  /** Per output: the header id, and the receipts' search numbers in order ('' = first claim). */
  readonly outputs: Readonly<Record<string, { readonly searchNumbers: readonly string[]; readonly totals: readonly [number, number] }>>;
}

const CASES: readonly KindCase[] = [
  {
    kind: 'shika',
    returns: ['fixtures/shika/RECEIPTC.HEN', 'fixtures/shika/RECEIPTC.SAH'],
    returnKinds: ['HEN', 'SAH'],
    billingMonth: '202508',
    facility: { name: 'さくら通り歯科クリニック', phone: '03-3981-2045' },
    fileName: 'RECEIPTS.UKE',
    outputs: {
      // HEN 1 (HO 1083) + HEN 2 (HO+KO 1614) + HEN 3 (KO 316) + SAH 2 (HO 1096)
      shaho: { searchNumbers: ['2025071330634512000000101', '2025071330634512000000102', '2025071330634512000000103', '2025051230634512000004472'], totals: [5, 1083 + 1614 + 316 + 1096] },
      // SAH 1, now 国保: a first claim (no 検索番号, no history)
      kokuho: { searchNumbers: [''], totals: [1, 169] },
    },
  },
  {
    kind: 'chozai',
    returns: ['fixtures/chozai/RECEIPTY.HEN', 'fixtures/chozai/RECEIPTY.SAH'],
    returnKinds: ['HEN', 'SAH'],
    billingMonth: '202501',
    facility: { name: 'みなと中央薬局', phone: '06-6570-1234' },
    fileName: 'RECEIPTY.CYO',
    outputs: {
      // HEN 1 (HO 234) + HEN 2 (HO+KO 294) + HEN 3 (KO 258) + SAH 2 (HO+KO 644)
      shaho: { searchNumbers: ['2024121300041234510000101', '2024121300041234510000102', '2024121300041234510000103', '2024101100041234510004418'], totals: [6, 234 + 294 + 258 + 644] },
      kokuho: { searchNumbers: [''], totals: [1, 342] },
    },
  },
  {
    kind: 'dpc',
    // 支払基金's HEN (two plain DPC receipts) and 国保連's HEN (a whole 総括 set: 総括レセプト, 総括対象DPC, 総括対象医科入院).
    returns: ['fixtures/dpc/RECEIPTC.HEN', 'fixtures/dpc/KOKUHO.HEN'],
    returnKinds: ['HEN', 'HEN'],
    billingMonth: '202501',
    facility: { name: '社会医療法人　青葉会　青葉台中央病院', phone: '03-5555-0142' },
    fileName: 'RECEIPTC.UKE',
    outputs: {
      // HEN 1 (HO 55676) + HEN 2 (HO+KO 36188)
      shaho: { searchNumbers: ['2024121300130417900000201', '2024121300130417900000202'], totals: [3, 55676 + 36188] },
      // the 総括 set, kept together and in order; GO counts its 総括レセプト only [INF]: 1 件, 89308
      kokuho: { searchNumbers: ['2024121310130417900000301', '2024121310130417900000302', '2024121310130417900000303'], totals: [1, 89308] },
    },
  },
];

for (const c of CASES) {
  describe(`resubmit ${c.kind}: HEN + SAH fixtures with the example corrections`, () => {
    const returns = c.returns.map((p) => parse(readBytes(join(ROOT, p)), { fileName: p }));
    const corrections = readCorrectionsJson(readFileSync(join(ROOT, 'fixtures/expected', c.kind, 'corrections.json'), 'utf8'));
    if (!corrections.ok) throw new Error(JSON.stringify(corrections));
    const result = resubmit({ returns, corrections: corrections.corrections, billingMonth: c.billingMonth, facility: c.facility });

    it('reads the returns as the kind, from their content', () => {
      expect(returns.map((f) => [f.claimKind, f.kind])).toEqual(c.returnKinds.map((k) => [c.kind, k]));
    });

    it('succeeds and writes one claim file of the kind per payer', () => {
      expect(result.diagnostics.filter((d) => d.severity === 'error').map((d) => `${d.code} ${messageOf(d)}`)).toEqual([]);
      expect(result.written).toBe(true);
      expect(result.outputs.map((o) => [o.name, o.claimKind, o.fileName])).toEqual(Object.keys(c.outputs).map((n) => [n, c.kind, c.fileName]));
    });

    it('writes exactly the hand-checked expected files', () => {
      for (const o of result.outputs) {
        const path = join(ROOT, 'fixtures/expected', c.kind, 'resubmit', o.name, o.fileName);
        expect(bytesEqual(o.bytes!, expectedBytes(path, o.bytes!)), path).toBe(true);
      }
    });

    it('frames the output with the kind’s claim header and GO, and no HI, HG or unprefixed HR', () => {
      for (const o of result.outputs) {
        const f = parse(o.bytes!);
        expect(f.claimKind).toBe(c.kind);
        expect(f.kind).toBe('UKE');
        expect(f.header?.id).toBe(KINDS[c.kind].structure.header);
        expect(f.header?.get('billingMonth')).toBe(c.billingMonth);
        expect(f.header?.get('payer')).toBe(o.payer);
        expect(f.header?.get('volume')).toBe('00');
        expect(f.trailer?.id).toBe('GO');
        const ids = f.receipts.flatMap((r) => [...r.claim, ...r.reasons].map((x) => x.id));
        expect(ids).not.toContain('HI');
        expect(ids).not.toContain('HG');
        expect(ids).not.toContain('HR');
        // 歯科: every receipt opens with its IR, which carries the output's payer and 請求年月.
        if (c.kind === 'shika') {
          for (const r of f.receipts) {
            expect(r.claim[0]!.id).toBe('IR');
            expect(r.claim[0]!.get('payer')).toBe(o.payer);
            expect(r.claim[0]!.get('billingMonth')).toBe(c.billingMonth);
            expect(r.claim[1]!.id).toBe('RE');
          }
        }
      }
    });

    it('renumbers レセプト番号, keeps 検索番号 for re-claims only, and recomputes GO', () => {
      for (const o of result.outputs) {
        const f = parse(o.bytes!);
        const want = c.outputs[o.name]!;
        expect(f.receipts.map((r) => r.re.get('receiptNumber'))).toEqual(want.searchNumbers.map((_, i) => String(i + 1)));
        expect(f.receipts.map((r) => r.re.get('searchNumber') ?? '')).toEqual(want.searchNumbers);
        expect(f.receipts.map((r) => r.history.length > 0)).toEqual(want.searchNumbers.map((s) => s !== ''));
        const t = computeTotals(f.receipts, KINDS[c.kind].structure);
        expect([t.totalCount, t.totalPoints]).toEqual(want.totals);
        expect(f.trailer?.get('totalCount')).toBe(String(want.totals[0]));
        expect(f.trailer?.get('totalPoints')).toBe(String(want.totals[1]));
      }
    });

    it('keeps every history line of a re-claimed receipt byte for byte', () => {
      const out = result.outputs.map((o) => parse(o.bytes!));
      const bySn = new Map(out.flatMap((f) => f.receipts).filter((r) => r.searchNumber).map((r) => [r.searchNumber, r]));
      let compared = 0;
      for (const f of returns) {
        for (const r of f.receipts) {
          const o = bySn.get(r.searchNumber);
          if (!o) continue;
          expect(bytesEqual(o.historyBytes(), r.historyBytes()), r.searchNumber).toBe(true);
          compared++;
        }
      }
      expect(compared).toBe(Object.values(c.outputs).flatMap((o) => o.searchNumbers.filter((s) => s !== '')).length);
    });

    it('the output validates with the kind’s own rules: no error', () => {
      for (const o of result.outputs) {
        const ds = validate(parse(o.bytes!), { preset: 'resubmission' });
        expect(ds.filter((d) => d.severity === 'error').map((d) => `${d.code} L${d.line} ${messageOf(d, 'en')}`)).toEqual([]);
      }
    });
  });
}

describe('resubmit dpc: a returned 総括 set', () => {
  const kokuho = parse(readBytes(join(ROOT, 'fixtures/dpc/KOKUHO.HEN')), { fileName: 'KOKUHO.HEN' });
  const facility = { name: '社会医療法人　青葉会　青葉台中央病院', phone: '03-5555-0142' };
  const HEAD = '2024121310130417900000301';
  /** A field of a DPC record by key (Receipt.re is typed with the 医科 RE). */
  const get = (rec: unknown, key: string): string | undefined => (rec as { get(k: string): string | undefined }).get(key);

  it('is re-claimed as a set: 総括レセプト first, its 明細 after it, 明細情報数 agreeing, GO counting the head only', () => {
    const r = resubmit({ returns: [kokuho], billingMonth: '202501', facility });
    expect(r.written).toBe(true);
    const f = parse(r.outputs[0]!.bytes!);
    expect(f.receipts.map((x) => get(x.re, 'summaryClass'))).toEqual(['1', '2', '3']);
    expect(get(f.receipts[0]!.re, 'detailCount')).toBe('2');
    expect([f.trailer?.get('totalCount'), f.trailer?.get('totalPoints')]).toEqual(['1', '89308']);
    expect(validate(f, { preset: 'resubmission' }).filter((d) => d.code.startsWith('structure/') || d.code === 'cross/totals')).toEqual([]);
  });

  it('withdrawing the 総括レセプト leaves its 明細 without a head: the output check says so (a warning, the grouping being [INF])', () => {
    const r = resubmit({ returns: [kokuho], corrections: [{ op: 'drop', receipt: { searchNumber: HEAD }, reason: 'test' }], billingMonth: '202501', facility });
    const found = r.diagnostics.filter((d) => d.code === 'structure/receipt-group');
    expect(found.map((d) => [d.severity, d.params.problem])).toEqual([['warning', 'orphan']]);
    // With the head gone, the 明細 count in GO as ordinary receipts do not: nothing is counted.
    const f = parse(r.outputs[0]!.bytes!);
    expect([f.trailer?.get('totalCount'), f.trailer?.get('totalPoints')]).toEqual(['0', '0']);
  });
});
