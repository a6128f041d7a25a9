/**
 * receden/testing's generators: files of every claim kind and file kind validate with no error by receden's own
 * rules, for any receipt count, payer mix, 返戻区分, history depth and date layout, and come with their model; each
 * corruption is reported by receden with exactly its code, severity and position, and no other error.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { messageOf } from '../../src/diagnostics/index.js';
import { serialize } from '../../src/model/serialize.js';
import { RULES, validate } from '../../src/validate/index.js';
import { payerOfInsurer } from '../../src/resubmit/corrections.js';
import { corruptionArbitrary, fileArbitrary, recordArbitrary } from '../../src/testing.js';
import { CORRUPTIBLE_RULES, corrupt, type CorruptedFile } from '../../src/testing/corrupt.js';
import { GENERATED_KINDS, PAYER_MIXES, payerOfMix } from '../../src/testing/files.js';
import { generateFile, RETURN_KINDS, returnFileKinds, searchNumberMax, type GeneratedFile } from '../../src/testing/returns.js';
import { KINDS } from '../../src/spec/kinds.js';
import { parse } from '../../src/model/parse.js';
import { bytesEqual } from '../helpers/files.js';

const errors = (g: { file: GeneratedFile['file'] }, preset?: 'resubmission') => validate(g.file, preset ? { preset } : {}).filter((d) => d.severity === 'error').map((d) => `${d.code} L${d.line} ${messageOf(d, 'en')}`);

describe('whole-file arbitraries', () => {
  it('claims of every kind, payer and mix, 西暦 or 和暦: no error, the model of the bytes', () => {
    const arb = fileArbitrary<fc.Arbitrary<GeneratedFile>>(fc, { claimKind: [...GENERATED_KINDS], payer: ['1', '2'], mixes: [...PAYER_MIXES], dates: ['seireki', 'wareki'] });
    fc.assert(
      fc.property(arb, (g) => {
        expect(errors(g)).toEqual([]);
        expect(g.file.kind).toBe('UKE');
        expect(g.file.claimKind).toBe(g.claimKind);
        expect(bytesEqual(serialize(g.file), g.bytes)).toBe(true);
        if (g.dates === 'wareki') expect(g.file.edition).not.toBe(undefined);
        // One 審査支払機関 per file: every HO of the payer the header names.
        const payer = g.file.header?.get('payer');
        for (const r of g.file.receipts) for (const ho of r.claim.filter((x) => x.id === 'HO')) expect(payerOfInsurer(ho.get('insurerNumber') ?? '')).toBe(payer);
      }),
      { numRuns: 60, seed: 3 },
    );
  });

  it('returns (HEN, SAH where the kind has one) and re-claims of every kind with returns: no error, the model of the bytes, 返戻区分 and 検索番号 as asked, history of the asked depth where the kind keeps one', () => {
    const arb = fc
      .record({
        claimKind: fc.constantFrom(...RETURN_KINDS),
        fileKind: fc.constantFrom('HEN' as const, 'SAH' as const, 'UKE' as const),
        seed: fc.integer(),
        receipts: fc.integer({ min: 1, max: 4 }),
        payer: fc.constantFrom('1' as const, '2' as const),
        depth: fc.integer({ min: 1, max: 3 }),
        digits: fc.integer({ min: 17, max: 30 }),
        category: fc.integer({ min: 0, max: 5 }),
        dates: fc.constantFrom('seireki' as const, 'wareki' as const),
      })
      // 訪問看護 and 労災 have no online SAH; 訪問看護 no 和暦 edition; 労災's 電算処理受付番号 is at most 20.
      .filter((o) => o.fileKind === 'UKE' || returnFileKinds(o.claimKind).includes(o.fileKind))
      .map((o) => ({ ...o, digits: Math.min(o.digits, searchNumberMax(o.claimKind)), dates: KINDS[o.claimKind].editions.some((e) => e.dates === o.dates) ? o.dates : ('seireki' as const) }));
    fc.assert(
      fc.property(arb, (o) => {
        const ret = KINDS[o.claimKind].returns!;
        const returnCategory = o.fileKind === 'SAH' ? String(4 + o.category) : String(1 + (o.category % 3));
        const g = generateFile({ ...o, reclaim: o.fileKind === 'UKE', historyDepth: o.depth, searchNumberDigits: o.digits, returnCategory, mixes: PAYER_MIXES.filter((m) => !payerOfMix(m) || payerOfMix(m) === o.payer) });
        expect(errors(g, o.fileKind === 'UKE' ? 'resubmission' : undefined)).toEqual([]);
        expect([g.file.kind, g.file.claimKind]).toEqual([o.fileKind, o.claimKind]);
        expect(bytesEqual(serialize(g.file), g.bytes)).toBe(true);
        // Read as what it is from its content alone.
        expect([parse(g.bytes).kind, parse(g.bytes).claimKind]).toEqual([o.fileKind, o.claimKind]);
        expect([g.file.header?.id, g.file.trailer?.id]).toEqual(o.fileKind === 'UKE' ? [KINDS[o.claimKind].structure.header, KINDS[o.claimKind].structure.trailer] : [ret.header, ret.trailer]);
        for (const [i, r] of g.file.receipts.entries()) {
          expect(r.searchNumber).toBe(g.searchNumbers[i]);
          expect(r.searchNumber).toHaveLength(o.digits);
          expect(r.reasons.map((x) => x.get('returnCategory'))).toEqual(o.fileKind !== 'UKE' && ret.reasons ? [returnCategory] : []);
          if (!ret.history) {
            expect(r.history).toEqual([]);
            continue;
          }
          // The returned round once per claimed record (データ識別 1; 訪問看護 8), 11 for the earlier rounds.
          const claimed = r.claim.length;
          const ids = new Set(r.claim.map((x) => x.id));
          expect(r.history.filter((h) => h.prefix?.dataKind === (ret.historyDataKind ?? '1') && ids.has(h.id)).length).toBe(claimed);
          expect(r.history.filter((h) => h.prefix?.dataKind === '11').length).toBe(claimed * (o.depth - 1));
          expect(r.history.at(-1)!.id).toBe('RC');
        }
      }),
      { numRuns: 60, seed: 5 },
    );
  });

  it('fileArbitrary: returns and re-claims of every kind with returns (a SAH of 訪問看護 or 労災 drawn as its HEN): no error, the model of the bytes, 検索番号 carried', () => {
    const returns = fileArbitrary<fc.Arbitrary<GeneratedFile>>(fc, { claimKind: [...RETURN_KINDS], fileKind: ['HEN', 'SAH'], payer: ['1', '2'], mixes: [...PAYER_MIXES], dates: ['seireki', 'wareki'], receipts: { min: 1, max: 3 } });
    const reclaims = fileArbitrary<fc.Arbitrary<GeneratedFile>>(fc, { claimKind: [...RETURN_KINDS], fileKind: 'UKE', reclaim: true, payer: ['1', '2'], receipts: { min: 1, max: 3 } });
    fc.assert(
      fc.property(fc.oneof(returns, reclaims), (g) => {
        expect(errors(g, g.fileKind === 'UKE' ? 'resubmission' : undefined)).toEqual([]);
        expect(g.fileKind === 'UKE' || (returnFileKinds(g.claimKind as (typeof RETURN_KINDS)[number]) as readonly string[]).includes(g.fileKind)).toBe(true);
        expect([g.file.kind, g.file.claimKind]).toEqual([g.fileKind, g.claimKind]);
        expect(bytesEqual(serialize(g.file), g.bytes)).toBe(true);
        expect(g.file.receipts.map((r) => r.searchNumber)).toEqual(g.searchNumbers);
        expect(g.searchNumbers.every((x) => x.length >= 17)).toBe(true);
      }),
      { numRuns: 60, seed: 9 },
    );
  });

  it('refuses what it cannot write', () => {
    expect(() => generateFile({ fileKind: 'HEN', returnCategory: '5' })).toThrow(/返戻区分 5/);
    expect(() => generateFile({ claimKind: 'rosai', fileKind: 'SAH' })).toThrow(/no SAH generator/);
    // 訪問看護: returns from an insurer's 再審査 go back and are re-claimed on paper (手引き 別紙1): no online SAH.
    expect(() => generateFile({ claimKind: 'houkan', fileKind: 'SAH' })).toThrow(/no SAH generator for houkan \(its return files: RECEIPTH.HEN\)/);
    expect(() => generateFile({ claimKind: 'rosai', fileKind: 'HEN', searchNumberDigits: 21 })).toThrow(/17–20/);
    expect(() => generateFile({ claimKind: 'houkan', dates: 'wareki' })).toThrow(/和暦/);
    expect(() => generateFile({ payer: '1', mixes: ['kokuho'] })).toThrow(/one payer/);
    expect(() => generateFile({ fileKind: 'HEN', searchNumberDigits: 31 })).toThrow(/17–30/);
  });

  it('the record arbitraries keep their shape through the public typings', () => {
    fc.assert(fc.property(recordArbitrary<fc.Arbitrary<string[]>>(fc, 'SI'), (v) => v[0] === 'SI'), { numRuns: 5 });
  });
});

/** receden reports the corruption's code at its position and severity, and no other error. */
function check(c: CorruptedFile): void {
  const ds = validate(c.file, c.preset ? { preset: c.preset } : {});
  const x = c.expected;
  const at = ds.filter((d) => d.code === x.code && d.severity === x.severity && (x.line === undefined || d.line === x.line) && (x.field === undefined || d.field?.position === x.field));
  expect(at.length, `${c.rule}: ${JSON.stringify(x)} not in ${JSON.stringify(ds.map((d) => [d.code, d.severity, d.line, d.field?.position]))}`).toBeGreaterThan(0);
  expect(ds.filter((d) => d.severity === 'error' && d.code !== c.rule).map((d) => `${d.code} L${d.line}`), c.rule).toEqual([]);
}

describe('corruption arbitraries', () => {
  it('there is one for every rule of the rule table', () => {
    expect([...CORRUPTIBLE_RULES].sort()).toEqual(RULES.map((r) => r.id).sort());
  });

  it('every rule, several seeds and receipt counts: receden reports exactly that code at that position, and no other error', () => {
    for (const rule of CORRUPTIBLE_RULES) for (const [seed, receipts] of [[1, 1], [2, 2], [7, 3]] as const) check(corrupt(rule, { seed, receipts }));
  });

  it('property: any corruption of any rule', () => {
    fc.assert(fc.property(corruptionArbitrary<fc.Arbitrary<CorruptedFile>>(fc), (c) => check(c)), { numRuns: 80, seed: 11 });
  });
});
