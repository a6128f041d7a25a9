/**
 * Editions: a file is read and validated as the edition it was written in, told from its content (the
 * header's 請求年月: GYYMM is 和暦, an edition before R02), the same whole and streamed; the date rules
 * follow the edition, and an edition whose layout is not modelled gets warnings, said once.
 */
import fc from 'fast-check';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readSpecDate, writeSpecDate } from '../../src/codec/dates.js';
import { decodeSjis } from '../../src/codec/sjis.js';
import type { Diagnostic } from '../../src/diagnostics/index.js';
import { fromJson, toJson } from '../../src/json/form.js';
import { jsonLinesStream, jsonTextStream } from '../../src/json/stream.js';
import { UnknownEditionError } from '../../src/model/edition.js';
import { parse, type ParseOptions } from '../../src/model/parse.js';
import { editionFor, IKA_EDITIONS } from '../../src/spec/editions.js';
import { KINDS } from '../../src/spec/docs.js';
import { CLAIM_KINDS } from '../../src/spec/kinds.js';
import { scanStream } from '../../src/stream/scan.js';
import { generateClaimFile } from '../../src/testing/files.js';
import { checkFieldValue, validate } from '../../src/validate/index.js';
import { validateStream } from '../../src/validate/stream.js';
import { FIXTURES, readBytes, sjisFile } from '../helpers/files.js';
import { cut } from '../stream/helpers.js';
import { claimFile, IR_LINE, rec, RE_BASE, SY_BASE } from '../validate/build.js';
import { RECORDS } from '../../src/spec/registry.js';

const H30_FILE = join(FIXTURES, 'editions', 'H30-RECEIPTC.UKE');
const R04_FILE = join(FIXTURES, 'expected', 'input', 'claims-shaho.UKE');

/** The text lines of a Shift_JIS file (CR LF and the EOF byte dropped). */
function linesOf(bytes: Uint8Array): string[] {
  const body = bytes[bytes.length - 1] === 0x1a ? bytes.subarray(0, -1) : bytes;
  return decodeSjis(body).split('\r\n').filter((l) => l !== '');
}

/** Every 年月 / 年月日 of every line rewritten in 和暦 (the file's own tables tell which fields are dates). */
function toWareki(bytes: Uint8Array): Uint8Array {
  const f = parse(bytes);
  const out = [...f.lead, ...f.receipts.flatMap((r) => r.records), ...f.tail].map((r) => {
    const vals = [...r.values()];
    r.def?.fields.forEach((fd, i) => {
      const v = vals[i];
      if ((fd.kind === 'ym' || fd.kind === 'ymd') && v) vals[i] = writeSpecDate(readSpecDate(v)!.iso, 'wareki')!;
    });
    return vals.join(',');
  });
  return sjisFile(out);
}

/** The header's 請求年月 (IR field 8) replaced. */
function withBillingMonth(bytes: Uint8Array, month: string): Uint8Array {
  const lines = linesOf(bytes);
  const ir = lines[0]!.split(',');
  ir[7] = month;
  return sjisFile([ir.join(','), ...lines.slice(1)]);
}

async function streamedEdition(bytes: Uint8Array, at: readonly number[], options: ParseOptions = {}): Promise<string | undefined> {
  return (await scanStream(cut(bytes, at), options)).edition;
}

const errors = (ds: readonly Diagnostic[]) => ds.filter((d) => d.severity === 'error');
const codesOf = (ds: readonly Diagnostic[]) => [...new Set(ds.map((d) => d.code))].sort();

