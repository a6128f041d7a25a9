/**
 * 歯科 歯式コード as a typed list (Rec.units) and its parts checked against 別表15–17 (code/unknown,
 * warnings: R08 moved them to the 歯式マスター [L]).
 */
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from '../../src/model/parse.js';
import { splitUnits } from '../../src/model/units.js';
import { TOOTH_UNIT } from '../../src/spec/shika/teeth.js';
import { SHIKA_15 } from '../../src/spec/shika/codes.js';
import { validate } from '../../src/validate/index.js';
import { sjisFile } from '../helpers/files.js';

const FIXTURE = join(import.meta.dirname, '../../fixtures/shika/RECEIPTC.UKE');
const bytes = new Uint8Array(readFileSync(FIXTURE));

describe('歯式コード', () => {
  it('reads as a list of tooth positions with their meanings', () => {
    const f = parse(bytes);
    expect(f.claimKind).toBe('shika');
    const hs = f.receipts.flatMap((r) => r.claim.filter((x) => x.id === 'HS' && x.get('toothCodes') === '101300101200'))[0]!;
    expect(hs.units('toothCodes')).toEqual([
      { code: '101300', tooth: '1013', toothName: SHIKA_15.codes['1013'], state: '0', stateName: '現存歯', part: '0', partName: '部分指定なし' },
      { code: '101200', tooth: '1012', toothName: SHIKA_15.codes['1012'], state: '0', stateName: '現存歯', part: '0', partName: '部分指定なし' },
    ]);
    expect(hs.units('commentToothCodes')!.map((u) => u.tooth)).toEqual(['1013']);
    expect(hs.units('diseaseCode')).toBeUndefined(); // not a repeat field
  });

  it('a unit part outside its table is code/unknown, as a warning', () => {
    const text = new TextDecoder('shift_jis').decode(bytes);
    const lines = text.replace(/\x1a$/, '').split('\r\n').filter((l) => l !== '');
    const i = lines.findIndex((l) => l.startsWith('HS,,,101300101200,'));
    const broken = lines.map((l, k) => (k === i ? l.replace('101300101200', '101300109900') : l));
    const d = validate(parse(sjisFile(broken))).filter((x) => x.code === 'code/unknown');
    expect(d.map((x) => [x.severity, x.line, x.params.part, x.params.value, x.params.unit])).toEqual([['warning', i + 1, '歯種コード', '1099', 2]]);
    expect(validate(parse(bytes)).filter((x) => x.code === 'code/unknown')).toEqual([]);
  });

  it('property: units split and join back, parts make up their unit', () => {
    const tooth = fc.constantFrom(...Object.keys(SHIKA_15.codes));
    const unit = fc.tuple(tooth, fc.constantFrom('0', '1', '2', '9', 'X'), fc.constantFrom('0', '8', 'Z')).map((t) => t.join(''));
    fc.assert(
      fc.property(fc.array(unit, { maxLength: 64 }), fc.string({ maxLength: 5, unit: fc.constantFrom('1', '2', 'A') }), (us, tail) => {
        const got = splitUnits(us.join('') + tail, TOOTH_UNIT);
        expect(got.map((u) => u.code)).toEqual(us);
        for (const u of got) {
          expect(`${u.tooth}${u.state}${u.part}`).toBe(u.code);
          expect(u.toothName).toBe((SHIKA_15.codes as Readonly<Record<string, string>>)[u.tooth!]);
        }
      }),
    );
  });
});
