/**
 * JSON Lines → bytes: the fast path (src/json/read.ts) against the general path (JSON.parse, zod,
 * jsonLineBytes). For any JSON Lines text — as written, with a value edited, or with any character
 * changed — both give the same parts and the same problems.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { jsonLinesBytes } from '../../src/json/stream.js';
import { jsonLinesToParts } from '../../src/json/lines.js';
import { fastPart } from '../../src/json/read.js';
import { tablesOf } from '../../src/model/parse.js';
import { ChunkWriter } from '../../src/stream/serialize.js';
import { fixtureFiles, fuzzInput } from '../fuzz/inputs.js';

const FILES = fixtureFiles();
const dec = new TextDecoder();
const enc = new TextEncoder();

async function jsonl(b: Uint8Array): Promise<string> {
  let s = '';
  for await (const c of jsonLinesBytes([b])) s += dec.decode(c);
  return s;
}

/** What reading `text` gives: the bytes written and every problem (code, path, params). */
async function read(text: string, fastPath: boolean): Promise<string> {
  const parts: Uint8Array[] = [];
  const w = new ChunkWriter((c) => parts.push(c.slice()), {});
  const problems: unknown[] = [];
  const end = await jsonLinesToParts([enc.encode(text)], (e) => w.write(e), (p) => problems.push({ code: p.code, path: p.path, params: p.params }), { fastPath });
  w.flush();
  return JSON.stringify({ bytes: parts.map((p) => [...p]), problems, end });
}

describe('JSON Lines fast path', () => {
  it('takes every lead, receipt and tail line of every fixture as written', async () => {
    for (const f of FILES) {
      const lines = (await jsonl(f.bytes)).trimEnd().split('\n');
      const kind = JSON.parse(lines[0]!).claimKind;
      for (const l of lines.slice(1, -1)) {
        // A line with raw bytes (not text-reproducible) or an unknown record is the general path's.
        if (l.includes('"raw":') || l.includes('"values":')) continue;
        expect(fastPart(l, tablesOf(kind)), `${f.name}: ${l.slice(0, 80)}`).toBeDefined();
      }
    }
  });

  it('gives what the general path gives, on any file, with any value edited or any character changed', async () => {
    const edit = fc.oneof(
      fc.constant({ kind: 'none' as const }),
      fc.record({ kind: fc.constant('char' as const), at: fc.nat(), ch: fc.constantFrom('"', '\\', ',', '}', ']', '0', 'A', 'ア', '亜', '①', '\t', ' ', 'x', ':', '{') }),
      fc.record({ kind: fc.constant('value' as const), at: fc.nat(), to: fc.constantFrom('', '1', 'ABC', '山田', 'ｱ', '\\"', '\\\\', '\\u0041', '\\n', '①', '𠮷', ',') }),
    );
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.constantFrom(...FILES.map((f) => f.bytes)), fuzzInput(FILES)), edit, async (b, e) => {
        let text = await jsonl(b);
        if (e.kind === 'char') {
          const i = e.at % text.length;
          text = text.slice(0, i) + e.ch + text.slice(i + 1);
        } else if (e.kind === 'value') {
          // Replace one field value ("key":"…") somewhere in the text.
          const re = /":"((?:[^"\\]|\\.)*)"/g;
          const spans: [number, number][] = [];
          for (let m = re.exec(text); m; m = re.exec(text)) spans.push([m.index + 3, m.index + 3 + m[1]!.length]);
          if (spans.length) {
            const [s, t] = spans[e.at % spans.length]!;
            text = text.slice(0, s) + e.to + text.slice(t);
          }
        }
        expect(await read(text, true)).toBe(await read(text, false));
      }),
      { numRuns: 300 },
    );
  });
});
