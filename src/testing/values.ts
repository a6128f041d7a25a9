/**
 * What a valid value of a field looks like, as a small plan derived from its table entry (code list,
 * date, digits, characters of a pool). Two readers share it: the fast-check arbitraries of
 * `receden/testing` and the seeded file generator, so both produce the same kinds of values.
 */
import { codeTable } from '../spec/registry.js';
import type { FieldDef, UnitPartDef } from '../spec/types.js';

/** A small pool of JIS X 0208 characters of every kind a 漢字 field meets. */
export const KANJI_POOL = [...'あいうえおかきくけこさしすせそたちつてとアイウエオカキクケコヴー　山田太郎花子鈴木佐藤高橋渡辺伊藤中村小林加藤吉田病院診療所内科外科眼科骨折肺炎糖尿病高血圧症疑い０１２３４５６７８９ＡＢＣＸＹＺ（）－・、。％'];
/** JIS X 0201 characters for 英数 fields: printable ASCII without the separator, and half-width katakana. */
export const ALNUM_POOL = [...' !#$%&()*+-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[]^_abcdefghijklmnopqrstuvwxyz{|}ｱｲｳｴｵｶｷｸｹｺｰﾞﾟ'];

export type ValuePlan =
  | { readonly type: 'codes'; readonly codes: readonly string[] }
  /** 1..max codes of one width, concatenated (レセプト特記事項 …). */
  | { readonly type: 'repeat'; readonly codes: readonly string[]; readonly max: number }
  | { readonly type: 'date'; readonly kind: 'ym' | 'ymd' }
  | { readonly type: 'time' }
  /** min..max digits; `noLeadingZero`: "0" or a number without leading zero. */
  | { readonly type: 'digits'; readonly min: number; readonly max: number; readonly noLeadingZero: boolean }
  /**
   * A number with a fraction: integer part (1..intMax digits) then "." then 0..fracMax-1 digits and a last
   * non-zero digit (fracMax 2 when not given).
   */
  | { readonly type: 'decimal'; readonly intMax: number; readonly fracMax?: number }
  /** A negative number: "-" then 1..max digits, the first non-zero (a signed field, `FieldDef.number`). */
  | { readonly type: 'negative'; readonly max: number }
  | { readonly type: 'chars'; readonly pool: readonly string[]; readonly min: number; readonly max: number }
  | { readonly type: 'oneof'; readonly plans: readonly ValuePlan[] };

/** Codes of a field's table that fit the field. */
export function fittingCodes(f: FieldDef): string[] {
  const t = f.table ? codeTable(f.table) : undefined;
  if (!t) return [];
  const unit = f.repeat?.unit ?? f.maxBytes;
  return Object.keys(t.codes).filter((c) => (f.format === '固定' && !f.repeat ? c.length === f.maxBytes : c.length <= unit) && /^[\x20-\x7e]+$/.test(c) && !c.includes(','));
}

const unitCache = new WeakMap<readonly UnitPartDef[], string[]>();

/** Every unit the parts' tables allow (歯式コード: 117 歯種 × 10 状態 × 9 部分). */
function unitCodes(parts: readonly UnitPartDef[]): string[] {
  let out = unitCache.get(parts);
  if (!out) {
    out = [''];
    for (const p of parts) {
      const t = p.table ? codeTable(p.table) : undefined;
      const codes = t ? Object.keys(t.codes).filter((c) => c.length === p.width) : ['0'.repeat(p.width)];
      out = out.flatMap((head) => codes.map((c) => head + c));
    }
    unitCache.set(parts, out);
  }
  return out;
}

