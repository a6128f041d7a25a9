/**
 * Masking: a copy of a claim or return file to share (a bug report, a vendor's test data) without the
 * patient in it. Browser-safe; `receden mask` is the CLI.
 *
 * What is replaced is read from the record tables, never listed here: every `personal` field (氏名,
 * カタカナ, 生年月日, 記号・番号, 受給者番号, カルテ番号, 症状詳記 and comment text …) and every field with a
 * `mask` definition (保険者番号 / 公費負担者番号 with their check digits; 検索番号 when asked). Every other
 * byte is unchanged, so the structure, the codes and the totals are the file's own, and the output has
 * the input's length:
 * - text keeps its モード and its Shift_JIS bytes, character by character: a digit becomes a digit, a
 *   letter a letter of its case, 全角 stays 全角, hiragana hiragana, katakana katakana (カタカナ fields
 *   stay kana), a JIS X 0208 kanji a 第一水準 kanji, a CP932 extension ideograph another one (so the
 *   findings about the character set stay); spaces, punctuation and symbols stay;
 * - a date keeps its year and month and moves to another day of that month — the 1st stays the 1st:
 *   an age is reached the day before the birthday (年齢計算ニ関スル法律), so the 1st decides the month in
 *   which a patient becomes 高齢受給者 or starts school, and moving it would move the age band;
 * - a number with a check digit gets new digits (its `keep` prefix — 法別番号, 都道府県 — stays) and a
 *   valid check digit — or, when the original's was wrong, a wrong one, so the finding stays;
 * - a 検索番号 is kept, or remapped digit for digit when `remapSearchNumbers` is set.
 * Substitutes are derived from the value with HMAC-SHA-256 under a secret key, so one key gives the
 * same substitute for the same value in every record and every file (the HO and SN card, the RE in the
 * claim and in the history block of its return, a HEN and the UKE that resubmits it), and nothing of the
 * original can be recovered without the key. A substitute never equals its original (but for dates on
 * the 1st and values without a replaceable character).
 *
 * The history block (履歴管理ブロック) embeds the claim as first sent, with prefixes: it is masked like
 * the rest — a masked return is for sharing, never for resubmission (its history no longer matches
 * what the payer holds).
 *
 * Lines whose fields cannot be placed by the table (a record not in the kind's tables, or a record with
 * personal fields whose field count is off its table) are masked whole, but for their record id.
 */
import { classifyPair, isLeadByte, isTrailByte, PairClass } from '../codec/sjis.js';
import { readSpecDate } from '../codec/dates.js';
import { parse, type ParseOptions } from '../model/parse.js';
import type { ReceFile } from '../model/file.js';
import type { Rec } from '../model/record.js';
import type { FieldDef } from '../spec/types.js';
import { checkDigit, checkDigitOk } from '../validate/rules/cross/check-digit.js';
import { hmacSha256 } from './sha256.js';

export { sha256, hmacSha256 } from './sha256.js';

export interface MaskOptions {
  /** The secret the substitutes are derived from (text, or bytes). The same key gives the same substitutes. */
  readonly key: string | Uint8Array;
  /** Remap 検索番号 (RE, HR, MN, JR …) too, the same way in every file. @defaultValue false (kept) */
  readonly remapSearchNumbers?: boolean;
}

export interface MaskResult {
  /** The masked file: the input's length, every byte outside the masked fields unchanged. */
  readonly bytes: Uint8Array;
  /** The file as parsed (claim kind, kind), for reports. */
  readonly file: ReceFile;
  /** Fields replaced. */
  readonly fields: number;
  /** Lines masked whole (unknown or damaged records). */
  readonly wholeLines: number;
}

/** A masker: the same key and cache for several files, so a person gets the same substitutes in each. */
export interface Masker {
  mask(bytes: Uint8Array, options?: ParseOptions): MaskResult;
}

const enc = new TextEncoder();

/** A random key (32 bytes, hex) from the platform's random source (`crypto.getRandomValues`). */
export function randomMaskKey(): string {
  const b = new Uint8Array(32);
  globalThis.crypto.getRandomValues(b);
  return [...b].map((x) => x.toString(16).padStart(2, '0')).join('');
}

/** Mask one file (see the module comment). For several files that share patients, use {@link createMasker}. */
export function mask(bytes: Uint8Array, options: MaskOptions & ParseOptions): MaskResult {
  return createMasker(options).mask(bytes, options);
}

/** What a field is masked as, from its table entry; undefined: kept. */
type Treatment = 'text' | 'date' | 'number' | 'search';

function treatmentOf(f: FieldDef, remapSearchNumbers: boolean): Treatment | undefined {
  if (f.mask?.searchNumber) return remapSearchNumbers ? 'search' : undefined;
  if (f.mask?.checkDigit) return 'number';
  if (!f.personal) return undefined;
  return f.kind === 'ymd' ? 'date' : 'text';
}

