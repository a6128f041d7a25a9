/**
 * The fixtures of every claim kind (fixtures/<kind>/, built from fixtures/src/<kind>/): told apart from
 * their content, typed with their own tables, byte-identical round trips (whole file, stream, JSON,
 * JSON Lines), the stream equal to the whole-file model, and validated clean with their own rules
 * (歯科, 調剤, DPC, 労災; 訪問看護: test/kinds/houkan.test.ts).
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { messageOf } from '../../src/diagnostics/index.js';
import { fromJson, toJson } from '../../src/json/form.js';
import { jsonLinesToParts } from '../../src/json/lines.js';
import { jsonLinesStream } from '../../src/json/stream.js';
import { parse } from '../../src/model/parse.js';
import { serialize } from '../../src/model/serialize.js';
import type { ClaimKind } from '../../src/spec/types.js';
import { serializeStream, collectBytes } from '../../src/stream/serialize.js';
import { validateStream } from '../../src/validate/stream.js';
import { validate } from '../../src/validate/index.js';
import { bytesEqual, readBytes, ROOT } from '../helpers/files.js';
import { cut, events, expectSameAsModel, write } from '../stream/helpers.js';

/** Every kind fixture and what its content says it is. */
const EXPECTED: Readonly<Record<string, readonly [ClaimKind, 'UKE' | 'HEN' | 'SAH', number]>> = {
  'shika/RECEIPTC.UKE': ['shika', 'UKE', 5],
  'shika/RECEIPTC.HEN': ['shika', 'HEN', 3],
  'shika/RECEIPTC.SAH': ['shika', 'SAH', 2],
  'chozai/RECEIPTY.CYO': ['chozai', 'UKE', 5],
  'chozai/RECEIPTY.HEN': ['chozai', 'HEN', 3],
  'chozai/RECEIPTY.SAH': ['chozai', 'SAH', 2],
  'dpc/RECEIPTC.UKE': ['dpc', 'UKE', 6],
  'dpc/RECEIPTC.HEN': ['dpc', 'HEN', 2],
  'dpc/KOKUHO.HEN': ['dpc', 'HEN', 3],
  'houkan/RECEIPTH.UKE': ['houkan', 'UKE', 5],
  'houkan/RECEIPTH.HEN': ['houkan', 'HEN', 3],
  'rosai/RREC0100.UKE': ['rosai', 'UKE', 3],
  'rosai/RREC0200.UKE': ['rosai', 'UKE', 2],
  'rosai/RREC0100.UKS': ['rosai', 'UKE', 2],
  'rosai/AREC0100.UKE': ['rosai', 'UKE', 2],
  'rosai/RRECEC.HEN': ['rosai', 'HEN', 2],
};

/** Fixtures whose records are not all typed yet (none). */
const PENDING_TABLES = new Set<string>();

const FILES = Object.keys(EXPECTED).map((name) => ({ name, bytes: readBytes(join(ROOT, 'fixtures', name)) }));

describe('kind fixtures', () => {
  it('every built fixture of a kind folder is listed here', () => {
    const built = ['shika', 'chozai', 'dpc', 'houkan', 'rosai'].flatMap((k) => readdirSync(join(ROOT, 'fixtures', k)).filter((n) => !n.endsWith('.md')).map((n) => `${k}/${n}`));
    expect(built.sort()).toEqual(Object.keys(EXPECTED).sort());
  });

  for (const { name, bytes } of FILES) {
    const [claimKind, kind, receipts] = EXPECTED[name]!;
    describe(name, () => {
      it('is told from its content: the claim kind, the file kind and the receipts (with, without or against the file name)', () => {
        for (const fileName of [name, undefined, 'RECEIPTC.UKE', 'RECEIPTY.CYO', 'x.txt']) {
          const f = parse(bytes, { fileName });
          expect([f.claimKind, f.kind, f.receipts.length], String(fileName)).toEqual([claimKind, kind, receipts]);
          expect(f.diagnostics.filter((d) => d.code === 'kind/unknown' || (d.code === 'record/unknown' && !PENDING_TABLES.has(name))).map((d) => d.code)).toEqual([]);
        }
      });

      it.skipIf(PENDING_TABLES.has(name))('types every record with its own kind’s tables (no record without a table, field counts as the table)', () => {
        const f = parse(bytes);
        const recs = [...f.lead, ...f.receipts.flatMap((r) => [...r.claim, ...r.reasons, ...r.history]), ...f.tail];
        for (const r of recs) {
          expect(r.def, `${name} line ${r.line} ${r.id}`).toBeDefined();
          expect(r.values().length, `${name} line ${r.line} ${r.id}`).toBe(r.def!.fields.length);
        }
      });

      it('round-trips byte for byte: whole file, stream (any chunking), JSON, JSON Lines', async () => {
        const f = parse(bytes);
        expect(bytesEqual(serialize(f), bytes)).toBe(true);
        fc.assert(
          fc.property(fc.array(fc.integer({ min: 0, max: bytes.length }), { maxLength: 8 }), (at) => {
            const evs = events(cut(bytes, at));
            expectSameAsModel(evs, f);
            return bytesEqual(write(evs), bytes);
          }),
          { numRuns: 40 },
        );
        const j = toJson(f);
        expect(j.claimKind).toBe(claimKind);
        const back = fromJson(JSON.parse(JSON.stringify(j)));
        expect(back.ok).toBe(true);
        if (back.ok) {
          expect(bytesEqual(serialize(back.file), bytes)).toBe(true);
          expect(back.file.claimKind).toBe(claimKind);
        }
        const lines: string[] = [];
        for await (const l of jsonLinesStream(cut(bytes, [7, 300]))) lines.push(l);
        expect(JSON.parse(lines[0]!)).toEqual({ type: 'begin', format: 'receden/1', claimKind });
        const parts: import('../../src/stream/serialize.js').WritableEvent[] = [];
        const problems: unknown[] = [];
        const end = await jsonLinesToParts([new TextEncoder().encode(lines.join(''))], (p) => void parts.push(p), (p) => void problems.push(p));
        expect(problems).toEqual([]);
        expect(end?.claimKind).toBe(claimKind);
        expect(bytesEqual(await collectBytes(serializeStream(parts)), bytes)).toBe(true);
      });

      it('validates the same streamed as whole', async () => {
        const whole = validate(parse(bytes));
        const streamed = await validateStream(() => cut(bytes, [11, 999]));
        expect(streamed).toEqual(whole);
      });

      if (claimKind === 'shika' || claimKind === 'chozai' || claimKind === 'dpc' || (claimKind === 'rosai' && !PENDING_TABLES.has(name))) {
        it('is valid by its own kind’s rules: no error, no warning', () => {
          const ds = validate(parse(bytes));
          expect(ds.filter((d) => d.severity !== 'info').map((d) => `${d.code} L${d.line} ${messageOf(d, 'en')}`)).toEqual([]);
        });
      }
    });
  }
});

