import { isLeadByte } from '../../../codec/sjis.js';
import { valueParams } from '../../engine/read.js';
import { ALL_PRESETS, confidenceSeverity, defineFieldRule } from '../define.js';

/** Per field table entry: a 128-entry map of the lower-case bytes that must be written as capitals. */
const cache = new WeakMap<object, Uint8Array>();

function lowerBytes(letters: string, key: object): Uint8Array {
  let m = cache.get(key);
  if (!m) {
    m = new Uint8Array(128);
    for (const ch of letters.toLowerCase()) if (ch.charCodeAt(0) < 128) m[ch.charCodeAt(0)] = 1;
    cache.set(key, m);
  }
  return m;
}

export const upperCase = defineFieldRule({
  id: 'field/upper-case',
  severity: 'error',
  presets: ALL_PRESETS,
  scope: 'field',
  history: false,
  digitsSafe: true,
  applies: (f) => f.def.upperCase !== undefined && f.pos > 1,
  check(v, ctx) {
    const m = lowerBytes(v.spec.def.upperCase!, v.spec.def);
    const b = v.buf;
    for (let i = v.start; i < v.end; i++) {
      const c = b[i]!;
      if (c >= 0x80) {
        if (isLeadByte(c)) i++; // the second byte of a double-byte character is not a letter of its own
        continue;
      }
      if (m[c] !== 1) continue;
      ctx.report(upperCase, {
        rec: v.rec,
        field: v.spec.field,
        at: i,
        length: 1,
        expected: `“${String.fromCharCode(c - 0x20)}” (half-width capital)`,
        found: `“${String.fromCharCode(c)}” at character ${i - v.start + 1}`,
        params: { ...valueParams(v, ctx.showPersonalData), letter: String.fromCharCode(c - 0x20), index: i - v.start + 1 },
        severity: confidenceSeverity(v),
      });
      return;
    }
  },
});
