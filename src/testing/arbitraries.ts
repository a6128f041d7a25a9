/**
 * fast-check arbitraries derived from the record tables, for our tests and for vendors' test suites.
 *
 * fast-check is not a dependency of receden: pass your own `fc` module
 * (`import fc from 'fast-check'; const arb = recordArbitrary(fc, 'RE')`).
 */
import type * as FastCheck from 'fast-check';
import { codeTable, RECORDS, type RecordId } from '../spec/registry.js';
import type { FieldDef, RecordDef } from '../spec/types.js';

type Fc = Omit<typeof FastCheck, 'default'>;
type Arb<T> = FastCheck.Arbitrary<T>;

/** A small pool of JIS X 0208 characters of every kind a 漢字 field meets. */
export const KANJI_POOL = [...'あいうえおかきくけこさしすせそたちつてとアイウエオカキクケコヴー　山田太郎花子鈴木佐藤高橋渡辺伊藤中村小林加藤吉田病院診療所内科外科眼科骨折肺炎糖尿病高血圧症疑い０１２３４５６７８９ＡＢＣＸＹＺ（）－・、。％'];
/** JIS X 0201 characters for 英数 fields: printable ASCII without the separator, and half-width katakana. */
export const ALNUM_POOL = [...' !#$%&()*+-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[]^_abcdefghijklmnopqrstuvwxyz{|}ｱｲｳｴｵｶｷｸｹｺｰﾞﾟ'];

function digits(fc: Fc, min: number, max: number): Arb<string> {
  return fc.array(fc.integer({ min: 0, max: 9 }), { minLength: min, maxLength: max }).map((a) => a.join(''));
}

function noLeadingZero(fc: Fc, maxLen: number): Arb<string> {
  return fc.oneof(
    fc.constant('0'),
    fc.tuple(fc.integer({ min: 1, max: 9 }), digits(fc, 0, Math.max(0, maxLen - 1))).map(([a, b]) => `${a}${b}`),
  );
}

function dateArb(fc: Fc, kind: 'ym' | 'ymd'): Arb<string> {
  return fc.date({ min: new Date(Date.UTC(1900, 0, 1)), max: new Date(Date.UTC(2099, 11, 31)), noInvalidDate: true }).map((d) => {
    const y = String(d.getUTCFullYear()).padStart(4, '0');
    const m = String(d.getUTCMonth() + 1).padStart(2, '0');
    const dd = String(d.getUTCDate()).padStart(2, '0');
    return kind === 'ym' ? y + m : y + m + dd;
  });
}

/** Codes of a field's table that fit the field. */
function fittingCodes(f: FieldDef): string[] {
  const t = f.table ? codeTable(f.table) : undefined;
  if (!t) return [];
  const unit = f.repeat?.unit ?? f.maxBytes;
  return Object.keys(t.codes).filter((c) => (f.format === '固定' && !f.repeat ? c.length === f.maxBytes : c.length <= unit) && /^[\x20-\x7e]+$/.test(c) && !c.includes(','));
}

/** A valid, non-empty value for one field, per its table entry. */
export function valueArbitrary(fc: Fc, f: FieldDef): Arb<string> {
  const codes = fittingCodes(f);
  if (codes.length > 0) {
    if (f.repeat) {
      const same = codes.filter((c) => c.length === f.repeat!.unit);
      if (same.length > 0) return fc.array(fc.constantFrom(...same), { minLength: 1, maxLength: f.repeat.max }).map((a) => a.join(''));
    }
    return fc.constantFrom(...codes);
  }
  const n = f.maxBytes;
  const fixed = f.format === '固定';
  switch (f.kind) {
    case 'ym':
      return dateArb(fc, 'ym');
    case 'ymd':
      return dateArb(fc, 'ymd');
    case 'hm':
      return fc.tuple(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 })).map(([h, m]) => `${String(h).padStart(2, '0')}${String(m).padStart(2, '0')}`);
    case 'integer':
      return fixed ? digits(fc, n, n) : noLeadingZero(fc, n);
    case 'decimal': {
      if (n < 3) return noLeadingZero(fc, n);
      return fc.oneof(
        noLeadingZero(fc, n),
        fc.tuple(noLeadingZero(fc, Math.max(1, n - 3)), digits(fc, 0, 1), fc.integer({ min: 1, max: 9 })).map(([a, b, c]) => `${a}.${b}${c}`),
      );
    }
    case 'digits':
    case 'code':
      return digits(fc, fixed ? n : 1, n);
    default:
      break;
  }
  if (f.mode === '数字') return fixed ? digits(fc, n, n) : noLeadingZero(fc, n);
  const alnum = fc.array(fc.constantFrom(...ALNUM_POOL), { minLength: fixed ? n : 1, maxLength: n }).map((a) => a.join(''));
  const kanjiLen = Math.floor(n / 2);
  const kanji = fc.array(fc.constantFrom(...KANJI_POOL), { minLength: fixed ? kanjiLen : 1, maxLength: Math.max(1, kanjiLen) }).map((a) => a.join(''));
  if (f.mode === '英数') return alnum;
  if (f.mode === '漢字') return kanji;
  return fc.oneof(alnum, kanji);
}

/** A field's value: required fields always have one, 予備 is always empty, others may be empty. */
export function fieldArbitrary(fc: Fc, f: FieldDef): Arb<string> {
  if (f.required === 'omit') return fc.constant('');
  if (f.key === 'recordId') return fc.constant('');
  const v = valueArbitrary(fc, f);
  return f.required === 'required' ? v : fc.oneof(v, fc.constant(''));
}

/** All field values of a record, `values[0]` = the record id. */
export function recordArbitrary(fc: Fc, id: RecordId): Arb<string[]> {
  const def = RECORDS[id] as RecordDef;
  return fc.tuple(...def.fields.map((f) => fieldArbitrary(fc, f))).map((vals) => {
    vals[0] = def.id;
    return vals;
  });
}

/** A history prefix (データ識別, 行番号, 枝番号). */
export function prefixArbitrary(fc: Fc): Arb<[string, string, string]> {
  const kinds = Object.keys(codeTable('ret:data-kind')?.codes ?? { '8': '' });
  return fc.tuple(fc.constantFrom(...kinds), fc.integer({ min: 1, max: 99999 }).map(String), fc.integer({ min: 0, max: 999 }).map(String));
}
