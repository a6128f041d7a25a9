/**
 * The receiptisan sample and our HEN / SAH fixtures, validated. the README (Validation) explains every error
 * the sample reports.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from '../../src/model/parse.js';
import { validate } from '../../src/validate/index.js';
import { FIXTURES, readBytes, SAMPLE_UKE } from '../helpers/files.js';

function load(path: string): ReturnType<typeof parse> {
  return parse(readBytes(path), { fileName: path.split('/').pop() });
}

function tally(list: readonly { code: string; severity: string }[], severity: string): Record<string, number> {
  const out: Record<string, number> = {};
  for (const d of list) if (d.severity === severity) out[d.code] = (out[d.code] ?? 0) + 1;
  return out;
}

describe('RECEIPTC_GAIRAI_SAMPLE.UKE (receiptisan)', () => {
  const file = load(SAMPLE_UKE);
  const diagnostics = validate(file);

  it('reports exactly the errors the spec finds in this synthetic sample', () => {
    expect(tally(diagnostics, 'error')).toEqual({
      'field/required': 1, // IR 医療機関名称 empty
      'field/max-bytes': 29, // 28 RE 氏名 of 42–44 bytes, one SY 傷病名称 of 216 bytes
      'structure/required-records': 70, // 70 receipts without SY
      'cross/recipient-number': 2, // 受給者番号 "000000" (6 digits)
    });
  });

  it('names the offending fields', () => {
    const maxBytes = diagnostics.filter((d) => d.code === 'field/max-bytes');
    expect(maxBytes.filter((d) => d.record === 'RE' && d.field?.name === '氏名').length).toBe(28);
    for (const d of maxBytes.filter((x) => x.record === 'RE')) expect(['42 bytes', '44 bytes']).toContain(d.found);
    const sy = maxBytes.find((d) => d.record === 'SY')!;
    expect([sy.line, sy.field?.name, sy.found]).toEqual([7, '傷病名称', '216 bytes']);
    const ir = diagnostics.find((d) => d.code === 'field/required')!;
    expect([ir.line, ir.record, ir.field?.name]).toEqual([1, 'IR', '医療機関名称']);
    expect(diagnostics.filter((d) => d.code === 'structure/required-records').every((d) => d.params.missing === 'SY')).toBe(true);
    expect(diagnostics.filter((d) => d.code === 'cross/recipient-number').map((d) => d.line)).toEqual([123, 441]);
  });

  it('reports these warnings and infos', () => {
    // cross/birth-date: line 563 is born 2021-11-11 in a receipt for 2021-10.
    expect(tally(diagnostics, 'warning')).toEqual({ 'cross/public-payer-check-digit': 1, 'field/trailing-space': 2, 'cross/birth-date': 1 });
    expect(tally(diagnostics, 'info')).toEqual({ 'eof/missing': 1 });
  });

  it('its HO totals are the sums of its 摘要 records (cross/payer-totals finds none)', () => {
    expect(diagnostics.filter((d) => d.code === 'cross/payer-totals')).toEqual([]);
  });

  it('recomputes GO,140,86392,99 equal', () => {
    expect(diagnostics.filter((d) => d.code === 'cross/totals')).toEqual([]);
    expect(file.trailer?.toObject()).toMatchObject({ totalCount: '140', totalPoints: '86392', volume: '99' });
  });

  it('shows no patient name in any message by default', () => {
    const json = JSON.stringify(diagnostics);
    for (const r of file.receipts) {
      const name = r.re.get('patientName')!;
      if (name.length >= 2) expect(json).not.toContain(name);
    }
  });
});

describe('our return fixtures, return preset', () => {
  for (const name of ['RECEIPTC.HEN', 'RECEIPTC.SAH']) {
    it(`${name} has no error (its made-up insurer and 公費 numbers fail the check digit, and a receipt lists 投薬 after 検査: warnings)`, () => {
      const d = validate(load(join(FIXTURES, name)));
      expect(d.filter((x) => x.severity === 'error')).toEqual([]);
      expect([...new Set(d.map((x) => x.code))].sort()).toEqual(['cross/insurer-check-digit', 'cross/public-payer-check-digit', 'structure/practice-order']);
    });
  }
});
