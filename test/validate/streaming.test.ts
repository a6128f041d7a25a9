/**
 * The incremental validator: receipts fed one at a time, each in its own small LineTable, with the
 * file position passed in, give the same findings (file-global lines and offsets) as validate().
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { scanLines } from '../../src/codec/lines.js';
import { Receipt, type ReceFile } from '../../src/model/file.js';
import { Rec } from '../../src/model/record.js';
import { parse } from '../../src/model/parse.js';
import { createValidator, effectiveKind, validate } from '../../src/validate/index.js';
import type { Diagnostic } from '../../src/diagnostics/index.js';
import { FIXTURES, readBytes, SAMPLE_UKE, sjisFile } from '../helpers/files.js';
import { claimFile, historyLines, reclaimFile } from './build.js';
import { splitBytes } from '../../src/stream/index.js';
import { messageOf } from '../../src/diagnostics/index.js';

/** Bytes of lines [s, e) of the file, line ends included. */
function slice(bytes: Uint8Array, file: ReceFile, s: number, e: number): Uint8Array {
  const t = file.table;
  const from = t.start[s]!;
  const to = e < t.count ? t.start[e]! : bytes.length;
  return bytes.slice(from, to);
}

function streamed(bytes: Uint8Array, form: 'line' | 'base', fileName?: string): Diagnostic[] {
  const whole = parse(bytes, { fileName });
  const t = whole.table;
  const v = createValidator();
  v.begin(effectiveKind(whole));
  const unit = (s: number, e: number): { table: ReturnType<typeof scanLines>; at: { line: number; offset: number } | { lineBase: number; byteBase: number } } => {
    const table = scanLines(slice(bytes, whole, s, e));
    return { table, at: form === 'line' ? { line: s + 1, offset: t.start[s]! } : { lineBase: s, byteBase: t.start[s]! } };
  };
  for (const r of whole.lead) {
    const u = unit(r.index, r.index + 1);
    v.lead(new Rec(u.table, 0), u.at);
  }
  for (const r of whole.receipts) {
    const u = unit(r.start, r.end);
    v.receipt(new Receipt(u.table, 0, 0, r.claimEnd - r.start, r.reasonsEnd - r.start, r.end - r.start), u.at);
  }
  for (const r of whole.tail) {
    const u = unit(r.index, r.index + 1);
    v.tail(new Rec(u.table, 0), u.at);
  }
  v.add(whole.diagnostics);
  return v.finish();
}

const strip = (d: Diagnostic[]): unknown[] => d.map(({ receipt: _r, ...rest }) => rest);

/**
 * A re-claim with a user-defined character (U+E000 → 0xF040) in a line no field rule reads, once in its
 * claim data and once in its history block (a line with a broken prefix, as fuzzing found).
 */
const USER_DEFINED = sjisFile(reclaimFile({ after: ['ZZ,\ue000'], history: [...historyLines().slice(0, 4), '1,,0,ZZ,\ue001', ...historyLines().slice(4)] }));

describe('byte-layer characters on history lines', () => {
  it('a user-defined character is an error in the claim data and a warning on a history line, whole file and streamed alike', () => {
    const d = validate(parse(USER_DEFINED)).filter((x) => x.code === 'encoding/user-defined');
    expect(d.map((x) => [x.line, x.severity])).toEqual([
      [6, 'error'],
      [11, 'warning'],
    ]);
    for (const form of ['line', 'base'] as const) expect(strip(streamed(USER_DEFINED, form)).filter((x) => (x as Diagnostic).code === 'encoding/user-defined')).toEqual(strip(d));
  });
});

describe('createValidator', () => {
  const files: [string, Uint8Array, string?][] = [
    ['sample', readBytes(SAMPLE_UKE)],
    ['HEN', readBytes(join(FIXTURES, 'RECEIPTC.HEN')), 'RECEIPTC.HEN'],
    ['SAH', readBytes(join(FIXTURES, 'RECEIPTC.SAH')), 'RECEIPTC.SAH'],
    ['a damaged re-claim', sjisFile(reclaimFile({ re: { patientName: 'テ'.repeat(30), searchNumber: '1' } }).concat(claimFile({ re: { receiptNumber: '3', sex: '7' } }).slice(1)))],
    ['user-defined characters in claim data and history', USER_DEFINED],
  ];
  for (const [name, bytes, fileName] of files) {
    for (const form of ['line', 'base'] as const) {
      it(`${name}: per-receipt tables with {${form === 'line' ? 'line, offset' : 'lineBase, byteBase'}} give validate()'s findings`, () => {
        const expected = validate(parse(bytes, { fileName }));
        expect(expected.length).toBeGreaterThan(0);
        expect(strip(streamed(bytes, form, fileName))).toEqual(strip(expected));
      });
    }
  }

  it('returns each unit’s findings as it goes, and enforces the call order', () => {
    const v = createValidator();
    expect(() => v.receipt({} as Receipt)).toThrow(/begin/);
    const file = parse(sjisFile(claimFile({ re: { sex: '9' } })));
    v.begin('UKE');
    expect(v.preset).toBe('claim');
    for (const r of file.lead) expect(v.lead(r)).toEqual([]);
    const found = v.receipt(file.receipts[0]!);
    expect(found.map((d) => d.code)).toEqual(['code/unknown']);
    expect(messageOf(found[0]!, 'en')).toMatch(/not in/);
    for (const r of file.tail) v.tail(r);
    expect(v.finish().map((d) => d.code)).toEqual(['code/unknown']);
    expect(() => v.finish()).toThrow(/finished/);
  });

  it('with the stream splitter’s events as positions, gives validate()’s findings', () => {
    for (const [, bytes, fileName] of files) {
      const expected = validate(parse(bytes, { fileName }));
      const v = createValidator();
      for (const e of splitBytes(bytes, { fileName })) {
        if (e.type === 'lead') {
          if (!v.preset) v.begin(effectiveKind(parse(bytes, { fileName })));
          for (const r of e.records) v.lead(r, e);
        } else if (e.type === 'receipt') {
          if (!v.preset) v.begin(effectiveKind(parse(bytes, { fileName })));
          v.receipt(e.receipt, e);
        } else if (e.type === 'tail') for (const r of e.records) v.tail(r, e);
        else if (e.type === 'end') v.add(e.diagnostics);
      }
      expect(strip(v.finish())).toEqual(strip(expected));
    }
  });
});
