/** Helpers for the streaming tests: chunking, and comparing stream events with the whole-file model. */
import { concatBytes } from '../helpers/files.js';
import { expect } from 'vitest';
import { lineBytes, type LineTable } from '../../src/codec/lines.js';
import type { ReceFile } from '../../src/model/file.js';
import { createReceiptSplitter, type StreamEvent, type StreamOptions } from '../../src/stream/splitter.js';
import { ChunkWriter } from '../../src/stream/serialize.js';

/** Cut `bytes` at the given positions (any order, duplicates and out-of-range positions allowed). */
export function cut(bytes: Uint8Array, at: readonly number[]): Uint8Array[] {
  const pos = [...new Set(at.map((p) => Math.min(bytes.length, Math.max(0, p))))].sort((a, b) => a - b);
  const out: Uint8Array[] = [];
  let s = 0;
  for (const p of pos) {
    out.push(bytes.subarray(s, p));
    s = p;
  }
  out.push(bytes.subarray(s));
  return out;
}

/** Run the splitter over chunks and collect its events. */
export function events(chunks: readonly Uint8Array[], options: StreamOptions = {}): StreamEvent[] {
  const out: StreamEvent[] = [];
  const s = createReceiptSplitter((e) => out.push(e), options);
  for (const c of chunks) s.write(c);
  s.end();
  return out;
}

/** Write events back with the streaming writer. */
export function write(evs: readonly StreamEvent[], chunkBytes = 1024): Uint8Array {
  const parts: Uint8Array[] = [];
  const w = new ChunkWriter((c) => parts.push(c), { chunkBytes });
  for (const e of evs) w.write(e);
  w.flush();
  return concatBytes(...parts);
}

function lineKey(t: LineTable, i: number): string {
  return `${Array.from(lineBytes(t, i)).join(',')}|${t.eol[i]}`;
}

/**
 * Assert that the events describe exactly the model `f` of the same bytes: same parts, same lines
 * (bytes and line ends), same sections, global positions, kind, EOF and diagnostics.
 */
export function expectSameAsModel(evs: readonly StreamEvent[], f: ReceFile): void {
  const t = f.table;
  const lead: number[] = [];
  const tail: number[] = [];
  let receipts = 0;
  let nextLine = 0;
  for (const e of evs) {
    if (e.type === 'end') {
      expect(e.kind).toBe(f.kind);
      expect(e.claimKind).toBe(f.claimKind);
      expect(e.eof).toBe(t.eof);
      expect(e.lines).toBe(t.count);
      expect(e.receipts).toBe(f.receipts.length);
      expect(e.header?.id).toBe(f.header?.id);
      expect(e.trailer?.id).toBe(f.trailer?.id);
      expect(e.diagnostics).toEqual(f.diagnostics);
      continue;
    }
    // Global positions: lines are consecutive and offsets are the file's.
    expect(e.claimKind).toBe(f.claimKind);
    expect(e.lineBase).toBe(nextLine);
    for (let i = 0; i < e.table.count; i++) {
      expect(lineKey(e.table, i)).toBe(lineKey(t, e.lineBase + i));
      expect(e.byteBase + e.table.start[i]!).toBe(t.start[e.lineBase + i]);
    }
    nextLine += e.table.count;
    if (e.type === 'lead') for (let i = 0; i < e.table.count; i++) lead.push(e.lineBase + i);
    else if (e.type === 'tail') for (let i = 0; i < e.table.count; i++) tail.push(e.lineBase + i);
    else {
      const m = f.receipts[receipts++]!;
      const r = e.receipt;
      expect(r.index).toBe(m.index);
      expect(e.lineBase + r.start).toBe(m.start);
      expect(e.lineBase + r.claimEnd).toBe(m.claimEnd);
      expect(e.lineBase + r.reasonsEnd).toBe(m.reasonsEnd);
      expect(e.lineBase + r.end).toBe(m.end);
    }
  }
  expect(nextLine).toBe(t.count);
  expect(receipts).toBe(f.receipts.length);
  expect(lead).toEqual(f.lead.map((r) => r.index));
  expect(tail).toEqual(f.tail.map((r) => r.index));
}