describe('edition detection', () => {
  it('a 和暦 header (請求年月 GYYMM) is an edition before R02; a 西暦 one is R04 — whole and streamed', async () => {
    const h30 = readBytes(H30_FILE);
    const r04 = readBytes(R04_FILE);
    expect(parse(h30).edition).toBe('H30');
    expect(parse(r04).edition).toBe('R04');
    for (const at of [[], [1], [40, 41, 42], [7, 300, 301, 1000]]) {
      expect(await streamedEdition(h30, at)).toBe('H30');
      expect(await streamedEdition(r04, at)).toBe('R04');
    }
  });

  it('among the 和暦 editions the 請求年月 decides: H30 from 2018-05 (平成30年5月), H28 before', async () => {
    const h30 = readBytes(H30_FILE);
    for (const [month, want] of [
      ['43005', 'H30'],
      ['43004', 'H28'],
      ['42804', 'H28'],
      ['50204', 'H30'],
      ['50306', 'H30'], // 和暦 after the 西暦 switch: still the newest 和暦 edition
      ['49913', 'H30'], // not a date: the newest 和暦 edition (field/date reports the value)
    ] as const) {
      const b = withBillingMonth(h30, month);
      expect(parse(b).edition, month).toBe(want);
      expect(await streamedEdition(b, [5, 60]), month).toBe(want);
    }
  });

  it('no usable header leaves the kind’s default edition', () => {
    const lines = linesOf(readBytes(H30_FILE));
    expect(parse(sjisFile(lines.slice(1))).edition).toBe('R04'); // no IR
    expect(parse(withBillingMonth(readBytes(H30_FILE), '')).edition).toBe('R04');
    expect(parse(withBillingMonth(readBytes(H30_FILE), '2019')).edition).toBe('R04');
    // A file of unknown kind has no edition.
    expect(parse(new Uint8Array(0)).edition).toBeUndefined();
  });

  it('every 西暦 fixture of every kind is read as its kind’s tables’ edition', () => {
    const names = ['RECEIPTC.HEN', 'RECEIPTC.SAH', ...['shika', 'chozai', 'dpc', 'houkan', 'rosai'].flatMap((k) => readdirSync(join(FIXTURES, k)).map((n) => `${k}/${n}`))];
    for (const name of names) {
      const f = parse(readBytes(join(FIXTURES, name)), { fileName: name.split('/').pop() });
      if (f.claimKind === 'unknown') continue;
      expect(f.edition, name).toBe(KINDS[f.claimKind].editions[0]!.id);
    }
  });

  it('the file name is not evidence', () => {
    expect(parse(readBytes(R04_FILE), { fileName: 'H30-RECEIPTC.UKE' }).edition).toBe('R04');
    expect(parse(readBytes(H30_FILE), { fileName: 'RECEIPTC.UKE' }).edition).toBe('H30');
  });

  it('the edition option forces it, whole and streamed; an edition the kind lacks is refused', async () => {
    const r04 = readBytes(R04_FILE);
    expect(parse(r04, { edition: 'H30' }).edition).toBe('H30');
    expect(await streamedEdition(r04, [3], { edition: 'H28' })).toBe('H28');
    expect(() => parse(r04, { edition: 'R06' })).toThrow(UnknownEditionError);
    await expect(scanStream(cut(r04, [10]), { edition: 'H' })).rejects.toThrow(/unknown edition "H" for medical/);
    // 訪問看護 has one edition only; 歯科 has its own ids.
    expect(() => parse(r04, { claimKind: 'houkan', edition: 'H30' })).toThrow(/expected R06/);
    expect(parse(r04, { claimKind: 'shika', edition: 'H' }).edition).toBe('H');
  });

  it('return files tell it from HI 請求年月 the same way', () => {
    const hen = linesOf(readBytes(join(FIXTURES, 'RECEIPTC.HEN')));
    const hi = hen[0]!.split(',');
    expect(parse(sjisFile(hen)).edition).toBe('R04');
    hi[2] = '43101';
    expect(parse(sjisFile([hi.join(','), ...hen.slice(1)])).edition).toBe('H30');
  });

  it('other kinds: a 和暦 header is their 平成 edition, except 訪問看護, which has none', () => {
    const shika = linesOf(readBytes(join(FIXTURES, 'shika', 'RECEIPTC.UKE')));
    expect(parse(sjisFile(shika)).edition).toBe('R08');
    const uk = shika[0]!.split(',');
    uk[7] = '43101';
    expect(parse(sjisFile([uk.join(','), ...shika.slice(1)])).edition).toBe('H');
    const houkan = linesOf(readBytes(join(FIXTURES, 'houkan', 'RECEIPTH.UKE')));
    const hm = houkan[0]!.split(',');
    hm[6] = '50705';
    expect(parse(sjisFile([hm.join(','), ...houkan.slice(1)])).edition).toBe('R06');
  });

  it('every kind lists its tables’ edition first, ids unique, 和暦 editions before the 西暦 switch', () => {
    for (const k of CLAIM_KINDS) {
      const eds = KINDS[k].editions;
      expect(eds.length, k).toBeGreaterThan(0);
      expect(eds[0]!.dates, k).toBe('seireki');
      expect(eds[0]!.unknownLayout, k).toBeUndefined();
      expect(new Set(eds.map((e) => e.id)).size, k).toBe(eds.length);
      for (const e of eds) {
        expect(e.source.length, `${k} ${e.id}`).toBeGreaterThan(5);
        if (e.dates === 'wareki') expect(e.until! <= '2020-04', `${k} ${e.id}`).toBe(true);
        // Every record named as not modelled exists in the kind's tables.
        if (Array.isArray(e.unknownLayout)) for (const id of e.unknownLayout) expect(KINDS[k].records[id], `${k} ${e.id} ${id}`).toBeDefined();
        for (const d of e.differences) expect(d.what.length && d.whatJa.length && d.source.length, `${k} ${e.id}`).toBeTruthy();
      }
    }
    expect(editionFor(KINDS.ika, 'wareki', undefined).id).toBe('H30');
    expect(IKA_EDITIONS.map((e) => e.id)).toEqual(['R04', 'H30', 'H28']);
  });
});

