/** The JSON form on the stream: text-identical to the whole-file JSON; JSON Lines carry the same lines. */
import fc from 'fast-check';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { toJson } from '../../src/json/form.js';
import { parse } from '../../src/model/parse.js';
import { jsonLinesStream, jsonTextStream } from '../../src/json/stream.js';
import { FIXTURES, readBytes, SAMPLE_UKE, sjisFile } from '../helpers/files.js';
import { cut } from './helpers.js';

const FILES = [join(FIXTURES, 'RECEIPTC.HEN'), join(FIXTURES, 'RECEIPTC.SAH'), SAMPLE_UKE].map((p) => readBytes(p));
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
