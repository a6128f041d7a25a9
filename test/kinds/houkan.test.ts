/**
 * 訪問看護 (RECEIPTH.UKE / RECEIPTH.HEN): the fixtures validated by the kind's own rules, the rules that read the
 * kind's structure table (SN / JD per payer, KA date order, JD days, 合計金額) on the fixtures and as properties of
 * generated files, and resubmission invariants over any choice of returned receipts.
 */
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { messageOf } from '../../src/diagnostics/index.js';
import { parse } from '../../src/model/parse.js';
import type { Correction } from '../../src/resubmit/corrections.js';
import { reasons } from '../../src/resubmit/reasons.js';
import { resubmit } from '../../src/resubmit/resubmit.js';
import { HOUKAN } from '../../src/spec/houkan/index.js';
import { generateClaimFile } from '../../src/testing/files.js';
import { validate } from '../../src/validate/index.js';
import { bytesEqual, readBytes, ROOT, sjisFile } from '../helpers/files.js';

const UKE = readBytes(join(ROOT, 'fixtures/houkan/RECEIPTH.UKE'));
const HEN = readBytes(join(ROOT, 'fixtures/houkan/RECEIPTH.HEN'));
const textLines = (b: Uint8Array): string[] => new TextDecoder('shift_jis').decode(b.subarray(0, -3)).split('\r\n'); // without the final CR LF and EOF
const findings = (lines: readonly string[]) => validate(parse(sjisFile(lines))).filter((d) => d.severity !== 'info');
const codes = (lines: readonly string[]) => [...new Set(findings(lines).map((d) => d.code))].sort();

