/**
 * DPC: the formats (signed 英数 amounts, decimals of fixed digits), the receipt kinds by レセプト総括区分 (their record sets,
 * 総括 groups and 明細情報数), GO totals that count a 総括 once, 入院 レセプト種別 only and 診療識別 93 — each through the
 * descriptor attributes read by generic rules. Files are cut from the hand-checked DPC fixture (test/validate/build-dpc.ts).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parse } from '../../src/model/parse.js';
import { computeTotals } from '../../src/model/totals.js';
import { DPC } from '../../src/spec/docs.js';
import type { FieldDef, RecordDef } from '../../src/spec/types.js';
import { valueArbitrary } from '../../src/testing/arbitraries.js';
import { checkFieldValue } from '../../src/validate/index.js';
import { sjisFile } from '../helpers/files.js';
import { run } from '../validate/build.js';
import { DPC_RECEIPTS, dpcFile, setField } from '../validate/build-dpc.js';

const DPC_PARSE = { claimKind: 'dpc' } as const;
const def = (id: string): RecordDef => DPC.records[id]!;
const pos = (id: string, key: string): number => def(id).fields.findIndex((f) => f.key === key) + 1;
const check = (id: string, key: string, value: string) => checkFieldValue(def(id), pos(id, key), value).filter((d) => d.code === 'field/number-format').map((d) => d.params.problem);
const edit = (r: number, id: string, key: string, value: string, nth = 0): string[] => {
  let seen = -1;
  return DPC_RECEIPTS[r]!.map((l) => (l.startsWith(`${id},`) && ++seen === nth ? setField(l, pos(id, key), value) : l));
};

describe('DPC number formats (FieldDef.number, field/number-format)', () => {
  const withNumber: [string, FieldDef][] = Object.values(DPC.records).flatMap((d) => d.fields.filter((f) => f.number).map((f): [string, FieldDef] => [d.id, f]));

  it('the tables mark the signed amounts and the fixed-digit decimals of kinds-chozai-dpc.md §3.5', () => {
    expect(withNumber.map(([id, f]) => `${id}.${f.key}:${JSON.stringify(f.number)}`).sort()).toEqual(
      [
        'CD.quantity:{"intDigits":5,"fracDigits":5}',
        'GA.facilityCoefficient:{"intDigits":1,"fracDigits":4,"trailingZeros":true}',
        'GT.adjustmentPoints:{"signed":true}',
        'GT.monthTotalPoints:{"signed":true}',
        'KK.burnIndex:{"intDigits":3,"fracDigits":1,"trailingZeros":true}',
      ].sort(),
    );
  });

  it('property: every generated value of such a field passes every field rule (the generators read the format)', () => {
    for (const [id, f] of withNumber) {
      fc.assert(
        fc.property(valueArbitrary(fc, f), (v) => {
          expect(checkFieldValue(def(id), pos(id, f.key), v).filter((d) => d.severity !== 'info').map((d) => `${d.code} ${v}`)).toEqual([]);
        }),
        { numRuns: 60, seed: 11 },
      );
    }
  });

  it('property: a signed amount is any integer with an optional leading “-” within the width; “-0” and a sign elsewhere are reported', () => {
    fc.assert(
      fc.property(fc.integer({ min: -999999, max: 9999999 }), (n) => {
        expect(check('GT', 'adjustmentPoints', String(n))).toEqual([]);
        expect(check('GT', 'monthTotalPoints', String(n))).toEqual([]);
        // The same value in an unsigned field of the same mode: a sign there is wrong.
        if (n < 0) expect(check('CD', 'quantity', String(n))).toEqual(['sign']);
      }),
      { numRuns: 200, seed: 3 },
    );
    expect(check('GT', 'adjustmentPoints', '-0')).toEqual(['negative-zero']);
    expect(check('GT', 'adjustmentPoints', '-000')).toEqual(['negative-zero']);
    // "-" + 7 digits does not fit 英数 7: the width rule's, not the format's.
    expect(checkFieldValue(def('GT'), pos('GT', 'adjustmentPoints'), '-1000000').map((d) => d.code)).toEqual(['field/max-bytes']);
  });

  it('property: a decimal is reported exactly when it has more integer or fraction digits than its format', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 3 }), fc.integer({ min: 0, max: 4 }), fc.integer({ min: 1, max: 9 }), (i, f, last) => {
        // GA 医療機関別係数 9.9999 in 英数 6 (values that fit the width only).
        if (i + (f > 0 ? f + 1 : 0) > 6) return;
        const v = `${'1'.repeat(i)}${f > 0 ? '.' + '0'.repeat(f - 1) + String(last) : ''}`;
        const want = i > 1 ? ['int-digits'] : f > 4 ? ['frac-digits'] : [];
        expect(check('GA', 'facilityCoefficient', v)).toEqual(want);
      }),
      { numRuns: 100, seed: 5 },
    );
    expect(check('KK', 'burnIndex', '12.5')).toEqual([]);
    expect(check('KK', 'burnIndex', '1.25')).toEqual(['frac-digits']);
    expect(check('CD', 'quantity', '123456.5')).toEqual(['int-digits']);
  });

  it('医療機関別係数 and Burn Index may keep trailing zeros (「有効桁までの記録としても差し支えない」); 使用量 may not', () => {
    expect(checkFieldValue(def('GA'), pos('GA', 'facilityCoefficient'), '1.4320').map((d) => d.code)).toEqual([]);
    expect(checkFieldValue(def('KK'), pos('KK', 'burnIndex'), '12.0').map((d) => d.code)).toEqual([]);
    expect(checkFieldValue(def('CD'), pos('CD', 'quantity'), '1.50').map((d) => d.code)).toEqual(['field/fraction-zero']);
  });

  it('in a file: the fixture’s 調整点数 -3667 is clean; “-0” there is an error on its line', () => {
    const clean = run(dpcFile([DPC_RECEIPTS[2]!, DPC_RECEIPTS[3]!, DPC_RECEIPTS[4]!], 'GO,1,89308,99'));
    expect(clean.diagnostics.map((d) => d.code)).toEqual([]);
    const bad = run(dpcFile([DPC_RECEIPTS[2]!, edit(3, 'GT', 'adjustmentPoints', '-0', 1), DPC_RECEIPTS[4]!], 'GO,1,89308,99'));
    expect(bad.of('field/number-format').map((d) => [d.severity, d.field?.position, d.params.problem])).toEqual([['error', 8, 'negative-zero']]);
  });
});

describe('DPC receipts by レセプト総括区分 (StructureDef.variants)', () => {
  const set = (r3: string[] = [...DPC_RECEIPTS[3]!], r4: string[] = [...DPC_RECEIPTS[4]!]) => dpcFile([DPC_RECEIPTS[2]!, r3, r4], 'GO,1,89308,99');

  it('each kind of receipt needs its own records: a 総括レセプト no BU, a 総括対象医科入院 its GR and SY, a DPC receipt its BU', () => {
    expect(run(set()).of('structure/required-records')).toEqual([]);
    const noGr = run(set(undefined, DPC_RECEIPTS[4]!.filter((l) => !l.startsWith('GR,'))));
    expect(noGr.of('structure/required-records').map((d) => [d.severity, d.params.missing])).toEqual([['error', 'GR']]);
    const noBu = run(dpcFile([DPC_RECEIPTS[1]!.filter((l) => !l.startsWith('BU,'))]));
    expect(noBu.of('structure/required-records').map((d) => d.params.missing)).toEqual(['BU']);
  });

  it('a record outside the receipt’s set is an error: BU in a 総括対象医科入院, SB in a 総括レセプト', () => {
    const r4 = [...DPC_RECEIPTS[4]!];
    r4.splice(2, 0, DPC_RECEIPTS[3]!.find((l) => l.startsWith('BU,'))!);
    expect(run(set(undefined, r4)).of('structure/receipt-variant').map((d) => [d.line, d.params.record, d.params.value])).toEqual([[2 + 4 + 44 + 2, 'BU', '3']]);
    const head = [...DPC_RECEIPTS[2]!, 'SB,8208009,,,S7200,01,,'];
    const r = run(dpcFile([head, DPC_RECEIPTS[3]!, DPC_RECEIPTS[4]!]));
    expect(r.of('structure/receipt-variant').map((d) => [d.params.record, d.params.label])).toEqual([['SB', '総括レセプト']]);
  });

  it('the order of a variant is its own: SN after BU in a DPC receipt is out of order', () => {
    const r1 = [...DPC_RECEIPTS[1]!];
    const sn = r1.splice(2, 1)[0]!; // SN
    r1.splice(3, 0, sn); // after BU
    expect(run(dpcFile([r1])).of('structure/record-order').map((d) => d.record)).toEqual(['SN']);
  });
});

describe('DPC 総括 groups (StructureDef.groups)', () => {
  it('明細情報数 counts the members that follow; a head without members and members without a head are warnings', () => {
    const head = (n: string) => DPC_RECEIPTS[2]!.map((l, i) => (i === 0 ? setField(l, 20, n) : l));
    expect(run(dpcFile([head('2'), DPC_RECEIPTS[3]!, DPC_RECEIPTS[4]!])).of('structure/receipt-group')).toEqual([]);
    expect(run(dpcFile([head('3'), DPC_RECEIPTS[3]!, DPC_RECEIPTS[4]!])).of('structure/receipt-group').map((d) => [d.severity, d.params.problem, d.params.want])).toEqual([['warning', 'count', 2]]);
    expect(run(dpcFile([DPC_RECEIPTS[2]!, DPC_RECEIPTS[0]!])).of('structure/receipt-group').map((d) => d.params.problem)).toEqual(['empty']);
    // A plain DPC receipt between head and members ends the group.
    expect(run(dpcFile([DPC_RECEIPTS[2]!, DPC_RECEIPTS[3]!, DPC_RECEIPTS[0]!, DPC_RECEIPTS[4]!])).of('structure/receipt-group').map((d) => d.params.problem).sort()).toEqual(['count', 'orphan']);
  });

  // The fixture README's table (hand-checked): per receipt, its 件数 and 点数 in GO; the 明細 (3rd and 4th) count nothing [INF].
  const COUNTED: readonly (readonly [number, number])[] = [[1, 55676], [1, 40916], [1, 89308], [0, 0], [0, 0], [2, 36188]];
  const MEMBER_HO = [0, 0, 0, 44364, 44944, 0];

  it('property: GO counts every receipt but a 総括’s 明細; a GO that counts them too is a warning, any other mismatch an error', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 5 }), { minLength: 1, maxLength: 6 }), (picks) => {
        const receipts = picks.map((i) => DPC_RECEIPTS[i]!);
        const want = picks.reduce<[number, number]>(([c, p], i) => [c + COUNTED[i]![0], p + COUNTED[i]![1]], [0, 0]);
        // Read as DPC by force: a file of 総括対象医科入院 receipts alone has no DPC-only record to be told by.
        const f = parse(sjisFile(dpcFile(receipts)), { claimKind: 'dpc' });
        const t = computeTotals(f.receipts, DPC.structure);
        expect([t.totalCount, t.totalPoints]).toEqual(want);
        expect(t.grouped).toBe(picks.filter((i) => i === 3 || i === 4).length);
        expect(run(dpcFile(receipts, `GO,${want[0]},${want[1]},99`), {}, DPC_PARSE).of('cross/totals')).toEqual([]);
        // Counting the 明細 as 医科 would: a warning when they change the result (the rule is [INF]).
        const members = picks.filter((i) => i === 3 || i === 4);
        const all: [number, number] = [want[0] + members.length, want[1] + members.reduce((s, i) => s + MEMBER_HO[i]!, 0)];
        const r = run(dpcFile(receipts, `GO,${all[0]},${all[1]},99`), {}, DPC_PARSE).of('cross/totals');
        expect(r.map((d) => d.severity)).toEqual(members.length > 0 ? ['warning', 'warning'] : []);
        const off = run(dpcFile(receipts, `GO,${want[0] + 1},${want[1]},99`), {}, DPC_PARSE).of('cross/totals');
        expect(off.map((d) => d.severity)).toEqual([members.length > 0 ? 'warning' : 'error']);
      }),
      { numRuns: 25, seed: 7 },
    );
  });
});

describe('DPC codes', () => {
  it('レセプト種別 is one of the 医科 入院 codes: an 入院外 code is unknown', () => {
    const r = run(dpcFile([edit(1, 'RE', 'receiptType', '1112')], 'GO,1,40916,99'));
    expect(r.of('code/unknown').map((d) => [d.line, d.field?.position])).toEqual([[2, 3]]);
    expect(Object.keys(DPC.codes.find((t) => t.id === 'dpc:5')!.codes).every((c) => Number(c[3]) % 2 === 1)).toBe(true);
  });

  it('診療識別 93 (診断群分類) is a DPC code, in GT and in the 摘要 records alike; 94 is not', () => {
    expect(run(dpcFile([DPC_RECEIPTS[1]!], 'GO,1,40916,99')).diagnostics).toEqual([]);
    const r = run(dpcFile([edit(1, 'GT', 'practiceCategory', '94')], 'GO,1,40916,99'));
    expect(r.of('code/unknown').map((d) => d.record)).toEqual(['GT']);
  });

  it('負担区分 of HH and GT is read with the 別表20 payer matrix: 公費① on a receipt without KO is an error', () => {
    const r = run(dpcFile([edit(1, 'HH', 'burdenCategory', '2')], 'GO,1,40916,99'));
    expect(r.of('cross/burden-payers').map((d) => d.record)).toEqual(['HH']);
    // 転帰区分 (別表22) is no 負担区分: BU is never read as one.
    expect(run(dpcFile([edit(1, 'BU', 'dpcOutcome', '2')], 'GO,1,40916,99')).of('cross/burden-payers')).toEqual([]);
  });
});

describe('DPC HO / KO 合計点数 (KindDef.payerTotals: GT 今月包括合計点数 + 出来高, [INF])', () => {
  it('the fixture’s receipts add up: 包括 (GT, by its 負担区分, signed) + Σ 点数 × 回数 of the 出来高 摘要', () => {
    expect(run(dpcFile(DPC_RECEIPTS, 'GO,5,222088,99')).of('cross/payer-totals')).toEqual([]);
  });

  it('property: any other HO 合計点数 of a DPC receipt is a warning; of a 総括対象医科入院 too; a 総括レセプト is not checked', () => {
    fc.assert(
      fc.property(fc.constantFrom(0, 1, 3, 4, 5), fc.integer({ min: 1, max: 99999 }), (r, delta) => {
        const ho = DPC_RECEIPTS[r]!.find((l) => l.startsWith('HO,'))!;
        const value = Number(ho.split(',')[pos('HO', 'totalPoints') - 1]) + delta;
        const lines = edit(r, 'HO', 'totalPoints', String(value));
        const receipts = r === 3 || r === 4 ? [DPC_RECEIPTS[2]!, r === 3 ? lines : DPC_RECEIPTS[3]!, r === 4 ? lines : DPC_RECEIPTS[4]!] : [lines];
        const found = run(dpcFile(receipts), {}, DPC_PARSE).of('cross/payer-totals');
        expect(found.map((d) => [d.severity, d.record, d.params.value])).toEqual([['warning', 'HO', value]]);
      }),
      { numRuns: 15, seed: 9 },
    );
    expect(run(dpcFile([edit(2, 'HO', 'totalPoints', '1'), DPC_RECEIPTS[3]!, DPC_RECEIPTS[4]!])).of('cross/payer-totals')).toEqual([]);
  });

  it('a negative 調整点数 lowers the sum through 今月包括合計点数: GT 38534 = 42201 − 3667 is what HO 44364 rests on', () => {
    const r3 = edit(3, 'GT', 'monthTotalPoints', '42201', 2);
    const found = run(dpcFile([DPC_RECEIPTS[2]!, r3, DPC_RECEIPTS[4]!])).of('cross/payer-totals');
    expect(found.map((d) => [d.params.want, d.params.value])).toEqual([[44364 + 3667, 44364]]);
  });
});

describe('DPC 包括評価 arithmetic (KindDef.arithmetic, cross/record-arithmetic)', () => {
  const at = (r: string[]) => run(dpcFile([DPC_RECEIPTS[2]!, r, DPC_RECEIPTS[4]!])).of('cross/record-arithmetic').map((d) => [d.record, d.field?.position, d.severity, d.params.how, d.params.want]);

  it('the fixture’s HH and GT add up (three months of a 総括 明細 with an adjustment included)', () => {
    expect(run(dpcFile(DPC_RECEIPTS, 'GO,5,222088,99')).of('cross/record-arithmetic')).toEqual([]);
  });

  it('HH 包括小計点数 ≠ 点数 × 日数 is a warning [INF]; the GT 合算 then no longer matches: an error [M]', () => {
    expect(at(edit(3, 'HH', 'subtotalPoints', '31501'))).toEqual([
      ['HH', 9, 'warning', 'product', 31500],
      ['GT', 6, 'error', 'sum', 31501 + 2380],
    ]);
  });

  it('property: 包括評価点数 = 合算 × 医療機関別係数 rounded half up, for any coefficient', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 9999 }), (c) => {
        const coef = `1.${String(c).padStart(4, '0')}`.replace(/0+$/, '').replace(/\.$/, '');
        // The 今月 row (GA 202411,2 and GT 202411,2: 合算 29460).
        const r3 = edit(3, 'GA', 'facilityCoefficient', coef, 2);
        const want = Math.floor((29460 * (10000 + c) + 5000) / 10000);
        const found = at(r3);
        expect(found.filter((x) => x[3] === 'scaled')).toEqual(want === 42201 ? [] : [['GT', 7, 'warning', 'scaled', want]]);
      }),
      { numRuns: 40, seed: 13 },
    );
  });
});

describe('DPC 総括レセプト HO as the sum of its 明細 (groups.headSums, [INF])', () => {
  it('property: changing one 明細 HO field by any amount makes the head’s field a warning, and only that field', () => {
    const keys = ['actualDays', 'totalPoints', 'mealCount', 'mealAmount', 'mealStandardBurden'] as const;
    fc.assert(
      fc.property(fc.constantFrom(...keys), fc.constantFrom(3, 4), fc.integer({ min: 1, max: 9 }), (key, member, delta) => {
        const ho = DPC_RECEIPTS[member]!.find((l) => l.startsWith('HO,'))!;
        const old = Number(ho.split(',')[pos('HO', key) - 1]);
        const changed = edit(member, 'HO', key, String(old + delta));
        const head = DPC_RECEIPTS[2]!.find((l) => l.startsWith('HO,'))!;
        const sum = Number(head.split(',')[pos('HO', key) - 1]);
        const receipts = [DPC_RECEIPTS[2]!, member === 3 ? changed : DPC_RECEIPTS[3]!, member === 4 ? changed : DPC_RECEIPTS[4]!];
        const found = run(dpcFile(receipts)).of('structure/receipt-group');
        expect(found.map((d) => [d.severity, d.line, d.field?.position, d.params.problem, d.params.want, d.params.value])).toEqual([['warning', 3, pos('HO', key), 'sum', sum + delta, sum]]);
      }),
      { numRuns: 20, seed: 21 },
    );
  });
});
