/**
 * Masking (src/mask, `receden mask`): what is replaced comes from the tables; the rest of the bytes,
 * the structure and the findings stay; the same key gives the same substitutes everywhere.
 *
 * "Masking twice is stable" is checked as: mask(x, k) is byte-identical on every call and in every
 * masker; mask(mask(x, k), k) again differs from x only inside the masked fields (same length, same
 * bytes outside them, same findings), so a masked file can be masked again without harm.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FIXTURES, readBytes, sjisFile } from '../helpers/files.js';
import { ALL_RECORD_DEFS, createMasker, decodeSjis, hmacSha256, mask, parse, serialize, sha256, validate, type ReceFile, type Rec } from '../../src/index.js';
import { GENERATED_KINDS, generateClaimFile } from '../../src/testing.js';
import { checkDigitOk } from '../../src/validate/rules/cross/check-digit.js';

const hex = (b: Uint8Array) => [...b].map((x) => x.toString(16).padStart(2, '0')).join('');
const utf8 = (s: string) => new TextEncoder().encode(s);

const records = (f: ReceFile): Rec[] => [...f.lead, ...f.receipts.flatMap((r) => r.records), ...f.tail];

/** Byte ranges [start, end) of the fields the masker may replace (personal or with a mask definition), and of lines it masks whole. */
function maskedSpans(f: ReceFile): [number, number][] {
  const out: [number, number][] = [];
  for (const rec of records(f)) {
    const def = rec.def;
    const whole = !def || (rec.fieldCount !== def.fields.length && def.fields.some((x) => x.personal || x.mask?.checkDigit));
    for (let pos = 2; pos <= rec.fieldCount; pos++) {
      const fd = def?.fields[pos - 1];
      if (whole || fd?.personal || fd?.mask) {
        const s = rec.span(pos)!;
        out.push([s.start, s.end]);
      }
    }
  }
  return out;
}

/**
 * The personal values of a file (text, as decoded) to search the output for. Dates are left out: they
 * keep year and month by design, so another patient's date of the same month may land on one (each
 * date field is checked to change instead, see below).
 */
function personalValues(f: ReceFile): string[] {
  const out: string[] = [];
  for (const rec of records(f)) {
    if (!rec.def || rec.damaged) continue;
    rec.def.fields.forEach((fd, i) => {
      const v = rec.at(i + 1);
      if ((fd.personal || fd.mask?.checkDigit) && fd.kind !== 'ymd' && v) out.push(v.trim());
    });
  }
  return out;
}

/** Every personal date field: changed, but for the 1st of a month. */
function datesChanged(before: ReceFile, after: ReceFile): void {
  const a = records(before);
  const b = records(after);
  a.forEach((rec, i) => {
    if (!rec.def || rec.damaged) return;
    rec.def.fields.forEach((fd, k) => {
      const v = rec.at(k + 1);
      if (!fd.personal || fd.kind !== 'ymd' || !v || !/^\d{7,8}$/.test(v)) return;
      const w = b[i]!.at(k + 1)!;
      if (v.endsWith('01')) expect(w).toBe(v);
      else expect(w, `${rec.id}.${fd.key}`).not.toBe(v);
      expect(w.slice(0, -2)).toBe(v.slice(0, -2));
    });
  });
}

const codes = (b: Uint8Array, name?: string) =>
  validate(parse(b, { fileName: name }))
    .map((d) => `${d.code}@${d.line}:${d.field?.key ?? ''}`)
    .sort();

/** The file's text with the masked spans blanked: what is public in it (a value found there is not the masker's leak). */
function publicText(input: Uint8Array, f: ReceFile): string {
  const b = input.slice();
  for (const [a, e] of maskedSpans(f)) b.fill(0x2c, a, e);
  return decodeSjis(b);
}

/** Digits only (ASCII or 全角): long enough not to occur by chance in any masked file. */
const searchable = (v: string) => (/^[0-9０-９]+$/.test(v) ? v.length >= 6 : v.length >= 2);

