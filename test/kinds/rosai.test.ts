/**
 * 労災 (RRECnn00.UKE / .UKS, RRECEC.HEN): valid by its own rules, its sums (AmountsDef) computed from the
 * 摘要 as the fixtures' hand-checked values, and never confused with 医科 (either way), whatever part of a
 * file is read.
 */
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeSjis } from '../../src/codec/sjis.js';
import { messageOf } from '../../src/diagnostics/index.js';
import { parse } from '../../src/model/parse.js';
import { amountTotals, receiptAmounts } from '../../src/model/totals.js';
import { KINDS } from '../../src/spec/kinds.js';
import { generateClaimFile } from '../../src/testing/files.js';
import { validate } from '../../src/validate/index.js';
import { readBytes, ROOT, sjisFile } from '../helpers/files.js';

const at = (p: string) => join(ROOT, p);
const linesOf = (p: string) => decodeSjis(readBytes(at(p)).subarray(0, -3)).split('\r\n');
/** Shift_JIS + CR+LF + EOF of lines. */
const enc = (lines: readonly string[]): Uint8Array => sjisFile(lines);
const A = KINDS.rosai.amounts!;

describe('労災 fixtures by their own rules', () => {
  for (const [name, preset] of [
    ['fixtures/rosai/RREC0100.UKE', 'claim'],
    ['fixtures/rosai/RREC0200.UKE', 'claim'],
    ['fixtures/rosai/RREC0100.UKS', 'resubmission'],
    ['fixtures/rosai/RRECEC.HEN', 'return'],
  ] as const) {
    it(`${name} (${preset}): no error, no warning`, () => {
      const ds = validate(parse(readBytes(at(name)), { fileName: name }), { preset });
      expect(ds.filter((d) => d.severity !== 'info').map((d) => `${d.code} L${d.line} ${messageOf(d, 'en')}`)).toEqual([]);
    });
  }

  it('a first claim carries no 電算処理受付番号 in the resubmission preset; a re-claim carries it', () => {
    const ds = validate(parse(readBytes(at('fixtures/rosai/RREC0100.UKE'))), { preset: 'resubmission' });
    expect(ds.filter((d) => d.code === 'resubmit/reception-number').map((d) => d.line)).toEqual([2, 16, 27]);
    expect(ds.filter((d) => d.code === 'resubmit/no-reclaims').map((d) => messageOf(d, 'en'))).toEqual([expect.stringContaining('電算処理受付番号')]);
    // In an ordinary claim the number marks a re-claimed receipt: none of the 医科 first-claim or 検索番号 rules fire.
    const uks = validate(parse(readBytes(at('fixtures/rosai/RREC0100.UKS'))));
    expect(uks.filter((d) => d.code === 'cross/search-number-omitted' || d.code === 'resubmit/search-number')).toEqual([]);
  });

  it('the sums computed from the 摘要 are the fixtures’ hand-checked RR and RS values (入院 with 食事, 入院外, 長期)', () => {
    for (const name of ['fixtures/rosai/RREC0100.UKE', 'fixtures/rosai/RREC0200.UKE']) {
      const f = parse(readBytes(at(name)));
      const price = Number(f.trailer!.get('pointUnitPrice' as never));
      for (const r of f.receipts) {
        const s = receiptAmounts(r.claim, A, price);
        const rr = s.record!;
        const got = [s.points, s.pointsAmount, s.yenAmount, s.inpatient ? s.mealCount : '', s.inpatient ? s.mealAmount : '', s.total].map(String);
        expect(got, `${name} receipt ${r.index + 1}`).toEqual(['totalPoints', 'pointsAmount', 'yenAmount', 'mealCount', 'mealAmount', 'totalAmount'].map((k) => rr.get(k as never) ?? ''));
      }
      const t = amountTotals(f.receipts, A);
      expect([String(t.amount), String(t.count)]).toEqual([f.trailer!.get('claimAmount' as never), f.trailer!.get('totalCount' as never)]);
    }
    // 山田 (入院): 【ハ】 17940 from two 97 lines, 26 meals; its 合計額 includes 【ハ】.
    const yamada = receiptAmounts(parse(readBytes(at('fixtures/rosai/RREC0100.UKE'))).receipts[2]!.claim, A, 1150);
    expect([yamada.inpatient, yamada.mealCount, yamada.mealAmount, yamada.total]).toEqual([true, 26, 17940, 480654 + 2000 + 17940]);
  });

  it('property: a changed RR sum is reported by cross/amounts exactly when it differs from the computed one', () => {
    const lines = linesOf('fixtures/rosai/RREC0100.UKE');
    const keys = ['totalPoints', 'pointsAmount', 'yenAmount', 'totalAmount'] as const;
    const pos = keys.map((k) => KINDS.rosai.records.RR!.fields.findIndex((f) => f.key === k));
    fc.assert(
      fc.property(fc.constantFrom(1, 15, 27), fc.integer({ min: 0, max: 3 }), fc.integer({ min: -3, max: 3 }), (rrAt, which, delta) => {
        const f = lines[rrAt + 1]!.split(',');
        const p = pos[which]!;
        const v = Number(f[p]) + delta;
        fc.pre(v >= 0);
        f[p] = String(v);
        const ls = [...lines];
        ls[rrAt + 1] = f.join(',');
        const found = validate(parse(enc(ls))).filter((d) => d.code === 'cross/amounts');
        if (delta === 0) expect(found).toEqual([]);
        else expect(found.length).toBeGreaterThan(0);
      }),
      { numRuns: 40 },
    );
  });

  it('property: IR 請求年月 — a receipt later than it is an error, a header later than every receipt a warning, the latest month nothing', () => {
    const lines = linesOf('fixtures/rosai/RREC0200.UKE');
    fc.assert(
      fc.property(fc.integer({ min: 202401, max: 202612 }).filter((m) => m % 100 >= 1 && m % 100 <= 12), (m) => {
        const ls = [...lines];
        ls[0] = ls[0]!.replace(',202504,', `,${m},`);
        const found = validate(parse(enc(ls))).filter((d) => d.code === 'cross/header-month');
        if (m === 202504) expect(found).toEqual([]);
        else if (m < 202504) expect(found.map((d) => d.severity)).toEqual(['error', 'error']);
        else expect(found.map((d) => [d.severity, d.line])).toEqual([['warning', 1]]);
      }),
      { numRuns: 30 },
    );
  });
});

