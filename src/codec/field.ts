/**
 * Write-side check of one field value against its table entry: the characters its モード allows,
 * its byte budget (Shift_JIS bytes) and 固定 width. Used wherever a new or edited value is about to
 * be written, so nothing that breaks the field's entry reaches a file. (The validator reports the
 * same conditions, and more, for whole files.)
 */
import { encodeSjis, isJis0201Byte, sjisByteLength } from './sjis.js';
import type { FieldDef } from '../spec/types.js';

/**
 * Problems of `value` for field `f`, as short English shape descriptions (never the value itself:
 * the caller may be handling personal data). Empty when the value may be written.
 */
export function checkFieldValue(f: FieldDef, value: string): string[] {
  if (value === '') return [];
  const out: string[] = [];
  const enc = encodeSjis(value, 'strict');
  if (!enc.ok) return [`「${enc.failure.char}」(${enc.failure.codePoint}) is not JIS X 0201/0208`];
  const b = enc.bytes;
  let single = 0;
  let double = 0;
  for (let i = 0; i < b.length; i++) {
    if (b[i]! >= 0x81 && b[i]! !== 0xa0 && !(b[i]! >= 0xa1 && b[i]! <= 0xdf)) {
      double++;
      i++;
    } else if (isJis0201Byte(b[i]!)) single++;
  }
  switch (f.mode) {
    case '数字': {
      const allowDot = f.kind === 'decimal';
      if (!(allowDot ? /^[0-9]+(\.[0-9]+)?$/ : /^[0-9]+$/).test(value) && !(f.kind === 'digits' && /^ +[0-9]+$/.test(value))) {
        out.push(`数字 field holds other characters${allowDot ? ' (only digits and one ".")' : ' (only digits)'}`);
      }
      break;
    }
    case '英数':
      if (double > 0) out.push('英数 field holds full-width characters');
      break;
    case '漢字':
      if (single > 0) out.push('漢字 field holds half-width characters');
      break;
    case '英数又は漢字':
      if (single > 0 && double > 0) out.push('英数又は漢字 field mixes half-width and full-width characters');
      break;
  }
  const n = sjisByteLength(value);
  if (n > f.maxBytes) out.push(`${f.maxBytes} bytes max, found ${n} bytes`);
  else if (f.format === '固定' && n !== f.maxBytes) out.push(`固定 ${f.maxBytes} bytes, found ${n} bytes`);
  return out;
}