/** Every byte outside the masked spans is the input's. */
function outsideEqual(a: Uint8Array, b: Uint8Array, spans: [number, number][]): boolean {
  if (a.length !== b.length) return false;
  const inside = new Uint8Array(a.length);
  for (const [s, e] of spans) inside.fill(1, s, e);
  for (let i = 0; i < a.length; i++) if (!inside[i] && a[i] !== b[i]) return false;
  return true;
}

const FIXTURE_FILES = ['RECEIPTC.HEN', 'RECEIPTC.SAH', 'shika/RECEIPTC.UKE', 'shika/RECEIPTC.HEN', 'chozai/RECEIPTY.CYO', 'chozai/RECEIPTY.HEN', 'houkan/RECEIPTH.HEN', 'dpc/RECEIPTC.HEN', 'rosai/RRECEC.HEN', 'rosai/AREC0100.UKE', 'third-party/receiptisan/RECEIPTC_GAIRAI_SAMPLE.UKE'];

describe('SHA-256 and HMAC-SHA-256 (pure JS)', () => {
  it('match the NIST and RFC 4231 vectors', () => {
    expect(hex(sha256(utf8('abc')))).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    expect(hex(sha256(new Uint8Array(0)))).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    expect(hex(sha256(utf8('abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq')))).toBe('248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1');
    expect(hex(sha256(new Uint8Array(1_000_000).fill(0x61)))).toBe('cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0');
    expect(hex(hmacSha256(new Uint8Array(20).fill(0x0b))(utf8('Hi There')))).toBe('b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7');
    expect(hex(hmacSha256(utf8('Jefe'))(utf8('what do ya want '), utf8('for nothing?')))).toBe('5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843');
    // A key longer than the block is hashed first (RFC 4231 test 6).
    expect(hex(hmacSha256(new Uint8Array(131).fill(0xaa))(utf8('Test Using Larger Than Block-Size Key - Hash Key First')))).toBe('60e431591ee0b67f0d8a26aacbf5b77f8e0bc6213728c5140546040f0ee37f54');
  });
});

