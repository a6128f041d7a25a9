/** checkFieldValue: the validator's field rules on one value, with the verdict the value gets in a file. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { messageOf, type Diagnostic } from '../../src/diagnostics/index.js';
import { parse } from '../../src/model/parse.js';
import { CLAIM_RECORD_IDS, RECORDS, type RecordId } from '../../src/spec/registry.js';
import type { RecordDef } from '../../src/spec/types.js';
import { ALNUM_POOL, KANJI_POOL, valueArbitrary } from '../../src/testing/arbitraries.js';
import { checkFieldValue, RULES_BY_ID, validate } from '../../src/validate/index.js';
import { sjisFile } from '../helpers/files.js';

const pos = (id: RecordId, key: string) => (RECORDS[id] as RecordDef).fields.findIndex((f) => f.key === key) + 1;
const codes = (id: RecordId, key: string, value: string) => checkFieldValue(RECORDS[id], pos(id, key), value).map((d) => d.code);

describe('checkFieldValue', () => {
  it('gives receipt-dependent verdicts when told which receipt the value goes into', () => {
    const at = (key: string, reclaimed?: boolean) => (value: string) =>
      checkFieldValue(RECORDS.SN, pos('SN', key), value, reclaimed === undefined ? {} : { receipt: { reclaimed } }).map((d) => `${d.code}:${d.severity}`);
    // 「記録を省略する」: an error in a first claim (and by default), a warning on a re-claim
    expect(at('insurerNumberConfirmed')('06139877')).toEqual(['field/omitted:error']);
    expect(at('insurerNumberConfirmed', false)('06139877')).toEqual(['field/omitted:error']);
    expect(at('insurerNumberConfirmed', true)('06139877').every((x) => !x.endsWith(':error'))).toBe(true);
    // 確認区分 codes the payer records after a claim: refused in a first claim only
    expect(at('confirmationType', false)('02')).toEqual(['code/first-claim:error']);
    expect(at('confirmationType', true)('02')).toEqual([]);
    expect(at('confirmationType', false)('01')).toEqual([]);
  });

  it('runs the field rules of the preset on the value at its position', () => {
    expect(codes('RE', 'patientName', '山田　太郎')).toEqual([]);
    expect(codes('RE', 'patientName', 'ｶﾜﾉ　浩二')).toEqual(['field/mode-mixed']);
    expect(codes('RE', 'patientName', '')).toEqual(['field/required']);
    expect(codes('RE', 'serviceMonth', '202413')).toEqual(['field/date']);
    expect(codes('RE', 'receiptType', '9999')).toEqual(['code/unknown']);
    expect(codes('HO', 'totalPoints', '0374')).toEqual(['field/leading-zero']);
    expect(codes('IY', 'quantity', '1.5')).toEqual([]);
    expect(codes('IY', 'quantity', '1.50')).toEqual(['field/fraction-zero']);
    expect(codes('RE', 'specVersionInfo', '50404')).toEqual(['field/omitted']);
    // a code the table shades as never used; codes reserved for the payer in first claims are left to the file's receipts
    expect(codes('MF', 'windowBurdenClass', '03')).toEqual(['code/first-claim']);
  });

  it('refuses what can never be written before any rule, naming the character only when it may be shown', () => {
    const [sep] = checkFieldValue(RECORDS.RE, pos('RE', 'chartNumber'), 'a,b');
    expect(sep).toMatchObject({ code: 'value/separator', severity: 'error', record: 'RE', field: { key: 'chartNumber', position: pos('RE', 'chartNumber') }, params: { codePoint: 'U+002C', index: 2 } });
    for (const v of ['a\r\nb', 'x\x1a']) expect(codes('RE', 'claimInfo', v)).toEqual(['value/separator']);
    const [hidden] = checkFieldValue(RECORDS.RE, pos('RE', 'patientName'), '髙橋');
    expect(hidden).toMatchObject({ code: 'value/unencodable', params: { index: 1 } });
    // The code point names the character as surely as the character: neither without the opt-in.
    expect(hidden!.params.char).toBeUndefined();
    expect(hidden!.params.codePoint).toBeUndefined();
    expect(messageOf(hidden!)).not.toContain('髙');
    const [shown] = checkFieldValue(RECORDS.RE, pos('RE', 'patientName'), '髙橋', { showPersonalData: true });
    expect(messageOf(shown!, 'en')).toContain('髙');
    expect(messageOf(shown!, 'en')).toContain('U+9AD9');
    expect(codes('RE', 'claimInfo', 'a\tb')).toEqual(['value/unencodable']);
  });

  it('checks only the encoding where there is no field entry (no table, 項目 1, beyond the table)', () => {
    expect(checkFieldValue(undefined, 3, 'ｶﾜﾉ　浩二')).toEqual([]);
    expect(checkFieldValue(undefined, 3, '①').map((d) => d.code)).toEqual(['value/unencodable']);
    expect(checkFieldValue(RECORDS.RE, 99, 'x,y').map((d) => d.code)).toEqual(['value/separator']);
    expect(checkFieldValue(RECORDS.RE, 1, 'RE')).toEqual([]);
  });

  it('gives no line or offset, and follows the preset', () => {
    const [d] = checkFieldValue(RECORDS.HO, pos('HO', 'totalPoints'), '123456789');
    expect(d).toMatchObject({ code: 'field/max-bytes', severity: 'error', record: 'HO' });
    expect(d!.line).toBeUndefined();
    expect(d!.offset).toBeUndefined();
    expect(d!.params.line).toBeUndefined();
    expect(messageOf(d!, 'en')).toMatch(/too long/);
    // the return preset caps field findings at warning and does not check 予備
    expect(checkFieldValue(RECORDS.RE, pos('RE', 'specVersionInfo'), '50404', { preset: 'return' })).toEqual([]);
    expect(checkFieldValue(RECORDS.HO, pos('HO', 'totalPoints'), '123456789', { preset: 'return' })[0]!.severity).toBe('warning');
  });

  it('low-confidence facts give warnings', () => {
    // MN 予備 (英数又は漢字 100, mode [L])
    const ds = checkFieldValue(RECORDS.MN, pos('MN', 'reserved3'), 'ｱ山', { preset: 'return' });
    expect(ds.map((d) => d.code)).toEqual(['field/mode-mixed']);
    expect(ds[0]!.severity).toBe('warning');
  });

  it('keeps no state between calls (no per-rule limit reached, nothing carried over)', () => {
    for (let i = 0; i < 700; i++) expect(codes('HO', 'totalPoints', '0374')).toEqual(['field/leading-zero']);
    expect(codes('HO', 'totalPoints', '374')).toEqual([]);
  });

  it('gives a value the field findings it gets in a file', () => {
    const ids = CLAIM_RECORD_IDS.filter((id) => id !== 'GO');
    const junk = fc.array(fc.constantFrom(...ALNUM_POOL.filter((c) => c !== ','), ...KANJI_POOL, '0', '.', '"', ' '), { maxLength: 12 }).map((a) => a.join(''));
    const arb = fc
      .constantFrom(...ids)
      .chain((id) => fc.integer({ min: 2, max: RECORDS[id].fields.length }).map((p) => [id, p] as const))
      .chain(([id, p]) => fc.tuple(fc.constant(id), fc.constant(p), fc.oneof(valueArbitrary(fc, RECORDS[id].fields[p - 1]!), junk, fc.constant(''))));
    fc.assert(
      fc.property(arb, ([id, p, value]) => {
        const def = RECORDS[id] as RecordDef;
        const alone = checkFieldValue(def, p, value);
        if (alone.some((d) => d.code.startsWith('value/'))) return true;
        const line = [id, ...def.fields.slice(1).map((_, i) => (i + 2 === p ? value : ''))].join(',');
        const lines = id === 'IR' ? [line, 'RE,1,1112,202412', 'GO,1,0,99'] : id === 'RE' ? ['IR,1,13,1,0000001,,医院,202501,00,', line, 'GO,1,0,99'] : ['IR,1,13,1,0000001,,医院,202501,00,', 'RE,1,1112,202412', line, 'GO,1,0,99'];
        const at = lines.indexOf(line) + 1;
        const all = validate(parse(sjisFile(lines)), { preset: 'claim' }).filter((d) => d.line === at && d.field?.position === p);
        const inFile = all.filter((d) => RULES_BY_ID.get(d.code)?.scope === 'field' && d.code !== 'code/first-claim');
        // In a file, cross/insurer-number and cross/public-payer-number replace field/fixed-length on their field.
        const superseded = all.some((d) => d.code === 'cross/insurer-number' || d.code === 'cross/public-payer-number');
        const key = (d: Diagnostic) => `${d.code} ${d.severity} ${messageOf(d)}`;
        // (a file orders its findings by byte offset, the checker by rule)
        expect(alone.filter((d) => d.code !== 'code/first-claim' && !(superseded && d.code === 'field/fixed-length')).map(key).sort()).toEqual(inFile.map(key).sort());
        return true;
      }),
      { numRuns: 1500 },
    );
  });
});
