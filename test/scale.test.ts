/**
 * Data-sized inputs never blow the stack or take quadratic time (issue "Safe at every edge"):
 * lines of 10^5 fields, 10^5 reason rows, 10^5 findings of one kind, long lines in tiny chunks.
 * (Speed targets live in bench/; these check that the work completes and is right.)
 */
import { describe, expect, it } from 'vitest';
import { fromJson, toJson } from '../src/json/form.js';
import { parse } from '../src/model/parse.js';
import { serialize } from '../src/model/serialize.js';
import { reasons } from '../src/resubmit/reasons.js';
import { createReceiptSplitter, type StreamEvent } from '../src/stream/splitter.js';
import { writeLines } from '../src/codec/lines.js';
import { run } from '../src/cli/run.js';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bytesEqual, concatBytes } from './helpers/files.js';

const ascii = (s: string) => new TextEncoder().encode(s);

describe('data-sized arrays', () => {
  it('JSON → bytes with a line of 130,000 fields (was: Maximum call stack size exceeded)', () => {
    const line = 'ZZ' + ',1'.repeat(130_000);
    const bytes = ascii(`IR,1,13,1,1234567,,x,202501,00,\r\n${line}\r\nGO,0,0,99\r\n`);
    const f = parse(bytes);
    const r = fromJson(JSON.parse(JSON.stringify(toJson(f))));
    expect(r.ok).toBe(true);
    if (r.ok) expect(bytesEqual(serialize(r.file), bytes)).toBe(true);
  });

  it('a file of 200,000 lines before the first receipt (one finding each) parses', () => {
    const bytes = ascii('IR,1\r\n' + 'XX,1\r\n'.repeat(200_000) + 'GO,0,0,99\r\n');
    const f = parse(bytes, { maxFindingsPerKind: 1_000_000 });
    expect(f.diagnostics.filter((d) => d.code === 'structure/before-first-receipt').length).toBe(200_000);
  });

  it('reasons of 150,000 HR rows, library and CLI (was: a stack overflow at ~135,000)', async () => {
    const hr = 'HR,202412,1,,L1101,x,,,,1\r\n';
    const bytes = ascii('HI,1,202412,13,1,1234567,,00\r\nRE,1,1112,202411,x,1,19600101\r\n' + hr.repeat(150_000) + '8,1,0,RC,A\r\nHG,1,0,99\r\n\x1a');
    expect(reasons(parse(bytes)).length).toBe(150_000);
    const dir = mkdtempSync(join(tmpdir(), 'receden-scale-'));
    writeFileSync(join(dir, 'big.HEN'), bytes);
    let n = 0;
    const code = await run({ argv: ['reasons', '--format', 'csv', 'big.HEN'], cwd: dir, stdout: { write: (s: string | Uint8Array) => ((n += typeof s === 'string' ? s.split('\n').length - 1 : s.filter((b) => b === 0x0a).length), true) }, stderr: { write: () => true } });
    expect(code).toBe(0);
    expect(n).toBe(150_001);
  });
});

describe('the stream splitter is linear in the line length for any chunking', () => {
  function split(bytes: Uint8Array, size: number): Uint8Array {
    const parts: Uint8Array[] = [];
    const s = createReceiptSplitter((e: StreamEvent) => {
      if (e.type !== 'end') parts.push(writeLines(e.table));
      else if (e.eof) parts.push(new Uint8Array([0x1a]));
    });
    for (let i = 0; i < bytes.length; i += size) s.write(bytes.subarray(i, i + size));
    s.end();
    return concatBytes(...parts);
  }
  it('a 2 MB line in 32-byte chunks, and a 100,000-line receipt in 16-byte chunks, come back byte for byte', () => {
    const long = ascii('IR,1\r\nRE,' + 'A'.repeat(2_000_000) + '\r\nGO,0,0,99\r\n');
    expect(bytesEqual(split(long, 32), long)).toBe(true);
    const many = ascii('IR,1\r\nRE,1\r\n' + 'SI,1,2,3,4,5,6,7,8,9\r\n'.repeat(100_000) + 'GO,0,0,99\r\n\x1a');
    expect(bytesEqual(split(many, 16), many)).toBe(true);
  });
});