describe('kind confusion', () => {
  const shika = readBytes(join(ROOT, 'fixtures/shika/RECEIPTC.UKE'));
  const chozai = readBytes(join(ROOT, 'fixtures/chozai/RECEIPTY.CYO'));

  it('a 歯科 file parsed without any hint is never reported with 医科 field errors', () => {
    const ds = validate(parse(shika));
    expect(ds.filter((d) => d.code === 'field/count' || d.code === 'record/unknown' || d.code === 'structure/duplicate-header' || d.code === 'structure/foreign-record')).toEqual([]);
    // Read as 医科 by force, the same file is full of them: what the content-based kind avoids.
    const forced = validate(parse(shika, { claimKind: 'ika' }));
    expect(forced.filter((d) => d.code === 'field/count').length).toBeGreaterThan(10);
    expect(forced.some((d) => d.code === 'structure/foreign-record' && d.record === 'HS')).toBe(true);
  });

  it('a 歯科 file without its UK header (receipts from IR on) is still 歯科, cut at each IR', () => {
    const text = new TextDecoder('shift_jis').decode(shika);
    const lines = text.split('\r\n');
    const headerless = new Uint8Array(shika.length - (lines[0]!.length * 0 + shika.indexOf(0x0a) + 1));
    headerless.set(shika.subarray(shika.indexOf(0x0a) + 1));
    const f = parse(headerless);
    expect(f.claimKind).toBe('shika');
    expect(f.receipts.length).toBe(5);
    expect(f.receipts.every((r) => r.claim[0]!.id === 'IR' && r.re.id === 'RE')).toBe(true);
    expect(f.diagnostics.map((d) => d.code)).toEqual(['structure/no-header']);
  });

  it('a forced claim kind wins over the content, streamed and whole alike', () => {
    const f = parse(chozai, { claimKind: 'ika' });
    expect(f.claimKind).toBe('ika');
    expectSameAsModel(events(cut(chozai, [100]), { claimKind: 'ika' }), f);
  });

  it('a file whose kind cannot be told gets one kind/unknown and no rule findings', () => {
    const b = new TextEncoder().encode('ZZ,1,2,3\r\nQQ,4\r\n\x1a');
    const f = parse(b);
    expect(f.claimKind).toBe('unknown');
    const ds = validate(f);
    // The byte layer's record/unknown per line, and kind/unknown: no structure or field findings.
    expect(ds.map((d) => d.code).sort()).toEqual(['kind/unknown', 'record/unknown', 'record/unknown']);
    expect(bytesEqual(serialize(f), b)).toBe(true);
  });

  it('a headerless file that starts with RE has its first receipt at line 1', () => {
    const b = new TextEncoder().encode('RE,1,1112,202412\r\nHO,06130488\r\nRE,2,1112,202412\r\n');
    const f = parse(b);
    expect(f.claimKind).toBe('ika');
    expect(f.receipts.map((r) => r.start)).toEqual([0, 2]);
    expect(f.lead).toEqual([]);
  });
});
