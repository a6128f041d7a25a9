/** The JSON form: documented shape, zod-validated input, byte-identical round trip. */
import fc from 'fast-check';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatDiagnostic, messageOf } from '../../src/diagnostics/index.js';
import { fromJson, toJson } from '../../src/json/form.js';
import { parse } from '../../src/model/parse.js';
import { serialize } from '../../src/model/serialize.js';
import { bytesEqual, FIXTURES, readBytes, SAMPLE_UKE, sjisFile } from '../helpers/files.js';

function roundTrip(bytes: Uint8Array): Uint8Array {
  const j = JSON.parse(JSON.stringify(toJson(parse(bytes))));
  const r = fromJson(j);
  if (!r.ok) throw new Error(JSON.stringify(r.problems));
  return serialize(r.file);
}

describe('toJson / fromJson', () => {
  it.each([SAMPLE_UKE, join(FIXTURES, 'RECEIPTC.HEN'), join(FIXTURES, 'RECEIPTC.SAH')])('round-trips %s byte for byte', (p) => {
    const b = readBytes(p);
    expect(bytesEqual(roundTrip(b), b)).toBe(true);
  });

  it('groups receipts and carries keys, 項目名 and the history prefix', () => {
    const j = toJson(parse(readBytes(join(FIXTURES, 'RECEIPTC.HEN'))));
    expect(j.format).toBe('receden/1');
    expect(j.kind).toBe('HEN');
    expect(j.lead[0]!.record).toBe('HI');
    expect(j.receipts).toHaveLength(3);
    const r0 = j.receipts[0]!;
    expect(r0.searchNumber).toBe('2024121300512347000000101');
    expect(r0.claim[0]!.fields!.searchNumber).toBe('2024121300512347000000101');
    expect(r0.reasons[0]!.fields!.returnCategory).toBe('1');
    expect(r0.history[0]!.prefix).toEqual({ dataKind: '1', lineNo: '1', branchNo: '0' });
    expect(j.fieldNames!.RE!.searchNumber).toBe('検索番号');
    expect(j.tail[0]!.record).toBe('HG');
  });

  it('keeps raw bytes for lines text cannot reproduce (CP932 extension, invalid bytes, unknown records)', () => {
    const b = new Uint8Array([...sjisFile(['IR,1,13,1,0000001,,医院,202401,00,', 'RE,1,1112,202312,山田　太郎,1'], { eof: false }), 0x87, 0x40, 0x82, 0x0d, 0x0a, 0x1a]);
    const j = toJson(parse(b));
    const claim = j.receipts[0]!.claim;
    expect(claim[0]!.raw).toBeUndefined();
    expect(claim[1]!.raw).toBeDefined();
    expect(claim[1]!.record).toBe('');
    expect(bytesEqual(roundTrip(b), b)).toBe(true);
  });

  it('round-trips arbitrary bytes', () => {
    fc.assert(fc.property(fc.uint8Array({ maxLength: 300 }), (b) => bytesEqual(roundTrip(b), b)), { numRuns: 800 });
  });

  it('applies an edited field and encodes it strictly', () => {
    const j = toJson(parse(readBytes(join(FIXTURES, 'RECEIPTC.HEN'))));
    j.receipts[0]!.claim[0]!.fields!.claimInfo = 'ABC';
    const r = fromJson(j);
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.file.receipts[0]!.re.get('claimInfo')).toBe('ABC');
  });

  it('refuses a value outside JIS X 0208, naming its position (the character only with showPersonalData)', () => {
    const j = toJson(parse(readBytes(join(FIXTURES, 'RECEIPTC.HEN'))));
    j.receipts[0]!.claim[0]!.fields!.patientName = '髙橋　浩二';
    const r = fromJson(j);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.problems[0]!.path).toBe('receipts[0].claim[0]');
      expect(messageOf(r.problems[0]!, 'en')).toContain('Character 1 of 氏名');
      expect(formatDiagnostic(r.problems[0]!, 'en') + JSON.stringify(r.problems[0])).not.toMatch(/髙|U\+9AD9|浩二/);
    }
    const shown = fromJson(j, { showPersonalData: true });
    expect(shown.ok).toBe(false);
    if (!shown.ok) expect(messageOf(shown.problems[0]!, 'en')).toContain('髙');
  });

  it('rejects malformed JSON with zod issues, never throws', () => {
    for (const bad of ['{', '[]', '{"format":"receden/1"}', JSON.stringify({ format: 'receden/1', kind: 'UKE', eof: true, lead: [{ record: 'RE', fields: { nope: '1' } }], receipts: [], tail: [] })]) {
      const r = fromJson(bad);
      expect(r.ok).toBe(false);
    }
  });
});

describe('strict writing of edited JSON lines', () => {
  const base = () => toJson(parse(readBytes(join(FIXTURES, 'RECEIPTC.HEN'))));
  it('keeps unedited lines byte for byte even when they do not conform', () => {
    const b = sjisFile(['IR,1,13,1,0000001,,医院,202401,00,', 'RE,1,1112,202312,ｱｲｳｴｵｱｲｳｴｵｱｲｳｴｵｱｲｳｴｵｱｲｳｴｵｱｲｳｴｵｱｲｳｴｵｱｲｳｴｵｱｲｳｴｵ,1', 'GO,1,1,99']);
    expect(bytesEqual(roundTrip(b), b)).toBe(true);
  });
  it.each([
    ['serviceMonth', '2024-1', '数字'],
    ['serviceMonth', '20241', 'not a valid date'], // 5 digits read as a 和暦 GYYMM, which it is not
    ['receiptNumber', '１', '数字'],
    ['patientName', 'ABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNO', '40 bytes max'],
    ['patientName', 'ｱｲ山田', 'mixes'],
    ['chartNumber', '山田', 'full-width character that its mode does not allow'],
  ])('refuses %s = %j, naming the field', (key, value, expected) => {
    const j = base();
    (j.receipts[0]!.claim[0]!.fields as Record<string, string>)[key] = value;
    const r = fromJson(j);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.problems[0]!.field?.key).toBe(key);
      expect(formatDiagnostic(r.problems[0]!, 'en')).toContain(expected);
    }
  });
});