describe('訪問看護 fixtures by the kind’s own rules', () => {
  it('RECEIPTH.UKE is clean: no error, no warning', () => {
    expect(findings(textLines(UKE)).map((d) => `${d.code} L${d.line} ${messageOf(d, 'en')}`)).toEqual([]);
  });

  it('RECEIPTH.HEN: the one warning is receipt 1’s own return reason (6114 未就学者 for a 6-year-old, L3129)', () => {
    const ds = validate(parse(HEN, { fileName: 'RECEIPTH.HEN' })).filter((d) => d.severity !== 'info');
    expect(ds.map((d) => [d.code, d.severity, d.line])).toEqual([['cross/age-type', 'warning', 2]]);
  });

  it('the return reasons of RECEIPTH.HEN, with the 訪問看護 別表4 meaning of each レセプト種別', () => {
    const rows = reasons(parse(HEN, { fileName: 'RECEIPTH.HEN' }));
    expect(rows.map((r) => [r.position, r.code, r.category, r.receiptType, r.receiptTypeMeaning])).toEqual([
      [1, 'L3129', '1', '6114', '訪問看護・医保単独/国保単独・未就学者'],
      [2, 'L1101', '1', '6112', '訪問看護・医保単独/国保単独・本人/世帯主'],
      [3, 'L2201', '1', '6122', '訪問看護・医保/国保と１種の公費併用・本人/世帯主'],
    ]);
  });

  // Each edit of the UKE fixture and the finding it must draw: the validation is not silent on 訪問看護.
  const lines = textLines(UKE);
  const at = (prefix: string, n = 1): number => {
    let seen = 0;
    const i = lines.findIndex((l) => l.startsWith(prefix) && ++seen === n);
    if (i < 0) throw new Error(prefix);
    return i;
  };
  const edit = (i: number, f: (l: string) => string): string[] => lines.map((l, k) => (k === i ? f(l) : l));
  const without = (i: number): string[] => lines.filter((_, k) => k !== i);
  const EDITS: readonly [string, () => string[], string][] = [
    ['an HO on the 公費単独 receipt (6212)', () => edit(at('RE,5,'), (l) => l.replace(',6212,', ',6112,')), 'structure/insurer-records'],
    ['no IH (必須)', () => without(at('IH,')), 'structure/required-records'],
    ['no KA in receipt 5 (必須)', () => lines.filter((l, k) => !(k > at('RE,5,') && l.startsWith('KA,'))), 'structure/required-records'],
    ['two RJ (複数不可)', () => [...lines.slice(0, at('RJ,') + 1), lines[at('RJ,')]!, ...lines.slice(at('RJ,') + 1)], 'structure/single-records'],
    ['KA before RJ', () => { const i = at('KA,'); const j = at('RJ,'); const ls = [...lines]; [ls[i], ls[j]] = [ls[j]!, ls[i]!]; return ls; }, 'structure/record-order'],
    ['KA dates out of order', () => { const i = at('KA,20250603'); const j = at('KA,20250624'); const ls = [...lines]; [ls[i], ls[j]] = [ls[j]!, ls[i]!]; return ls; }, 'structure/date-order'],
    ['負担区分 5 (公費①) on a 医保単独 receipt', () => edit(at('KA,'), (l) => l.replace(/^KA,(\d+),1,/, 'KA,$1,5,')), 'cross/burden-payers'],
    ['SN for the 難病 (54) 公費', () => edit(at('SN,1,01,,,,00'), (l) => l) .flatMap((l, k) => (k === at('SN,1,01,,,,00') ? [l, 'SN,2,01,,,,,,'] : [l])), 'structure/payer-records'],
    ['JD out of 負担者種別 order', () => { const i = at('JD,1', 4); const ls = [...lines]; [ls[i], ls[i + 1]] = [ls[i + 1]!, ls[i]!]; return ls; }, 'structure/payer-records'],
    ['a JD day without a KA', () => edit(at('JD,'), (l) => l.replace(/^JD,1,/, 'JD,1,1,')), 'structure/visit-days'],
    ['a JD for the second payer missing', () => without(at('JD,2,', 1)), 'structure/jd-payers'],
    ['未コード化傷病名 without its name', () => edit(at('SY,0000999'), (l) => l.replace(/^SY,0000999,,[^,]*,/, 'SY,0000999,,,')), 'record/uncoded-disease'],
    ['a 別表 code that does not exist (KA 職種等 99)', () => edit(at('KA,'), (l) => l.replace(',03,01,01', ',99,01,01')), 'code/unknown'],
    ['HO 合計金額 off by one', () => edit(at('HO,'), (l) => l.replace(',45390,', ',45391,')), 'cross/payer-amounts'],
    ['SN 確認区分 02 in a first claim (網掛け)', () => edit(at('SN,1,01,,,,01'), (l) => l.replace(/^SN,1,01,/, 'SN,1,02,')), 'code/first-claim'],
    ['JD 受診等区分 9 in a first claim (網掛け)', () => edit(at('JD,'), (l) => l.replace(/^JD,1,,,1,/, 'JD,1,,,9,')), 'code/first-claim'],
    ['MF 窓口負担額区分 03 (網掛け, never)', () => edit(at('MF,'), (l) => l.replace(/^MF,00,/, 'MF,03,')), 'code/first-claim'],
    ['a GI (当分の間、記録を省略する)', () => lines.flatMap((l, k) => (k === at('MF,') ? [l, 'GI,20250601,01,,,,,'] : [l])), 'structure/suspended-records'],
    ['the 割合 加算 at 0 moved above its base', () => { const i = at('KA,20250609,5,510002370'); const ls = [...lines]; [ls[i - 1], ls[i]] = [ls[i]!, ls[i - 1]!]; return ls; }, 'structure/addition-below-base'],
    ['GO with a field', () => edit(lines.length - 1, () => 'GO,5,268110,99'), 'field/count'],
  ];
  for (const [what, make, code] of EDITS) {
    it(`${what} → ${code}`, () => {
      const got = make();
      expect(got).not.toEqual(lines);
      expect(codes(got)).toContain(code);
    });
  }
});