describe('労災 dates: 西暦 from the 2020-05 請求 on (the kind’s seirekiFrom)', () => {
  const lines = linesOf('fixtures/rosai/RREC0200.UKE');
  // 中村's RR: 療養期間 in 和暦 (令和: era 5), 7 digits.
  const wareki = (ls: string[]) => ls.map((l) => (l.startsWith('RR,84,') ? l.replace(',20250401,20250430,', ',5070401,5070430,') : l));
  const findings = (ls: string[]) => validate(parse(enc(ls))).filter((d) => d.code === 'field/date-wareki');

  it('a 和暦 date in a file of a 西暦 請求 month is an error', () => {
    expect(findings(wareki(lines)).map((d) => [d.severity, d.line, d.field?.position])).toEqual([
      ['error', 3, 10],
      ['error', 3, 11],
    ]);
  });

  it('a file of the 和暦 edition (header month before 2020-05) may hold 和暦 dates; the switch month itself may not', () => {
    for (const [month, n] of [['202004', 0], ['50204', 0], ['202005', 2]] as const) {
      const ls = wareki(lines);
      ls[0] = ls[0]!.replace(',202504,', `,${month},`);
      expect(findings(ls).length, month).toBe(n);
    }
  });
});

describe('労災 and 医科 are never confused', () => {
  const ROSAI = ['fixtures/rosai/RREC0100.UKE', 'fixtures/rosai/RREC0200.UKE', 'fixtures/rosai/RREC0100.UKS', 'fixtures/rosai/RRECEC.HEN', 'fixtures/rosai/AREC0100.UKE'].map(linesOf);
  const IKA = ['fixtures/RECEIPTC.HEN', 'fixtures/RECEIPTC.SAH', 'fixtures/expected/input/claims-shaho.UKE'].map(linesOf);

  it('property: any run of whole receipts of a 労災 file (with or without its header and trailer) is 労災, whatever its name', () => {
    fc.assert(
      fc.property(fc.constantFrom(...ROSAI), fc.nat(), fc.nat(), fc.boolean(), fc.constantFrom('RECEIPTC.UKE', 'RECEIPTC.HEN', 'RREC0100.UKE', undefined), (lines, a, b, head, fileName) => {
        const starts = lines.map((l, i) => (l.startsWith('RE,') ? i : -1)).filter((i) => i >= 0);
        const from = starts[a % starts.length]!;
        const to = starts[Math.max(a % starts.length, b % starts.length)]!;
        const end = lines.slice(to + 1).findIndex((l) => l.startsWith('RE,') || l.startsWith('RS,') || l.startsWith('AS,'));
        const body = lines.slice(from, end < 0 ? lines.length : to + 1 + end);
        const ls = head && lines[0]!.startsWith('IR,') ? [lines[0]!, ...body, lines.at(-1)!] : body;
        expect(parse(enc(ls), { fileName }).claimKind).toBe('rosai');
      }),
      { numRuns: 60 },
    );
  });

  it('property: any run of whole receipts of a 医科 file is never 労災, even named RRECnn00.UKE', () => {
    fc.assert(
      fc.property(fc.constantFrom(...IKA), fc.nat(), fc.nat(), (lines, a, n) => {
        const starts = lines.map((l, i) => (l.startsWith('RE,') ? i : -1)).filter((i) => i >= 0);
        const from = starts[a % starts.length]!;
        // RE and at least the record after it (a lone RE is the same record in both kinds: the name may decide).
        const ls = lines.slice(from, from + 2 + (n % 60));
        for (const fileName of ['RREC0100.UKE', 'RRECEC.HEN', undefined]) expect(parse(enc(ls), { fileName }).claimKind).toBe('ika');
      }),
      { numRuns: 60 },
    );
  });

  it('generated 医科 files are 医科 under a 労災 name, and 労災 files forced to 医科 are full of 医科 findings', () => {
    for (const seed of [1, 2, 3]) expect(parse(generateClaimFile({ claimKind: 'ika', seed, receipts: 2 }), { fileName: 'RREC0100.UKE' }).claimKind).toBe('ika');
    const forced = validate(parse(readBytes(at('fixtures/rosai/RREC0100.UKE')), { claimKind: 'ika' }));
    expect(forced.some((d) => d.code === 'structure/foreign-record' || d.code === 'field/count')).toBe(true);
    expect(validate(parse(readBytes(at('fixtures/rosai/RREC0100.UKE')))).filter((d) => d.code === 'field/count' || d.code === 'structure/foreign-record')).toEqual([]);
  });
});

