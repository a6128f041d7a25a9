/**
 * Malformed input: each case produces its specific diagnostic, and nothing throws.
 */
import { concatBytes } from '../helpers/files.js';
import { describe, expect, it } from 'vitest';
import { parse } from '../../src/model/parse.js';
import { validate } from '../../src/validate/index.js';
import { sjisFile } from '../helpers/files.js';
import { claimFile, rec, returnFile, SY_BASE } from './build.js';

const utf8 = (lines: readonly string[]): Uint8Array => new TextEncoder().encode(lines.map((l) => l + '\r\n').join(''));
const concat = concatBytes;
const ascii = (s: string): Uint8Array => new Uint8Array([...s].map((c) => c.charCodeAt(0)));

function tenMegabyteLine(): Uint8Array {
  const head = sjisFile(claimFile().slice(0, 2), { eof: false });
  const long = new Uint8Array(10 * 1024 * 1024).fill(0x41);
  return concat(head, ascii('CO,,1,810000001,'), long, sjisFile(claimFile().slice(2)));
}

interface Case {
  readonly name: string;
  readonly bytes: () => Uint8Array;
  readonly code: string;
  readonly fileName?: string;
}

const CASES: readonly Case[] = [
  { name: 'empty file', bytes: () => new Uint8Array(0), code: 'file/empty' },
  {
    name: 'truncated in the middle of a record',
    bytes: () => {
      const b = sjisFile(claimFile(), { eof: false });
      return b.subarray(0, Math.floor(b.length * 0.6));
    },
    code: 'structure/no-trailer',
  },
  { name: 'UTF-8 instead of Shift_JIS', bytes: () => utf8(claimFile()), code: 'encoding/utf8' },
  { name: 'UTF-8 with BOM', bytes: () => concat(new Uint8Array([0xef, 0xbb, 0xbf]), utf8(claimFile())), code: 'encoding/utf8-bom' },
  { name: 'LF-only line ends', bytes: () => sjisFile(claimFile(), { eol: '\n' }), code: 'line/lf-only' },
  { name: 'lone CR', bytes: () => sjisFile([...claimFile().slice(0, 2), claimFile()[2]! + '\r' + claimFile()[3]!, ...claimFile().slice(4)]), code: 'line/lone-cr' },
  { name: 'NUL bytes', bytes: () => sjisFile(claimFile({ re: { patientName: 'テスト\u0000太郎' } })), code: 'encoding/control' },
  { name: 'a 10 MB line', bytes: tenMegabyteLine, code: 'line/too-long' },
  { name: 'missing GO', bytes: () => sjisFile(claimFile().slice(0, -1)), code: 'structure/no-trailer' },
  { name: 'missing HG', bytes: () => sjisFile(returnFile().slice(0, -1)), code: 'structure/no-trailer', fileName: 'RECEIPTC.HEN' },
  { name: 'duplicated IR', bytes: () => sjisFile([claimFile()[0]!, ...claimFile()]), code: 'structure/duplicate-header' },
  { name: 'fields beyond the record’s count', bytes: () => sjisFile(claimFile({ sy: [rec('SY', SY_BASE) + ',,,'] })), code: 'field/count' },
  {
    name: 'invalid Shift_JIS byte sequence',
    bytes: () => {
      const b = sjisFile(claimFile({ re: { patientName: 'テスト　太郎' } }));
      const i = b.indexOf(0x83); // first byte of テ
      b[i + 1] = 0x7f; // not a trail byte
      return b;
    },
    code: 'encoding/invalid-sjis',
  },
  { name: 'CP932-only characters in a 漢字 field', bytes: () => sjisFile(claimFile({ re: { patientName: '①　㈱' } })), code: 'field/jis-x0208' },
  { name: 'CP932-only character outside a field that allows it (英数)', bytes: () => sjisFile(claimFile({ re: { chartNumber: '①' } })), code: 'field/mode' },
  { name: 'user-defined (外字) character', bytes: () => concat(sjisFile(claimFile().slice(0, 1), { eof: false }), ascii('RE,1,1112,202410,'), new Uint8Array([0xf0, 0x40]), sjisFile([',1,19800101' + ',' .repeat(31), ...claimFile().slice(2)])), code: 'field/jis-x0208' },
  { name: 'data after the EOF byte', bytes: () => concat(sjisFile(claimFile().slice(0, 3)).subarray(0, -1), new Uint8Array([0x1a]), sjisFile(claimFile().slice(3))), code: 'eof/not-last' },
  { name: 'binary junk', bytes: () => new Uint8Array(Array.from({ length: 4096 }, (_, i) => (i * 2654435761) >>> 24)), code: 'kind/unknown' },
  { name: 'a lone trailer', bytes: () => sjisFile(['GO,0,0,99']), code: 'structure/no-header' },
];

describe('malformed-input catalogue', () => {
  for (const c of CASES) {
    it(`${c.name} → ${c.code}`, () => {
      const bytes = c.bytes();
      let codes: string[] = [];
      expect(() => {
        const file = parse(bytes, { fileName: c.fileName });
        codes = validate(file).map((d) => d.code);
        validate(file, { showPersonalData: true, preset: 'return' });
        validate(file, { preset: 'resubmission' });
      }).not.toThrow();
      expect(codes).toContain(c.code);
    });
  }

  it('a CP932 extension in a 漢字 field is reported once, by the field rule (the byte layer’s warning is superseded)', () => {
    const d = validate(parse(sjisFile(claimFile({ re: { patientName: '髙橋　太郎' } }))));
    expect(d.map((x) => x.code)).toEqual(['field/jis-x0208']);
    expect(d[0]!.severity).toBe('error');
  });

  it('UTF-8 input is reported as such, without a flood of character-class findings', () => {
    const d = validate(parse(utf8(claimFile())));
    expect(d.filter((x) => x.code.startsWith('field/mode') || x.code === 'field/max-bytes' || x.code === 'field/jis-x0208')).toEqual([]);
  });
});
