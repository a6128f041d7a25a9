/** The JSON form on the stream: text-identical to the whole-file JSON; JSON Lines carry the same lines. */
import fc from 'fast-check';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { toJson } from '../../src/json/form.js';
import { parse } from '../../src/model/parse.js';
import { jsonLinesBytes, jsonLinesStream, jsonTextBytes, jsonTextStream, partToJson } from '../../src/json/stream.js';
import { parseStream } from '../../src/stream/parse.js';
import { readdirSync } from 'node:fs';
import { FIXTURES, readBytes, SAMPLE_UKE, sjisFile } from '../helpers/files.js';
import { cut } from './helpers.js';

const FILES = [join(FIXTURES, 'RECEIPTC.HEN'), join(FIXTURES, 'RECEIPTC.SAH'), SAMPLE_UKE].map((p) => readBytes(p));
/** Every claim kind's fixtures. */
const KIND_FILES = ['shika', 'chozai', 'houkan', 'dpc', 'rosai', 'editions'].flatMap((d) => readdirSync(join(FIXTURES, d)).map((f) => readBytes(join(FIXTURES, d, f))));
const odd = [sjisFile([]), sjisFile(['GO,1']), sjisFile(['IR,1', 'XX']), sjisFile(['RE,1', 'HR,2']), new Uint8Array([0x52, 0x45, 0x0a, 0x47, 0x4f])];

async function text(it: AsyncIterable<string>): Promise<string> {
  let s = '';
  for await (const x of it) s += x;
  return s;
}

describe('jsonTextStream', () => {
  it('= JSON.stringify(toJson(parse()), null, 1), cut anywhere', async () => {
    for (const b of [...FILES, ...odd]) {
      for (const o of [{}, { fieldNames: false }, { lineNumbers: false }]) {
        expect(await text(jsonTextStream(() => cut(b, [17, 900]), o))).toBe(JSON.stringify(toJson(parse(b), o), null, 1));
      }
    }
  });
  it('on arbitrary record-like bytes', async () => {
    const soup = fc.array(fc.constantFrom('RE', 'HR', 'IR', 'GO', 'SI', '8', ',', ',', '\r\n', '\n', '\x1a', '\x82\xa0'), { maxLength: 60 }).map((a) => new Uint8Array([...a.join('')].map((c) => c.charCodeAt(0))));
    await fc.assert(
      fc.asyncProperty(soup, fc.nat({ max: 100 }), async (b, at) => {
        expect(await text(jsonTextStream(() => cut(b, [at])))).toBe(JSON.stringify(toJson(parse(b)), null, 1));
      }),
      { numRuns: 300 },
    );
  });
});

describe('jsonLinesStream', () => {
  it('has the same lines, receipts and file facts as the JSON form', async () => {
    for (const b of FILES) {
      const j = toJson(parse(b));
      const objs = (await text(jsonLinesStream(cut(b, [5, 2222])))).trimEnd().split('\n').map((l) => JSON.parse(l));
      expect(objs.filter((o) => o.type === 'lead').flatMap((o) => o.lines)).toEqual(j.lead);
      expect(objs.filter((o) => o.type === 'tail').flatMap((o) => o.lines)).toEqual(j.tail);
      expect(objs.filter((o) => o.type === 'receipt').map(({ type, index, ...r }) => r)).toEqual(j.receipts);
      expect(objs.at(-1)).toMatchObject({ type: 'end', format: 'receden/1', kind: j.kind, eof: j.eof });
    }
  });
});

/**
 * JSON Lines as the JSON objects of each part would give them (`partToJson`, built from `lineToJson`):
 * the reference the byte writer (src/json/write.ts) must equal, text for text.
 */
async function referenceLines(b: Uint8Array): Promise<string> {
  let out = '';
  let begun = false;
  for await (const e of parseStream(cut(b, [3]), { diagnostics: false })) {
    if (e.type === 'end') {
      if (!begun) out += JSON.stringify({ type: 'begin', format: 'receden/1', claimKind: e.claimKind }) + '\n';
      out += JSON.stringify({ type: 'end', format: 'receden/1', kind: e.kind, claimKind: e.claimKind, edition: e.edition, eof: e.eof, lines: e.lines, receipts: e.receipts }) + '\n';
      continue;
    }
    if (!begun) out += JSON.stringify({ type: 'begin', format: 'receden/1', claimKind: e.claimKind }) + '\n';
    begun = true;
    const j = partToJson(e);
    out += JSON.stringify('receipt' in j ? { type: 'receipt', index: e.type === 'receipt' ? e.receipt.index : 0, ...j.receipt } : { type: e.type, lines: j.lines }) + '\n';
  }
  return out;
}

describe('the byte writer of the JSON form', () => {
  const soup = fc
    .array(fc.constantFrom('RE', 'HR', 'IR', 'GO', 'SI', 'SY', 'HO', '1', '8', ',', ',', ',', '"', '\\', '\t', '\r\n', '\n', '\r', '\x1a', '\x00', '\x7f', '\x82\xa0', '\x88\x9f', '\x87\x40', '\xf0\x40', '\x81', '\x80', '\xa0', '\xb1', '\xff', '\x81\x7f', '\x81,'), { maxLength: 80 })
    .map((a) => new Uint8Array([...a.join('')].map((c) => c.charCodeAt(0))));
  it('writes JSON Lines equal, text for text, to JSON.stringify of the JSON objects (fixtures of every kind)', async () => {
    for (const b of [...FILES, ...odd, ...KIND_FILES]) {
      const want = await referenceLines(b);
      expect(await text(jsonLinesStream(cut(b, [7, 1000])))).toBe(want);
      let bytes = '';
      const dec = new TextDecoder();
      for await (const c of jsonLinesBytes(cut(b, [11]))) bytes += dec.decode(c);
      expect(bytes).toBe(want);
    }
  });
  it('on arbitrary bytes: quotes, backslashes, controls, broken and extension Shift_JIS', async () => {
    await fc.assert(
      fc.asyncProperty(soup, async (b) => {
        expect(await text(jsonLinesStream(cut(b, [5])))).toBe(await referenceLines(b));
        let doc = '';
        const dec = new TextDecoder();
        for await (const c of jsonTextBytes(() => cut(b, [9]))) doc += dec.decode(c);
        expect(doc).toBe(JSON.stringify(toJson(parse(b)), null, 1));
      }),
      { numRuns: 400 },
    );
  });
});