/** The plan of a valid, non-empty value for one field, per its table entry. */
export function valuePlan(f: FieldDef): ValuePlan {
  // A structured unit (歯式コード): units made of a listed code of each part's table.
  if (f.repeat?.parts) return { type: 'repeat', codes: unitCodes(f.repeat.parts), max: f.repeat.max };
  const codes = fittingCodes(f);
  if (codes.length > 0) {
    if (f.repeat) {
      const same = codes.filter((c) => c.length === f.repeat!.unit);
      if (same.length > 0) return { type: 'repeat', codes: same, max: f.repeat.max };
    }
    return { type: 'codes', codes };
  }
  const n = f.maxBytes;
  const fixed = f.format === '固定';
  const number = (): ValuePlan => (fixed ? { type: 'digits', min: n, max: n, noLeadingZero: false } : { type: 'digits', min: 1, max: n, noLeadingZero: true });
  switch (f.kind) {
    case 'ym':
    case 'ymd':
      return { type: 'date', kind: f.kind };
    case 'hm':
      return { type: 'time' };
    case 'integer':
      // A signed field (DPC 調整点数): a plain number or "-" and up to maxBytes - 1 digits.
      return f.number?.signed && !fixed && n >= 2 ? { type: 'oneof', plans: [number(), { type: 'negative', max: n - 1 }] } : number();
    case 'decimal': {
      // Digits on each side of the point as the field's number format says (DPC 医療機関別係数 1.4).
      if (f.number?.intDigits !== undefined || f.number?.fracDigits !== undefined) {
        const intMax = Math.max(1, Math.min(f.number.intDigits ?? n - 2, n - 2));
        const fracMax = Math.max(0, Math.min(f.number.fracDigits ?? n - 1 - intMax, n - 1 - intMax));
        const whole: ValuePlan = { type: 'digits', min: 1, max: intMax, noLeadingZero: true };
        return fracMax === 0 ? whole : { type: 'oneof', plans: [whole, { type: 'decimal', intMax, fracMax }] };
      }
      // Within the field's 整数部・小数部 when the table gives them (field/decimal-split), else within its width.
      const intMax = Math.min(f.decimal?.int ?? n, n);
      const fracMax = Math.min(f.decimal?.frac ?? 2, n - 2);
      const whole: ValuePlan = { type: 'digits', min: 1, max: intMax, noLeadingZero: true };
      if (n < 3 || fracMax < 1) return whole;
      return { type: 'oneof', plans: [whole, { type: 'decimal', intMax: Math.max(1, Math.min(intMax, n - 1 - fracMax)), fracMax }] };
    }
    case 'digits':
    case 'code':
      return { type: 'digits', min: fixed ? n : 1, max: n, noLeadingZero: false };
    default:
      break;
  }
  if (f.mode === '数字') return number();
  const alnum: ValuePlan = { type: 'chars', pool: ALNUM_POOL, min: fixed ? n : 1, max: n };
  const kanjiLen = Math.floor(n / 2);
  const kanji: ValuePlan = { type: 'chars', pool: KANJI_POOL, min: fixed ? kanjiLen : 1, max: Math.max(1, kanjiLen) };
  if (f.mode === '英数') return alnum;
  if (f.mode === '漢字') return kanji;
  return { type: 'oneof', plans: [alnum, kanji] };
}

/** A source of random choices (a seeded generator; see {@link seeded}). */
export interface Random {
  /** An integer in [min, max]. */
  int(min: number, max: number): number;
}

/** A deterministic random source from a 32-bit seed (mulberry32). */
export function seeded(seed: number): Random {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return { int: (min, max) => min + Math.floor(next() * (max - min + 1)) };
}

const pad = (n: number, w: number) => String(n).padStart(w, '0');

/** A value drawn from a plan. */
export function sample(r: Random, p: ValuePlan): string {
  switch (p.type) {
    case 'codes':
      return p.codes[r.int(0, p.codes.length - 1)]!;
    case 'repeat': {
      let s = '';
      for (let i = r.int(1, p.max); i > 0; i--) s += p.codes[r.int(0, p.codes.length - 1)]!;
      return s;
    }
    case 'date': {
      // A real calendar date, 1900–2099 (the last day of a month is taken as 28 to stay valid).
      const y = r.int(1900, 2099);
      const m = r.int(1, 12);
      return p.kind === 'ym' ? `${y}${pad(m, 2)}` : `${y}${pad(m, 2)}${pad(r.int(1, 28), 2)}`;
    }
    case 'time':
      return `${pad(r.int(0, 23), 2)}${pad(r.int(0, 59), 2)}`;
    case 'digits': {
      const len = r.int(p.min, p.max);
      if (p.noLeadingZero) {
        if (r.int(0, 9) === 0) return '0';
        let s = String(r.int(1, 9));
        for (let i = 1; i < len; i++) s += String(r.int(0, 9));
        return s;
      }
      let s = '';
      for (let i = 0; i < len; i++) s += String(r.int(0, 9));
      return s;
    }
    case 'decimal': {
      const int = sample(r, { type: 'digits', min: 1, max: p.intMax, noLeadingZero: true });
      let frac = '';
      for (let i = r.int(0, (p.fracMax ?? 2) - 1); i > 0; i--) frac += String(r.int(0, 9));
      return `${int}.${frac}${r.int(1, 9)}`;
    }
    case 'negative': {
      let s = `-${r.int(1, 9)}`;
      for (let i = r.int(1, p.max) - 1; i > 0; i--) s += String(r.int(0, 9));
      return s;
    }
    case 'chars': {
      let s = '';
      for (let i = r.int(p.min, p.max); i > 0; i--) s += p.pool[r.int(0, p.pool.length - 1)]!;
      return s;
    }
    case 'oneof':
      return sample(r, p.plans[r.int(0, p.plans.length - 1)]!);
  }
}
