/**
 * Property tests per claim kind: records generated from each kind's tables come back field for field
 * (read with that kind's tables), and whole claim files generated for a kind validate with no error by
 * its own rules — and stop doing so when a fact the rules check is broken.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeSjis, encodeSjis } from '../../src/codec/sjis.js';
import { messageOf } from '../../src/diagnostics/index.js';
import { fromJson, toJson } from '../../src/json/form.js';
import { parse } from '../../src/model/parse.js';
import { serialize } from '../../src/model/serialize.js';
import { CLAIM_KINDS, KINDS } from '../../src/spec/kinds.js';
import { validateStream } from '../../src/validate/stream.js';
import { claimFileArbitrary, generateClaimFile, GENERATED_KINDS } from '../../src/testing/files.js';
import { prefixArbitrary, recordArbitrary } from '../../src/testing/arbitraries.js';
import { validate } from '../../src/validate/index.js';
import { bytesEqual } from '../helpers/files.js';
import { cut } from '../stream/helpers.js';

describe('records generated from each kind’s tables', () => {
  for (const kind of CLAIM_KINDS) {
    const k = KINDS[kind];
    const defs = [...Object.values(k.records), ...Object.values(k.returnRecords)];
    it(`${k.name} (${kind}): ${defs.length} record types round-trip field for field`, () => {
      for (const def of defs) {
        const withPrefix = def.family === 'history';
        const arb = fc.tuple(recordArbitrary(fc, def.id, kind), withPrefix ? prefixArbitrary(fc) : fc.constant(undefined));
        fc.assert(
          fc.property(arb, ([vals, prefix]) => {
            const enc = encodeSjis([...(prefix ?? []), ...vals].join(','));
            if (!enc.ok) throw new Error(`${kind} ${def.id}: generated a value that is not Shift_JIS`);
            const bytes = new Uint8Array([...enc.bytes, 0x0d, 0x0a]);
            const f = parse(bytes, { claimKind: kind });
            const rec = [...f.lead, ...f.tail, ...f.receipts.flatMap((r) => r.records)][0]!;
            expect(rec.id).toBe(def.id);
            // Read with this kind's table (RE, HO, KO … differ between kinds).
            expect(rec.def).toBe(def);
            expect(rec.values()).toEqual(vals);
            for (let i = 0; i < def.fields.length; i++) expect(rec.get(def.fields[i]!.key as never)).toBe(vals[i]);
            expect(bytesEqual(serialize(f), bytes)).toBe(true);
          }),
          { numRuns: 15 },
        );
      }
    });
  }
});

describe('generated claim files', () => {
  for (const kind of GENERATED_KINDS) {
    it(`${KINDS[kind].name}: told from the content, valid by the kind’s rules (no error, no warning), the same streamed`, async () => {
      await fc.assert(
        fc.asyncProperty(claimFileArbitrary(fc, kind), async (bytes) => {
          const f = parse(bytes);
          expect(f.claimKind).toBe(kind);
          expect(f.kind).toBe('UKE');
          const ds = validate(f);
          expect(ds.filter((d) => d.severity !== 'info').map((d) => `${d.code} L${d.line} ${messageOf(d, 'en')}`)).toEqual([]);
          expect(await validateStream(() => cut(bytes, [13, 700]))).toEqual(ds);
          expect(bytesEqual(serialize(f), bytes)).toBe(true);
          const back = fromJson(JSON.stringify(toJson(f)));
          expect(back.ok && bytesEqual(serialize(back.file), bytes)).toBe(true);
        }),
        { numRuns: 25 },
      );
    });

    it(`${KINDS[kind].name}: the rules see a broken fact (the trailer's count, a check digit, the record order)`, () => {
      const bytes = generateClaimFile({ claimKind: kind, seed: 7, receipts: 3 });
      // The records without the final CR+LF and EOF byte (given back by enc).
      const lines = decodeSjis(bytes.subarray(0, -3)).split('\r\n');
      const codes = (ls: string[]) => validate(parse(enc(ls))).filter((d) => d.severity === 'error').map((d) => d.code);
      const enc = (ls: string[]) => {
        const out: number[] = [];
        for (const l of ls) {
          const e = encodeSjis(l, 'strict');
          if (!e.ok) throw new Error('not Shift_JIS');
          out.push(...e.bytes, 0x0d, 0x0a);
        }
        return new Uint8Array([...out, 0x1a]);
      };
      expect(bytesEqual(enc(lines), bytes)).toBe(true);
      expect(codes(lines)).toEqual([]);
      // The trailer's count: GO 総件数 (cross/totals), or — a kind that sums in yen (労災) — RS 内訳書添付枚数 (cross/amounts).
      const k = KINDS[kind];
      if (k.totals !== 'none' || k.amounts) {
      const trailer = lines.findIndex((l) => l.startsWith(`${k.structure.trailer},`));
      const countAt = k.amounts ? k.records[k.structure.trailer]!.fields.findIndex((f) => f.key === k.amounts!.trailerKeys.count) : 1;
      const badCount = [...lines];
      const tf = badCount[trailer]!.split(',');
      tf[countAt] = String(Number(tf[countAt]) + 1);
      badCount[trailer] = tf.join(',');
      expect(codes(badCount)).toContain(k.amounts ? 'cross/amounts' : 'cross/totals');
      }
      // A check digit, where the kind has 保険者番号 / 公費負担者番号 (労災 has neither).
      const ko = lines.findIndex((l) => l.startsWith('HO,') || l.startsWith('KO,'));
      if (ko >= 0) {
        const badDigit = [...lines];
        badDigit[ko] = badDigit[ko]!.replace(/^(HO|KO),(\d{7})(\d)/, (_, id: string, body: string, d: string) => `${id},${body}${(Number(d) + 1) % 10}`);
        expect(codes(badDigit).some((c) => c === 'cross/insurer-check-digit') || validate(parse(enc(badDigit))).some((d) => d.code === 'cross/public-payer-check-digit')).toBe(true);
      }
      // A kind whose records go in date order (訪問看護 KA): the first receipt's latest-dated record moved before its first.
      const dated = KINDS[kind].structure.dateOrder?.[0];
      if (dated) {
        const recs = parse(bytes).receipts[0]!.claim.filter((x) => dated.ids.includes(x.id));
        const latest = recs.reduce((a, b) => (b.get(dated.key)! > a.get(dated.key)! ? b : a));
        if (latest.get(dated.key) !== recs[0]!.get(dated.key)) {
          const badDates = [...lines];
          const [moved] = badDates.splice(latest.index, 1);
          badDates.splice(recs[0]!.index, 0, moved!);
          expect(codes(badDates)).toContain('structure/date-order');
        }
      }
      // The first receipt's RE moved after its next record.
      const re = lines.findIndex((l) => l.startsWith('RE,'));
      const badOrder = [...lines];
      [badOrder[re], badOrder[re + 1]] = [badOrder[re + 1]!, badOrder[re]!];
      expect(codes(badOrder).length).toBeGreaterThan(0);
    });
  }

  it('the same seed gives the same bytes; another seed other bytes', () => {
    for (const kind of GENERATED_KINDS) {
      expect(bytesEqual(generateClaimFile({ claimKind: kind, seed: 3 }), generateClaimFile({ claimKind: kind, seed: 3 }))).toBe(true);
      expect(bytesEqual(generateClaimFile({ claimKind: kind, seed: 3 }), generateClaimFile({ claimKind: kind, seed: 4 }))).toBe(false);
    }
  });
});