describe('property: detection follows the header', () => {
  const month = fc.record({ y: fc.integer({ min: 2010, max: 2026 }), m: fc.integer({ min: 1, max: 12 }) }).map(({ y, m }) => `${y}${String(m).padStart(2, '0')}`);

  it('any generated R04 file is R04; its header 請求年月 rewritten in 和暦 makes it H30 (from 2018-05) or H28 — whole and streamed', async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer(), fc.integer({ min: 1, max: 4 }), month, fc.array(fc.nat(4000), { maxLength: 4 }), async (seed, receipts, billingMonth, at) => {
        const bytes = generateClaimFile({ seed, receipts, billingMonth });
        expect(parse(bytes).edition).toBe('R04');
        expect(await streamedEdition(bytes, at)).toBe('R04');
        const wareki = withBillingMonth(bytes, writeSpecDate(`${billingMonth.slice(0, 4)}-${billingMonth.slice(4)}`, 'wareki')!);
        const want = billingMonth >= '201805' ? 'H30' : 'H28';
        expect(parse(wareki).edition).toBe(want);
        expect(await streamedEdition(wareki, at)).toBe(want);
      }),
      { numRuns: 25 },
    );
  });

  it('a generated file with every date in 和暦 validates as its 和暦 edition: no date-wareki, no error; the same streamed', async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer(), fc.integer({ min: 1, max: 3 }), month, async (seed, receipts, billingMonth) => {
        const bytes = toWareki(generateClaimFile({ seed, receipts, billingMonth }));
        const f = parse(bytes);
        expect(f.edition).toBe(billingMonth >= '201805' ? 'H30' : 'H28');
        const ds = validate(f);
        expect(ds.filter((d) => d.code === 'field/date-wareki' || d.code === 'field/date-seireki')).toEqual([]);
        expect(errors(ds).map((d) => `${d.code} L${d.line}`)).toEqual([]);
        expect(await validateStream(() => cut(bytes, [17, 900]))).toEqual(ds);
        // Read as R04, each of its dates is a 和暦 date in a 西暦 file.
        expect(validate(parse(bytes, { edition: 'R04' })).some((d) => d.code === 'field/date-wareki' && d.severity === 'error')).toBe(true);
      }),
      { numRuns: 15 },
    );
  });
});