/** True for records whose table has a field the masker replaces (their fields count when they are damaged). */
function hasMasked(rec: Rec): boolean {
  return rec.def!.fields.some((f) => f.personal || f.mask?.checkDigit);
}

export function createMasker(options: MaskOptions): Masker {
  const mac = hmacSha256(typeof options.key === 'string' ? enc.encode(options.key) : options.key);
  const remap = options.remapSearchNumbers ?? false;
  const cache = new Map<string, Uint8Array>();

  /** A keyed stream of integers for one (domain, value): uniform in [0, n), the same for the same inputs. */
  function stream(domain: string, value: Uint8Array, attempt: number) {
    const head = enc.encode(`receden-mask/1\0${domain}\0${attempt}\0`);
    let block: Uint8Array = new Uint8Array(0);
    let at = 0;
    let counter = 0;
    const byte = (): number => {
      if (at >= block.length) {
        block = mac(head, value, new Uint8Array([counter >>> 24, (counter >>> 16) & 255, (counter >>> 8) & 255, counter & 255]));
        counter++;
        at = 0;
      }
      return block[at++]!;
    };
    return (n: number): number => {
      // Rejection sampling on 16 bits: no bias for n ≤ 65536.
      const limit = 65536 - (65536 % n);
      for (;;) {
        const v = (byte() << 8) | byte();
        if (v < limit) return v % n;
      }
    };
  }

  /** The substitute of a value of one domain (cached: a value is derived once per masker). */
  function substitute(domain: Treatment, value: Uint8Array, make: (next: (n: number) => number) => Uint8Array): Uint8Array {
    const id = `${domain}\0${String.fromCharCode(...value)}`;
    let out = cache.get(id);
    if (!out) {
      for (let attempt = 0; ; attempt++) {
        out = make(stream(domain, value, attempt));
        if (!sameBytes(out, value) || attempt >= 16) break;
      }
      cache.set(id, out);
    }
    return out;
  }

  function maskField(t: Treatment, f: FieldDef | undefined, v: Uint8Array): Uint8Array {
    if (t === 'number' || t === 'search') {
      const digits = digitRun(v);
      if (!digits) return f?.personal ? substitute('text', v, (next) => maskText(v, next)) : v;
      return substitute(t, v, (next) => {
        const out = v.slice();
        const [s, e] = digits;
        const n = e - s;
        const keep = t === 'number' ? (f?.mask?.keep?.[n] ?? 0) : 0;
        const last = t === 'number' ? e - 1 : e;
        for (let i = s + keep; i < last; i++) out[i] = 0x30 + next(10);
        if (t === 'number') {
          // A valid check digit stays valid; a wrong one stays wrong (the finding about it is the file's own).
          const right = checkDigit(String.fromCharCode(...out.subarray(s, e - 1)));
          out[e - 1] = 0x30 + (checkDigitOk(String.fromCharCode(...v.subarray(s, e))) ? right : (right + 1 + next(9)) % 10);
        }
        return out;
      });
    }
    if (t === 'date') {
      const text = String.fromCharCode(...v);
      const d = /^\d{7,8}$/.test(text) ? readSpecDate(text) : undefined;
      if (!d || d.precision !== 'day') return substitute('text', v, (next) => maskText(v, next));
      const day = Number(d.iso.slice(8, 10));
      if (day === 1) return v;
      const y = Number(d.iso.slice(0, 4));
      const m = Number(d.iso.slice(5, 7));
      const days = new Date(Date.UTC(y, m, 0)).getUTCDate();
      if (days <= 2) return v;
      return substitute('date', v, (next) => {
        let nd = 2 + next(days - 2);
        if (nd >= day) nd++;
        const out = v.slice();
        out[v.length - 2] = 0x30 + Math.floor(nd / 10);
        out[v.length - 1] = 0x30 + (nd % 10);
        return out;
      });
    }
    return substitute('text', v, (next) => maskText(v, next));
  }

  return {
    mask(input: Uint8Array, parseOptions: ParseOptions = {}): MaskResult {
      const file = parse(input, parseOptions);
      const out = input.slice();
      let fields = 0;
      let wholeLines = 0;
      const put = (start: number, end: number, bytes: Uint8Array) => {
        out.set(bytes, start);
        if (!sameBytes(bytes, input.subarray(start, end))) fields++;
      };
      for (const rec of allRecords(file)) {
        const def = rec.def;
        const whole = !def || (rec.fieldCount !== def.fields.length && hasMasked(rec));
        if (whole) {
          // Fields that cannot be placed: every field but the record id, as text.
          let masked = false;
          for (let pos = 2; pos <= rec.fieldCount; pos++) {
            const s = rec.span(pos)!;
            if (s.end === s.start) continue;
            put(s.start, s.end, maskField('text', undefined, input.subarray(s.start, s.end)));
            masked = true;
          }
          if (masked) wholeLines++;
          continue;
        }
        const n = Math.min(rec.fieldCount, def.fields.length);
        for (let pos = 2; pos <= n; pos++) {
          const f = def.fields[pos - 1]!;
          const t = treatmentOf(f, remap);
          if (!t) continue;
          const s = rec.span(pos)!;
          if (s.end === s.start) continue;
          put(s.start, s.end, maskField(t, f, input.subarray(s.start, s.end)));
        }
      }
      return { bytes: out, file, fields, wholeLines };
    },
  };
}