describe('mask on the fixtures', () => {
  for (const name of FIXTURE_FILES) {
    it(`${name}: same length, only masked fields changed, every personal value gone, same findings, lossless`, () => {
      const input = readBytes(join(FIXTURES, name));
      const r = mask(input, { key: 'fixture-key', fileName: name });
      const f = parse(input, { fileName: name });
      expect(r.bytes.length).toBe(input.length);
      expect(r.fields).toBeGreaterThan(0);
      expect(outsideEqual(input, r.bytes, maskedSpans(f))).toBe(true);
      expect(codes(r.bytes, name)).toEqual(codes(input, name));
      const masked = parse(r.bytes, { fileName: name });
      expect(serialize(masked)).toEqual(r.bytes);
      expect(masked.kind).toBe(f.kind);
      expect(masked.claimKind).toBe(f.claimKind);
      expect(masked.receipts.map((x) => x.records.map((y) => y.id).join())).toEqual(f.receipts.map((x) => x.records.map((y) => y.id).join()));
      const text = decodeSjis(r.bytes);
      const pub = publicText(input, f);
      for (const v of personalValues(f)) if (searchable(v) && !pub.includes(v)) expect(text.includes(v), `${name}: ${v}`).toBe(false);
      datesChanged(f, masked);
    });
  }

  it('masks the history block: the RE of the claim and its copy in the history get the same substitutes', () => {
    const input = readBytes(join(FIXTURES, 'RECEIPTC.HEN'));
    const f = parse(mask(input, { key: 'k' }).bytes);
    const r0 = f.receipts[0]!;
    const claimRe = r0.claim.find((x) => x.id === 'RE')!;
    const histRe = r0.history.find((x) => x.id === 'RE')!;
    expect(histRe.prefixed).toBe(true);
    expect(histRe.get('patientName')).toBe(claimRe.get('patientName'));
    expect(histRe.get('birthDate')).toBe(claimRe.get('birthDate'));
    const orig = parse(input).receipts[0]!.claim.find((x) => x.id === 'RE')!;
    expect(claimRe.get('patientName')).not.toBe(orig.get('patientName'));
    // The 検索番号 is kept by default.
    expect(r0.searchNumber).toBe(parse(input).receipts[0]!.searchNumber);
  });

  it('dates keep year and month; the 1st stays; other days move within the month', () => {
    const line = (birth: string) => sjisFile(['IR,1,13,1,0512347,,テスト医院,202501,00,', `RE,1,1112,202412,山田　太郎,1,${birth},,,,,,,1,,,,,0,,,,,,,,,,,,,,,,,,ヤマダ　タロウ,`, 'GO,1,10,99'], {});
    for (const b of ['19680412', '19680229', '20200131', '4300412']) {
      const out = parse(mask(line(b), { key: 'k' }).bytes).receipts[0]!.re.get('birthDate')!;
      expect(out).not.toBe(b);
      expect(out.slice(0, -2)).toBe(b.slice(0, -2));
      expect(Number(out.slice(-2))).toBeGreaterThanOrEqual(2);
    }
    expect(parse(mask(line('19680401'), { key: 'k' }).bytes).receipts[0]!.re.get('birthDate')).toBe('19680401');
  });

  it('check-digit numbers keep their prefix and the validity of their check digit', () => {
    const f = parse(readBytes(join(FIXTURES, 'RECEIPTC.SAH')));
    const m = parse(mask(readBytes(join(FIXTURES, 'RECEIPTC.SAH')), { key: 'x' }).bytes);
    let checked = 0;
    f.receipts.forEach((r, i) => {
      const a = r.claim.find((x) => x.id === 'HO')?.get('insurerNumber')?.trim();
      const b = m.receipts[i]!.claim.find((x) => x.id === 'HO')?.get('insurerNumber')?.trim();
      if (!a || !/^\d+$/.test(a)) return;
      expect(b).not.toBe(a);
      expect(b!.length).toBe(a.length);
      expect(b!.slice(0, a.length === 8 ? 4 : 2)).toBe(a.slice(0, a.length === 8 ? 4 : 2));
      expect(checkDigitOk(b!)).toBe(checkDigitOk(a));
      checked++;
    });
    expect(checked).toBeGreaterThan(1);
  });

  it('--remap-search-numbers maps a 検索番号 the same way in a HEN and the UKE that resubmits it', () => {
    const hen = readBytes(join(FIXTURES, 'RECEIPTC.HEN'));
    const uke = readBytes(join(FIXTURES, 'expected', 'resubmit', 'shaho', 'RECEIPTC.UKE'));
    const masker = createMasker({ key: 'k', remapSearchNumbers: true });
    const h = parse(masker.mask(hen).bytes);
    const u = parse(masker.mask(uke).bytes);
    const before = new Set(parse(hen).receipts.map((r) => r.searchNumber));
    const hs = h.receipts.map((r) => r.searchNumber!);
    for (const s of hs) expect(before.has(s)).toBe(false);
    const us = new Set(u.receipts.map((r) => r.searchNumber));
    expect(hs.filter((s) => us.has(s)).length).toBeGreaterThan(0);
    // The HR and the history block carry the same remapped number as the RE.
    expect(h.receipts[0]!.reasons[0]!.get('searchNumber')).toBe(hs[0]);
    expect(codes(masker.mask(hen).bytes)).toEqual(codes(hen));
  });

  it('a different key gives different substitutes; the same key, the same bytes in any masker', () => {
    const input = readBytes(join(FIXTURES, 'RECEIPTC.HEN'));
    const a = mask(input, { key: 'one' }).bytes;
    expect(mask(input, { key: 'one' }).bytes).toEqual(a);
    expect(createMasker({ key: utf8('one') }).mask(input).bytes).toEqual(a);
    expect(mask(input, { key: 'two' }).bytes).not.toEqual(a);
  });
});