describe('労災 アフターケア (ARECnn00.UKE): a form of the kind', () => {
  const ac = linesOf('fixtures/rosai/AREC0100.UKE');
  const rr = linesOf('fixtures/rosai/RREC0100.UKE');
  const findings = (ls: string[]) => validate(parse(enc(ls))).filter((d) => d.severity !== 'info');

  it('is told from its AR / AS records (streamed alike), typed with the kind’s tables and clean by the form’s structure and sums', async () => {
    const f = parse(readBytes(at('fixtures/rosai/AREC0100.UKE')));
    expect([f.claimKind, f.form, f.kind, f.trailer?.id]).toEqual(['rosai', 'aftercare', 'UKE', 'AS']);
    expect(f.receipts.map((r) => r.claim.map((x) => x.id).join(' '))).toEqual(['RE AR RI RI', 'RE AR RI IY RI RI SJ SJ']);
    expect(findings(ac)).toEqual([]);
    const ordinary = parse(readBytes(at('fixtures/rosai/RREC0100.UKE')));
    expect(ordinary.form).toBeUndefined();
  });

  it('the アフターケア RE names four positions 予備 but is read with the 労災 RE: same positions, modes and widths', async () => {
    const { RE, RE_AC } = await import('../../src/spec/rosai/records/index.js');
    expect(RE_AC.fields.map((x) => [x.mode, x.maxBytes, x.format])).toEqual(RE.fields.map((x) => [x.mode, x.maxBytes, x.format]));
    const differ = RE.fields.flatMap((x, i) => (x.name !== RE_AC.fields[i]!.name ? [i + 1] : []));
    expect(differ).toEqual([9, 10, 20, 37]);
  });

  it('a stray record of the other file is reported, and does not turn the file', () => {
    const strayAr = [...rr.slice(0, 3), ac[2]!, ...rr.slice(3)];
    expect(parse(enc(strayAr)).form).toBeUndefined();
    expect(findings(strayAr).map((d) => [d.code, d.line, d.params.found])).toEqual([['structure/unexpected-record', 4, 'AR']]);
    const strayRr = [...ac.slice(0, 3), rr[2]!, ...ac.slice(3)];
    expect(parse(enc(strayRr)).form).toBe('aftercare');
    expect(findings(strayRr).map((d) => [d.code, d.line, d.params.found])).toEqual([['structure/unexpected-record', 4, 'RR']]);
    // Without its AR a receipt lacks the form's required record; without AS the file lacks its trailer.
    expect(findings(ac.filter((_, i) => i !== 2)).map((d) => d.code)).toContain('structure/required-records');
    expect(parse(enc(ac.slice(0, -1))).diagnostics.map((d) => [d.code, d.expected])).toContainEqual(['structure/no-trailer', 'AS']);
  });

  it('property: a changed AR / AS sum is reported by cross/amounts, as a warning (the AR / AS layouts are inferred)', () => {
    fc.assert(
      fc.property(fc.constantFrom(2, 6), fc.constantFrom(16, 17, 21), fc.integer({ min: 1, max: 50 }), (at, p, delta) => {
        const ls = [...ac];
        const f = ls[at]!.split(',');
        f[p] = String(Number(f[p]) + delta);
        ls[at] = f.join(',');
        const found = validate(parse(enc(ls))).filter((d) => d.code === 'cross/amounts');
        expect(found.length).toBeGreaterThan(0);
        expect(found.every((d) => d.severity === 'warning')).toBe(true);
      }),
      { numRuns: 20 },
    );
    const as = [...ac];
    as[13] = as[13]!.replace(',1150,3599,2,', ',1150,3599,3,');
    expect(validate(parse(enc(as))).filter((d) => d.code === 'cross/amounts').map((d) => [d.severity, d.params.what])).toEqual([['warning', 'count']]);
  });
});
