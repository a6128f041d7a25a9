/** Test helpers: paths to the fixtures (ours and third-party ones, all inside the repository), building Shift_JIS files. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { encodeSjis } from '../../src/codec/sjis.js';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const FIXTURES = join(ROOT, 'fixtures');
/** The receiptisan project's sample claim file (MIT, fixtures/third-party/receiptisan/LICENSE.txt). */
export const SAMPLE_UKE = join(FIXTURES, 'third-party', 'receiptisan', 'RECEIPTC_GAIRAI_SAMPLE.UKE');

export function readBytes(path: string): Uint8Array {
  const b = readFileSync(path);
  return new Uint8Array(b.buffer, b.byteOffset, b.byteLength);
}

export function bytesEqual(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/**
 * A Shift_JIS file from lines of text: CRLF after every line and the EOF byte, as the spec wants
 * (options produce the deviations). Throws if the test text itself is not encodable.
 */
export function sjisFile(lines: readonly string[], { eof = true, eol = '\r\n' }: { eof?: boolean; eol?: string } = {}): Uint8Array {
  const r = encodeSjis(lines.map((l) => l + eol).join(''), 'lenient');
  if (!r.ok) throw new Error(`test text not encodable: ${r.failure.char}`);
  if (!eof) return r.bytes;
  const out = new Uint8Array(r.bytes.length + 1);
  out.set(r.bytes);
  out[r.bytes.length] = 0x1a;
  return out;
}

/** The parts, one after the other, in one array. */
export function concatBytes(...parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let o = 0;
  for (const p of parts) {
    out.set(p, o);
    o += p.length;
  }
  return out;
}
