/**
 * The one-pass output check (`createOutputCheck`, what the streaming writers write through) gives exactly the
 * verdict and findings of `checkOutput` on the same bytes, whatever the chunking: on valid files of every kind and
 * file kind, on files that break one rule each, and on files that are not Shift_JIS at all (UTF-8), where the
 * character-class rules must not repeat the byte layer's finding.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parse } from '../../src/model/parse.js';
import type { ReceFile } from '../../src/model/file.js';
import { effectiveKind } from '../../src/validate/index.js';
import { checkOutput, createOutputCheck } from '../../src/write/check.js';
import { corruptionArbitrary, fileArbitrary, GENERATED_KINDS, type CorruptedFile, type GeneratedFile } from '../../src/testing.js';
import type { ClaimKind } from '../../src/spec/types.js';
import type { PresetId } from '../../src/validate/types.js';

/**
 * Both checks of `bytes` as a writer of `file` asks for them — it names the kind it writes: a claim that holds an
 * HR is still a claim (`effectiveKind`, which `validate` applies to what it reads) — the streamed one fed in chunks
 * of `size` bytes.
 */
function both(bytes: Uint8Array, file: ReceFile, size: number, preset?: PresetId) {
  const kind = effectiveKind(file);
  const claimKind = file.claimKind as ClaimKind;
  const whole = checkOutput(bytes, { kind, claimKind, preset });
  const s = createOutputCheck({ kind, claimKind, preset });
  for (let at = 0; at < bytes.length; at += size) s.write(bytes.slice(at, at + size));
  const streamed = s.finish();
  return { whole: { ok: whole.ok, diagnostics: whole.diagnostics }, streamed: { ok: streamed.ok, diagnostics: streamed.diagnostics } };
}

const chunk = fc.integer({ min: 1, max: 5000 });

describe('createOutputCheck ≡ checkOutput', () => {
  it('valid files of every kind and file kind, any chunking', () => {
    fc.assert(
      fc.property(fileArbitrary<fc.Arbitrary<GeneratedFile>>(fc, { claimKind: [...GENERATED_KINDS], fileKind: ['UKE', 'HEN', 'SAH'], receipts: { min: 1, max: 3 } }), chunk, (g, size) => {
        const { whole, streamed } = both(g.bytes, g.file, size);
        expect(streamed).toEqual(whole);
        expect(whole.ok).toBe(true);
      }),
      { numRuns: 40 },
    );
  });

  it('files that break one rule each, any chunking', () => {
    fc.assert(
      fc.property(corruptionArbitrary<fc.Arbitrary<CorruptedFile>>(fc), chunk, (c, size) => {
        const { whole, streamed } = both(c.bytes, c.file, size, c.preset);
        expect(streamed).toEqual(whole);
      }),
      { numRuns: 60 },
    );
  });

  it('a file in UTF-8: the same findings (no field findings beside encoding/utf8)', () => {
    fc.assert(
      fc.property(fileArbitrary<fc.Arbitrary<GeneratedFile>>(fc, { claimKind: ['ika', 'shika'], receipts: { min: 1, max: 2 } }), chunk, (g, size) => {
        const utf8 = new TextEncoder().encode(new TextDecoder('shift_jis').decode(g.bytes));
        const { whole, streamed } = both(utf8, parse(utf8, { fileName: g.fileName }), size);
        expect(whole.diagnostics.some((d) => d.code === 'encoding/utf8')).toBe(true);
        expect(streamed).toEqual(whole);
      }),
      { numRuns: 15 },
    );
  });
});