function allRecords(file: ReceFile): Rec[] {
  return [...file.lead, ...file.receipts.flatMap((r) => r.records), ...file.tail];
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** [start, end) of the digits of a value that is digits with optional spaces around them (保険者番号 "  138057"). */
function digitRun(v: Uint8Array): [number, number] | undefined {
  let s = 0;
  let e = v.length;
  while (s < e && v[s] === 0x20) s++;
  while (e > s && v[e - 1] === 0x20) e--;
  if (e - s < 2) return undefined;
  for (let i = s; i < e; i++) if (v[i]! < 0x30 || v[i]! > 0x39) return undefined;
  return [s, e];
}

// ---- character classes (Shift_JIS codes) ----

/** Double-byte codes of a class, in order. */
function range(from: number, to: number, skip: readonly number[] = []): Uint16Array {
  const out: number[] = [];
  for (let c = from; c <= to; c++) if (isTrailByte(c & 0xff) && !skip.includes(c)) out.push(c);
  return Uint16Array.from(out);
}

let pools: { digit: Uint16Array; upper: Uint16Array; lower: Uint16Array; hira: Uint16Array; kata: Uint16Array; kanji: Uint16Array; ext: Uint16Array } | undefined;

function poolsOf() {
  if (!pools) {
    // 第一水準 kanji: rows 16–47, 0x889F–0x9872 (every code in it is assigned).
    const kanji = range(0x889f, 0x9872).filter((c) => classifyPair(c >> 8, c & 0xff) === PairClass.Jis0208);
    // CP932 extension ideographs (IBM extensions, 0xFA40–0xFC4B): the character-set findings stay.
    const dec = new TextDecoder('shift_jis');
    const ext = range(0xfa40, 0xfc4b).filter((c) => classifyPair(c >> 8, c & 0xff) === PairClass.Cp932Ext && isIdeograph(dec.decode(new Uint8Array([c >> 8, c & 0xff])).charCodeAt(0)));
    pools = {
      digit: range(0x824f, 0x8258),
      upper: range(0x8260, 0x8279),
      lower: range(0x8281, 0x829a),
      hira: range(0x829f, 0x82f1),
      kata: range(0x8340, 0x8396),
      kanji: Uint16Array.from(kanji),
      ext: Uint16Array.from(ext),
    };
  }
  return pools;
}

function isIdeograph(cp: number): boolean {
  return (cp >= 0x4e00 && cp <= 0x9fff) || (cp >= 0xf900 && cp <= 0xfaff);
}

/** The pool a double-byte code belongs to, or undefined (symbols, punctuation, spaces: kept). */
function poolOf(code: number): Uint16Array | undefined {
  const p = poolsOf();
  if (code >= 0x824f && code <= 0x8258) return p.digit;
  if (code >= 0x8260 && code <= 0x8279) return p.upper;
  if (code >= 0x8281 && code <= 0x829a) return p.lower;
  if (code >= 0x829f && code <= 0x82f1) return p.hira;
  if (code >= 0x8340 && code <= 0x8396 && code !== 0x837f) return p.kata;
  const cls = classifyPair(code >> 8, code & 0xff);
  if (cls === PairClass.Jis0208 && code >= 0x889f) return p.kanji;
  if (cls === PairClass.Cp932Ext && (code >> 8) >= 0xed) {
    const dec = new TextDecoder('shift_jis');
    if (isIdeograph(dec.decode(new Uint8Array([code >> 8, code & 0xff])).charCodeAt(0))) return p.ext;
  }
  return undefined;
}

/** Text masked character by character, keeping each character's class and byte width. */
function maskText(v: Uint8Array, next: (n: number) => number): Uint8Array {
  const out = v.slice();
  for (let i = 0; i < v.length; i++) {
    const b = v[i]!;
    if (isLeadByte(b) && i + 1 < v.length && isTrailByte(v[i + 1]!)) {
      const pool = poolOf((b << 8) | v[i + 1]!);
      if (pool) {
        const c = pool[next(pool.length)]!;
        out[i] = c >> 8;
        out[i + 1] = c & 0xff;
      }
      i++;
    } else if (b >= 0x30 && b <= 0x39) out[i] = 0x30 + next(10);
    else if (b >= 0x41 && b <= 0x5a) out[i] = 0x41 + next(26);
    else if (b >= 0x61 && b <= 0x7a) out[i] = 0x61 + next(26);
    else if (b >= 0xb1 && b <= 0xdd) out[i] = 0xb1 + next(45);
  }
  return out;
}
