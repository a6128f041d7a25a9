/**
 * Validation and reasons on the stream give exactly what the whole-file functions give, with
 * file-global positions, whatever the chunking.
 */
import fc from 'fast-check';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from '../../src/model/parse.js';
import { reasons } from '../../src/resubmit/reasons.js';
import { validateStream } from '../../src/validate/stream.js';
import { reasonsStream } from '../../src/resubmit/reasons-stream.js';
import { validate } from '../../src/validate/index.js';
import { FIXTURES, readBytes, SAMPLE_UKE } from '../helpers/files.js';
import { cut } from './helpers.js';

const FILES = [join(FIXTURES, 'RECEIPTC.HEN'), join(FIXTURES, 'RECEIPTC.SAH'), SAMPLE_UKE].map((p) => ({ p, b: readBytes(p) }));

describe('validateStream = validate(parse())', () => {
  it('real files, cut anywhere', async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...FILES), fc.array(fc.nat({ max: 60000 }), { maxLength: 6 }), fc.constantFrom(false, true), async ({ p, b }, at, showPersonalData) => {
        const expected = validate(parse(b, { fileName: p }), { showPersonalData });
        expect(await validateStream(() => cut(b, at), { fileName: p, showPersonalData })).toEqual(expected);
      }),
      { numRuns: 30 },
    );
  });

  it('mutated files (a byte flipped, a line doubled, cut short)', async () => {
    const { p, b: base } = FILES[1]!;
    await fc.assert(
      fc.asyncProperty(fc.nat({ max: base.length - 1 }), fc.constantFrom(0x0a, 0x2c, 0x38, 0x52, 0x82, 0x31), fc.constantFrom('flip', 'cut', 'dup'), fc.array(fc.nat({ max: 7000 }), { maxLength: 4 }), async (i, byte, op, at) => {
        let b: Uint8Array;
        if (op === 'flip') (b = base.slice()), (b[i] = byte);
        else if (op === 'cut') b = base.slice(0, i);
        else b = new Uint8Array([...base.subarray(0, i), ...base.subarray(i)]);
        expect(await validateStream(() => cut(b, at), { fileName: p })).toEqual(validate(parse(b, { fileName: p })));
      }),
      { numRuns: 60 },
    );
  });
});

describe('reasonsStream = reasons(parse())', () => {
  it('HEN and SAH, cut anywhere, with file index and names', async () => {
    for (const { p, b } of FILES) {
      const whole = reasons([parse(b), parse(b, { fileName: p })], { fileNames: ['x', 'y.HEN'], showPersonalData: true }).filter((r) => r.file === 1);
      const { rows } = await reasonsStream(cut(b, [33, 2000]), { file: 1, fileNames: ['x', 'y.HEN'], showPersonalData: true, fileName: p });
      expect(rows).toEqual(whole);
    }
  });
});

describe('validateFileReport', () => {
  it('gives validate(), effectiveKind() and resolvePreset() of the whole file', async () => {
    const { validateFileReport } = await import('../../src/node/stream.js');
    const { effectiveKind, resolvePreset } = await import('../../src/validate/index.js');
    for (const { p, b } of FILES) {
      const f = parse(b, { fileName: p.split('/').pop() });
      const r = await validateFileReport(p, { chunkBytes: 1000 });
      expect(r.diagnostics).toEqual(validate(f));
      expect(r.kind).toBe(effectiveKind(f));
      expect(r.preset).toBe(resolvePreset(f));
    }
  });
});