describe('validation by edition', () => {
  it('the H30 fixture: no finding beyond the byte layer’s; forced to R04, every date is field/date-wareki', async () => {
    const bytes = readBytes(H30_FILE);
    const ds = validate(parse(bytes));
    expect(ds.map((d) => d.code)).toEqual([]);
    expect(await validateStream(() => cut(bytes, [100, 101, 900]))).toEqual(ds);
    const asR04 = validate(parse(bytes, { edition: 'R04' }));
    const wareki = asR04.filter((d) => d.code === 'field/date-wareki');
    expect(wareki).toHaveLength(11);
    expect(wareki.every((d) => d.severity === 'error')).toBe(true);
    expect(wareki.map((d) => d.field?.name)).toContain('請求年月');
    expect(codesOf(asR04)).toEqual(['field/date-wareki']);
    expect(await validateStream(() => cut(bytes, [64]), { edition: 'R04' })).toEqual(asR04);
  });

  it('an R04 file with one 和暦 date still gets field/date-wareki', () => {
    const ds = validate(parse(sjisFile(claimFile({ re: { birthDate: '3550101' } }))));
    expect(ds.filter((d) => d.code === 'field/date-wareki').map((d) => [d.severity, d.line, d.field?.position])).toEqual([['error', 2, 7]]);
  });

  const H30 = { ir: IR_LINE.replace('202411', '50106'), re: { serviceMonth: '50105', birthDate: '3550101' }, sy: [rec('SY', { ...SY_BASE, startDate: '5010501' })] };
  const H28 = { ...H30, ir: IR_LINE.replace('202411', '42904'), re: { serviceMonth: '42903', birthDate: '3550101' }, sy: [rec('SY', { ...SY_BASE, startDate: '4290301' })] };

  it('a 和暦 (H30) file: 和暦 dates are right, a 西暦 date is field/date-seireki (error)', () => {
    expect(validate(parse(sjisFile(claimFile(H30))))).toEqual([]);
    const ds = validate(parse(sjisFile(claimFile({ ...H30, re: { ...H30.re, birthDate: '19800101' } }))));
    expect(ds.map((d) => [d.code, d.severity, d.line, d.field?.position])).toEqual([['field/date-seireki', 'error', 2, 7]]);
  });

  it('H30: the R04 layout holds and its errors stay errors, except on GR (layout not known: warnings, said once)', () => {
    expect(errors(validate(parse(sjisFile(claimFile({ ...H30, ho: { actualDays: '１' } }))))).map((d) => d.code)).toEqual(['field/mode']);
    const gr = validate(parse(sjisFile(claimFile({ ...H30, mid: [rec('GR', { reason: '01' }) + ',X'] }))));
    expect(gr.map((d) => [d.code, d.severity])).toEqual([
      ['field/count', 'warning'],
      ['validate/edition-layout', 'info'],
    ]);
    expect(gr[1]!.params).toMatchObject({ edition: 'H30', count: 1 });
    // The same GR in an R04 file is an error.
    expect(validate(parse(sjisFile(claimFile({ mid: [rec('GR', { reason: '01' }) + ',X'] })))).map((d) => [d.code, d.severity])).toEqual([['field/count', 'error']]);
  });

  it('H28 and earlier (layout not modelled): its 36-field RE and every other error are warnings, said once', async () => {
    expect(validate(parse(sjisFile(claimFile(H28))))).toEqual([]);
    // RE without fields 37 and 38, as before the 平成30年 改正; and a 西暦 date mixed in.
    const re36 = rec('RE', { ...RE_BASE, ...H28.re, birthDate: '19800101' }).split(',').slice(0, 36).join(',');
    const lines = claimFile(H28);
    lines[1] = re36;
    const bytes = sjisFile(lines);
    const ds = validate(parse(bytes));
    expect(ds.map((d) => [d.code, d.severity])).toEqual([
      ['field/date-seireki', 'warning'],
      ['field/count', 'warning'],
      ['validate/edition-layout', 'info'],
    ]);
    expect(ds[2]!.params).toMatchObject({ edition: 'H28', count: 1 });
    expect(await validateStream(() => cut(bytes, [30, 31]))).toEqual(ds);
    // Forced to R04 the same file has errors.
    expect(errors(validate(parse(bytes, { edition: 'R04' }))).map((d) => d.code).sort()).toEqual(['field/count', 'field/date-wareki', 'field/date-wareki', 'field/date-wareki']);
  });

  it('a 和暦 歯科 file (its 平成 edition, not modelled): no field/date-wareki, no error', () => {
    const lines = linesOf(toWareki(readBytes(join(FIXTURES, 'shika', 'RECEIPTC.UKE'))));
    const f = parse(sjisFile(lines));
    expect([f.claimKind, f.edition]).toEqual(['shika', 'H']);
    const ds = validate(f);
    expect(errors(ds)).toEqual([]);
    expect(ds.some((d) => d.code === 'field/date-wareki')).toBe(false);
    // Read as the 西暦 edition, the 和暦 dates are errors.
    expect(errors(validate(parse(sjisFile(lines), { edition: 'R08' }))).some((d) => d.code === 'field/date-wareki')).toBe(true);
  });

  it('the JSON form carries the edition, whole, streamed and in JSON Lines; reading it back tells it again', async () => {
    const bytes = readBytes(H30_FILE);
    const j = toJson(parse(bytes));
    expect(j.edition).toBe('H30');
    expect(Object.keys(j).slice(0, 5)).toEqual(['format', 'kind', 'claimKind', 'edition', 'eof']);
    let text = '';
    for await (const t of jsonTextStream(() => cut(bytes, [50]))) text += t;
    expect(JSON.parse(text)).toEqual(j);
    const lines: string[] = [];
    for await (const l of jsonLinesStream(cut(bytes, [50]))) lines.push(l);
    expect(JSON.parse(lines.at(-1)!)).toMatchObject({ type: 'end', claimKind: 'ika', edition: 'H30' });
    const back = fromJson(j);
    expect(back.ok && back.file.edition).toBe('H30');
    // The edition is information only: a document that names another one is still read from its header.
    const other = fromJson({ ...j, edition: 'R04' });
    expect(other.ok && other.file.edition).toBe('H30');
  });

  it('checkFieldValue checks as the tables’ edition (R04)', () => {
    expect(checkFieldValue(RECORDS.RE, 7, '3550101').map((d) => d.code)).toEqual(['field/date-wareki']);
    expect(checkFieldValue(RECORDS.RE, 7, '19800101')).toEqual([]);
  });
});
