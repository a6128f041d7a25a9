/**
 * The streaming resubmission writer (resubmitStream) against the whole-file one (resubmit): on generated
 * returns of every kind re-claimed with history, one or two files, cut into chunks of any size, with
 * corrections of every operation (some refused, some routing to the other payer, some breaking a field
 * so that the output check blocks), both give the same bytes, the same findings (output checks included,
 * with the same origins), the same dispositions and the same audit trail. And a file the check refuses
 * is never handed over whole.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parse } from '../../src/model/parse.js';
import { resubmit } from '../../src/resubmit/index.js';
import type { Correction } from '../../src/resubmit/corrections.js';
import { ResubmissionRefused, resubmitStream } from '../../src/resubmit/stream.js';
import { collectBytes } from '../../src/stream/serialize.js';
import { generateFile } from '../../src/testing/returns.js';

const KINDS = ['ika', 'shika', 'chozai', 'dpc'] as const;
const sorted = (l: readonly unknown[]) => l.map((d) => JSON.stringify(d)).sort();

function pieces(b: Uint8Array, n: number): Uint8Array[] {
  const out: Uint8Array[] = [];
  for (let i = 0; i < b.length; i += n) out.push(b.subarray(i, i + n));
  return out;
}

/** A correction of one of the receipts (by position or 検索番号), or of none. */
function correction(count: number, searchNumbers: readonly string[]) {
  const receipt = fc.oneof(
    fc.record({ position: fc.integer({ min: 1, max: count + 1 }), file: fc.constantFrom(0, 1) }),
    fc.constantFrom(...searchNumbers, '99999').map((searchNumber) => ({ searchNumber })),
  );
  return fc.oneof(
    fc.record({ op: fc.constant('set' as const), receipt, record: fc.constant('RE'), field: fc.constantFrom('patientName', 'chartNumber', 'sex'), value: fc.constantFrom('テスト　花子', 'A12', '9', 'x'.repeat(50)) }),
    fc.record({ op: fc.constant('payer' as const), receipt, payer: fc.constantFrom('1' as const, '2' as const) }),
    fc.record({ op: fc.constant('drop' as const), receipt, reason: fc.constant('取下げ') }),
    fc.record({ op: fc.constant('split' as const), receipt }),
    fc.record({ op: fc.constant('delete' as const), receipt, record: fc.constantFrom('SY', 'CO', 'HO') }),
  ) as fc.Arbitrary<Correction>;
}

describe('resubmitStream', () => {
  it('writes what resubmit writes, finds what it finds, for any returns, chunks and corrections', async () => {
    const arb = fc
      .record({
        kind: fc.constantFrom(...KINDS),
        fileKind: fc.constantFrom('HEN' as const, 'SAH' as const),
        seed: fc.integer({ min: 1, max: 1000 }),
        receipts: fc.integer({ min: 1, max: 6 }),
        twoFiles: fc.boolean(),
        chunk: fc.integer({ min: 1, max: 5000 }),
        outChunk: fc.integer({ min: 1024, max: 8192 }),
        force: fc.boolean(),
      })
      .chain((p) => {
        // (Bytes only: a counterexample prints them.)
        const files = [generateFile({ claimKind: p.kind, fileKind: p.fileKind, seed: p.seed, receipts: p.receipts }).bytes];
        if (p.twoFiles) files.push(generateFile({ claimKind: p.kind, fileKind: p.fileKind, seed: p.seed + 1, receipts: p.receipts }).bytes);
        const sns = files.flatMap((b) => parse(b).receipts.map((r) => r.searchNumber)).filter(Boolean);
        return fc.record({ p: fc.constant(p), files: fc.constant(files), corrections: fc.array(correction(p.receipts, sns.length ? sns : ['1']), { maxLength: 5 }) });
      });
    await fc.assert(
      fc.asyncProperty(arb, async ({ p, files, corrections }) => {
        const input = { billingMonth: '202503', facility: { name: 'テスト医院', phone: '03-0000-0000' }, corrections, force: p.force };
        const whole = resubmit({ ...input, returns: files.map((b) => parse(b)) });
        const plan = await resubmitStream({ ...input, returns: files.map((b) => () => pieces(b, p.chunk)) });
        expect(plan.outputs.map((o) => o.payer)).toEqual(whole.outputs.map((o) => o.payer));
        for (const [i, o] of plan.outputs.entries()) {
          const w = whole.outputs[i]!;
          expect(o.receiptCount).toBe(w.receiptCount);
          expect(o.totals).toEqual(w.totals);
          let bytes: Uint8Array | undefined;
          try {
            bytes = await collectBytes(o.chunks({ chunkBytes: p.outChunk }));
          } catch (e) {
            if (!(e instanceof ResubmissionRefused)) throw e;
          }
          expect(bytes === undefined ? undefined : Buffer.from(bytes).toString('latin1')).toEqual(w.bytes === undefined ? undefined : Buffer.from(w.bytes).toString('latin1'));
          expect(sorted(o.diagnostics)).toEqual(sorted(w.diagnostics));
          expect(o.valid).toBe(w.valid);
        }
        const r = plan.result();
        expect(r.ok).toBe(whole.ok);
        expect(r.written).toBe(whole.written);
        expect(sorted(r.diagnostics)).toEqual(sorted(whole.diagnostics));
        expect(r.receipts.map((x) => ({ ...x, diagnostics: sorted(x.diagnostics) }))).toEqual(whole.receipts.map((x) => ({ ...x, diagnostics: sorted(x.diagnostics) })));
        expect(r.audit).toEqual(whole.audit);
      }),
      { numRuns: 60 },
    );
  }, 300_000);

  it('holds the last chunk back until the check has seen everything: a refused file is never handed over whole', async () => {
    const g = generateFile({ claimKind: 'ika', fileKind: 'HEN', seed: 3, receipts: 40 });
    // (The receipt's only 傷病名 deleted: accepted as a correction, refused by the output check.)
    const bad: Correction[] = [{ op: 'delete', receipt: { position: 40 }, record: 'SY' }];
    const plan = await resubmitStream({ returns: [() => [g.bytes]], billingMonth: '202503', facility: { name: 'テスト医院' }, corrections: bad });
    const got: Uint8Array[] = [];
    await expect(
      (async () => {
        for await (const c of plan.outputs[0]!.chunks({ chunkBytes: 1024 })) got.push(c);
      })(),
    ).rejects.toBeInstanceOf(ResubmissionRefused);
    const whole = resubmit({ returns: [parse(g.bytes)], billingMonth: '202503', facility: { name: 'テスト医院' }, corrections: bad, force: true });
    const handed = got.reduce((n, c) => n + c.length, 0);
    expect(handed).toBeGreaterThan(0);
    expect(handed).toBeLessThan(whole.outputs[0]!.bytes!.length);
    expect(plan.ok).toBe(true);
    const found = plan.outputs[0]!.diagnostics.find((d) => d.severity === 'error');
    expect(found?.code).toBe('structure/required-records');
    expect(found?.origin).toEqual(whole.outputs[0]!.diagnostics.find((d) => d.code === found?.code)?.origin);
    expect(found?.origin?.line).toBe(parse(g.bytes).receipts[39]!.re.line);
    expect(plan.result().written).toBe(false);
  });
});
