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
import { generateFile, RETURN_KINDS, type GeneratedFile } from '../../src/testing/returns.js';
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

  it('returns (HEN, SAH) and re-claims of 医科, 歯科, 調剤 and DPC: no error, 返戻区分 and 検索番号 as asked, history of the asked depth', () => {
    const arb = fc.record({
      claimKind: fc.constantFrom(...RETURN_KINDS),
      fileKind: fc.constantFrom('HEN' as const, 'SAH' as const, 'UKE' as const),
      seed: fc.integer(),
      receipts: fc.integer({ min: 1, max: 4 }),
      payer: fc.constantFrom('1' as const, '2' as const),
      depth: fc.integer({ min: 1, max: 3 }),
      digits: fc.integer({ min: 17, max: 30 }),
      category: fc.integer({ min: 0, max: 5 }),
      dates: fc.constantFrom('seireki' as const, 'wareki' as const),
    });
    fc.assert(
      fc.property(arb, (o) => {
        const returnCategory = o.fileKind === 'SAH' ? String(4 + o.category) : String(1 + (o.category % 3));
        const g = generateFile({ ...o, reclaim: o.fileKind === 'UKE', historyDepth: o.depth, searchNumberDigits: o.digits, returnCategory, mixes: PAYER_MIXES.filter((m) => !payerOfMix(m) || payerOfMix(m) === o.payer) });
        expect(errors(g, o.fileKind === 'UKE' ? 'resubmission' : undefined)).toEqual([]);
        expect(g.file.kind).toBe(o.fileKind);
        for (const [i, r] of g.file.receipts.entries()) {
          expect(r.searchNumber).toBe(g.searchNumbers[i]);
          expect(r.searchNumber).toHaveLength(o.digits);
          if (o.fileKind !== 'UKE') expect(r.reasons.map((x) => x.get('returnCategory'))).toEqual([returnCategory]);
          // データ識別 1 once per claimed record, 11 for the earlier rounds.
          const claimed = r.claim.length;
          expect(r.history.filter((h) => h.prefix?.dataKind === '11').length).toBe(claimed * (o.depth - 1));
          expect(r.history.at(-1)!.id).toBe('RC');
        }
      }),
      { numRuns: 40, seed: 5 },
    );
  });

  it('refuses what it cannot write', () => {
    expect(() => generateFile({ fileKind: 'HEN', returnCategory: '5' })).toThrow(/返戻区分 5/);
    expect(() => generateFile({ claimKind: 'rosai', fileKind: 'SAH' })).toThrow(/no SAH generator/);
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