describe('mask on generated files (property)', () => {
  const kind = fc.constantFrom(...GENERATED_KINDS);
  const seed = fc.integer({ min: 1, max: 1_000_000 });
  const key = fc.string({ minLength: 1, maxLength: 16 });

  it('no original personal value survives anywhere in the output (byte search), and the output round-trips and validates like its input', () => {
    fc.assert(
      fc.property(kind, seed, key, (k, s, secret) => {
        const input = generateClaimFile({ claimKind: k, seed: s, receipts: 3 });
        const f = parse(input);
        const out = mask(input, { key: secret }).bytes;
        expect(out.length).toBe(input.length);
        expect(outsideEqual(input, out, maskedSpans(f))).toBe(true);
        expect(serialize(parse(out))).toEqual(out);
        expect(codes(out)).toEqual(codes(input));
        // Values that also occur in the file outside personal fields (a digit run inside a date, a code) are public.
        const pub = publicText(input, f);
        const text = decodeSjis(out);
        for (const v of personalValues(f)) {
          if (!searchable(v) || pub.includes(v)) continue;
          expect(text.includes(v), `${k} seed ${s}: ${v}`).toBe(false);
        }
        datesChanged(f, parse(out));
      }),
      { numRuns: 40 },
    );
  });

  it('masking is deterministic, and masking a masked file again is stable (same structure, same findings, only masked fields differ)', () => {
    fc.assert(
      fc.property(kind, seed, key, (k, s, secret) => {
        const input = generateClaimFile({ claimKind: k, seed: s, receipts: 2 });
        const once = mask(input, { key: secret }).bytes;
        expect(mask(input, { key: secret }).bytes).toEqual(once);
        const twice = mask(once, { key: secret }).bytes;
        expect(outsideEqual(once, twice, maskedSpans(parse(once)))).toBe(true);
        expect(outsideEqual(input, twice, maskedSpans(parse(input)))).toBe(true);
        expect(codes(twice)).toEqual(codes(input));
      }),
      { numRuns: 25 },
    );
  });

  it('a value gets the same substitute in every file masked with the key', () => {
    fc.assert(
      fc.property(seed, key, (s, secret) => {
        const a = generateClaimFile({ claimKind: 'ika', seed: s, receipts: 2 });
        // Another file with the same patient: the other receipts of another file, then a's first receipt.
        const lines = (b: Uint8Array) => decodeSjis(b).replace(/[\x1a\x1c]$/, '').split('\r\n').filter(Boolean);
        const la = lines(a);
        const first = la.slice(1, la.findIndex((l, i) => i > 1 && l.startsWith('RE,')));
        const other = lines(generateClaimFile({ claimKind: 'ika', seed: s + 1, receipts: 2 }));
        const b = sjisFile([...other.slice(0, -1), ...first, other[other.length - 1]!]);
        const ma = parse(mask(a, { key: secret }).bytes).receipts[0]!.re;
        const mb = parse(mask(b, { key: secret }).bytes).receipts[2]!.re;
        for (const k of ['patientName', 'patientNameKana', 'birthDate'] as const) expect(mb.get(k)).toBe(ma.get(k));
        expect(ma.get('patientName')).not.toBe(parse(a).receipts[0]!.re.get('patientName'));
      }),
      { numRuns: 10 },
    );
  });
});

describe('the tables say what is masked', () => {
  it('every personal field of every table is replaced by its class (no list in the masker)', () => {
    const src = readFileSync(join(FIXTURES, '..', 'src', 'mask', 'index.ts'), 'utf8');
    // ('text' is also the name of a treatment in the masker, and a key of CO.)
    for (const d of ALL_RECORD_DEFS) for (const f of d.fields) if (f.personal && f.key !== 'text') expect(src.includes(`'${f.key}'`), f.key).toBe(false);
    const personal = ALL_RECORD_DEFS.flatMap((d) => d.fields.filter((f) => f.personal).map((f) => `${d.id}.${f.key}`));
    expect(personal).toEqual(expect.arrayContaining(['RE.patientName', 'RE.birthDate', 'HO.cardNumber', 'KO.recipientNumber', 'SJ.detailText', 'CO.text']));
  });
});