describe('訪問看護 properties', () => {
  const gen = fc.record({ seed: fc.integer(), receipts: fc.integer({ min: 1, max: 4 }) }).map(({ seed, receipts }) => textLines(generateClaimFile({ claimKind: 'houkan', seed, receipts })));

  it('KA in any order: structure/date-order is reported exactly when a receipt’s 算定年月日 descend somewhere', () => {
    fc.assert(
      fc.property(gen, fc.integer(), (ls, salt) => {
        const first = ls.findIndex((l) => l.startsWith('KA,'));
        let end = first;
        while (ls[end + 1]?.startsWith('KA,')) end++;
        const ka = ls.slice(first, end + 1);
        const shuffled = fc.sample(fc.shuffledSubarray(ka, { minLength: ka.length, maxLength: ka.length }), { seed: salt, numRuns: 1 })[0]!;
        const out = [...ls.slice(0, first), ...shuffled, ...ls.slice(end + 1)];
        const dates = shuffled.map((l) => l.split(',')[1]!);
        const descends = dates.some((d, i) => i > 0 && d < dates[i - 1]!);
        expect(codes(out).includes('structure/date-order')).toBe(descends);
      }),
      { numRuns: 30 },
    );
  });

  it('HO / KO 合計金額 changed by d: cross/payer-amounts (a warning, [INF]) exactly when d ≠ 0', () => {
    fc.assert(
      fc.property(gen, fc.integer({ min: -3000, max: 3000 }), (ls, d) => {
        const i = ls.findIndex((l) => l.startsWith('HO,') || l.startsWith('KO,'));
        const f = ls[i]!.split(',');
        const pos = f[0] === 'HO' ? 5 : 5; // 合計金額: HO field 6, KO field 6
        f[pos] = String(Number(f[pos]) + d);
        const out = ls.map((l, k) => (k === i ? f.join(',') : l));
        const ds = findings(out).filter((x) => x.code === 'cross/payer-amounts');
        expect(ds.length > 0).toBe(d !== 0);
        expect(ds.every((x) => x.severity === 'warning')).toBe(true);
      }),
      { numRuns: 40 },
    );
  });

  it('a JD day flipped: structure/visit-days is reported (a visit day unmarked, or a day without a KA marked)', () => {
    fc.assert(
      fc.property(gen, fc.integer({ min: 1, max: 31 }), (ls, day) => {
        const i = ls.findIndex((l) => l.startsWith('JD,'));
        const f = ls[i]!.split(',');
        f[day + 1] = f[day + 1] === '' ? '1' : '';
        expect(codes(ls.map((l, k) => (k === i ? f.join(',') : l)))).toContain('structure/visit-days');
      }),
      { numRuns: 40 },
    );
  });

  it('resubmitting any non-empty choice of the HEN’s receipts: numbered 1…n in order, 検索番号 and history kept byte for byte, HM + GO', () => {
    const hen = parse(HEN, { fileName: 'RECEIPTH.HEN' });
    const sns = hen.receipts.map((r) => r.searchNumber);
    fc.assert(
      fc.property(fc.subarray(sns, { minLength: 1 }), (keep) => {
        const drops: Correction[] = sns.filter((s) => !keep.includes(s)).map((s) => ({ op: 'drop', receipt: { searchNumber: s } }));
        const r = resubmit({ returns: [hen], corrections: drops, billingMonth: '202508', facility: { name: 'あおば訪問看護ステーション' } });
        expect(r.written).toBe(true);
        expect(r.outputs.length).toBe(1);
        const out = parse(r.outputs[0]!.bytes!);
        expect([out.header?.id, out.trailer?.id, out.trailer?.values().length]).toEqual(['HM', 'GO', 1]);
        expect(out.receipts.map((x) => x.re.get('receiptNumber'))).toEqual(keep.map((_, i) => String(i + 1)));
        expect(out.receipts.map((x) => x.searchNumber)).toEqual(keep);
        for (const x of out.receipts) {
          const src = hen.receipts.find((h) => h.searchNumber === x.searchNumber)!;
          expect(bytesEqual(x.historyBytes(), src.historyBytes())).toBe(true);
          expect(x.reasons.length + x.claim.filter((c) => c.id === 'HR').length).toBe(0);
        }
      }),
      { numRuns: 15 },
    );
  });

  it('the descriptor says what the rules read (a later correction is a table edit)', () => {
    expect(HOUKAN.structure.payerRecords?.map((p) => [p.id, p.publicPrefixes ?? []])).toEqual([['SN', ['12']], ['JD', []]]);
    expect(HOUKAN.structure.payerAmounts?.confidence).toBe('INF');
    expect(HOUKAN.totals).toBe('none');
  });
});
