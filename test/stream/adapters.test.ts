/**
 * The shells around the streaming core: async iterables, WHATWG streams, Node `Readable`s and
 * files all give the events of the whole-file model and write back the same bytes.
 */
import fc from 'fast-check';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, describe, expect, it } from 'vitest';
import { fromReadable, parseFileStream, streamFile, toReadable, writeEventsAtomic } from '../../src/node/stream.js';
import { parse } from '../../src/model/parse.js';
import { parseStream, receiptsFrom, receiptTransform, recordsFrom, splitBytes } from '../../src/stream/parse.js';
import { collectBytes, serializeStream, serializeTransform } from '../../src/stream/serialize.js';
import type { StreamEvent } from '../../src/stream/splitter.js';
import { bytesEqual, FIXTURES, readBytes, SAMPLE_UKE } from '../helpers/files.js';
import { cut, expectSameAsModel } from './helpers.js';

const FILES = [join(FIXTURES, 'RECEIPTC.HEN'), join(FIXTURES, 'RECEIPTC.SAH'), SAMPLE_UKE];
const tmp = mkdtempSync(join(tmpdir(), 'receden-stream-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

async function collect<T>(it: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const x of it) out.push(x);
  return out;
}

function webStream(chunks: Uint8Array[]): ReadableStream<Uint8Array> {
  let i = 0;
  return new ReadableStream<Uint8Array>({
    pull(c) {
      if (i < chunks.length) c.enqueue(chunks[i++]!);
      else c.close();
    },
  });
}

describe('sources', () => {
  it('a WHATWG ReadableStream, cut anywhere', async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...FILES), fc.array(fc.nat({ max: 8000 }), { maxLength: 8 }), async (path, at) => {
        const b = readBytes(path);
        expectSameAsModel(await collect(parseStream(webStream(cut(b, at)))), parse(b));
      }),
      { numRuns: 40 },
    );
  });

  it('a Node Readable of Buffers, and a file read in tiny chunks', async () => {
    for (const path of FILES) {
      const b = readBytes(path);
      const f = parse(b, { fileName: path });
      const r = Readable.from(cut(b, [10, 200, 3001]).map((c) => Buffer.from(c)));
      expectSameAsModel(await collect(parseStream(fromReadable(r), { fileName: path })), f);
      expectSameAsModel(await collect(parseFileStream(path, { chunkBytes: 7 })), f);
      expectSameAsModel(await collect(parseFileStream(path, { chunkBytes: 7, copy: false })), f);
    }
  });

  it('rejects a Readable that yields strings (an encoding was set)', async () => {
    const r = Readable.from(['RE,1\r\n']);
    await expect(collect(parseStream(fromReadable(r)))).rejects.toThrow(/bytes/);
  });
});

describe('writers', () => {
  it('serializeStream and the TransformStreams give the input back', async () => {
    for (const path of FILES) {
      const b = readBytes(path);
      expect(bytesEqual(await collectBytes(serializeStream(parseStream(cut(b, [5, 999])), { chunkBytes: 1024 })), b)).toBe(true);
      const piped = webStream(cut(b, [77])).pipeThrough(receiptTransform()).pipeThrough(serializeTransform());
      expect(bytesEqual(await collectBytes(piped), b)).toBe(true);
      expect(bytesEqual(await collectBytes(toReadable(serializeStream(splitBytes(b)))), b)).toBe(true);
    }
  });

  it('writeEventsAtomic copies a file byte for byte, through one reused buffer', async () => {
    for (const path of FILES) {
      const out = join(tmp, 'copy.UKE');
      const n = await writeEventsAtomic(out, parseFileStream(path, { chunkBytes: 100 }), { chunkBytes: 1024 });
      expect(n).toBe(readBytes(path).length);
      expect(bytesEqual(readBytes(out), readBytes(path))).toBe(true);
    }
  });

  it('writes a changed stream: receipts dropped', async () => {
    const path = FILES[0]!;
    const out = join(tmp, 'dropped.HEN');
    async function* withoutSecond(): AsyncGenerator<StreamEvent> {
      for await (const e of parseFileStream(path)) if (!(e.type === 'receipt' && e.receipt.index === 1)) yield e;
    }
    await writeEventsAtomic(out, withoutSecond());
    const f = parse(readBytes(path));
    const g = parse(readBytes(out));
    expect(g.receipts.length).toBe(f.receipts.length - 1);
    expect(g.receipts[1]!.searchNumber).toBe(f.receipts[2]!.searchNumber);
  });
});

describe('views', () => {
  it('receiptsFrom, recordsFrom (file line numbers and offsets) and streamFile', async () => {
    const path = FILES[1]!;
    const b = readBytes(path);
    const f = parse(b, { fileName: path });
    let end: unknown;
    const rs = await collect(receiptsFrom(cut(b, [300]), { onEnd: (e) => (end = e) }));
    expect(rs.map((r) => r.searchNumber)).toEqual(f.receipts.map((r) => r.searchNumber));
    expect(end).toMatchObject({ type: 'end', kind: f.kind });
    const recs = await collect(recordsFrom(cut(b, [1, 2, 3, 4000])));
    expect(recs.map((r) => [r.line, r.offset, r.record.id])).toEqual(f.table.start.length ? [...Array(f.table.count).keys()].map((i) => [i + 1, f.table.start[i], [...f.lead, ...f.receipts.flatMap((r) => r.records), ...f.tail][i]!.id]) : []);
    let receipts = 0;
    const progress: number[] = [];
    const e = await streamFile(path, { receipt: () => void receipts++, progress: (p) => progress.push(p.bytes) }, { chunkBytes: 512, progressMs: 0 });
    expect(receipts).toBe(f.receipts.length);
    expect(e.diagnostics).toEqual(f.diagnostics);
    expect(progress.at(-1)).toBe(b.length);
    expect(readFileSync(path).length).toBe(b.length);
  });
});
