/**
 * Frozen copy of the whole-file parser's findings and kind detection as they were before the
 * shared incremental checkers (src/checks.ts) replaced them: the oracle that proves parse() and
 * the stream still report exactly the same diagnostics. Do not "fix" this file.
 */
import { scanLines, Eol, EOF_BYTE, type LineTable } from '../../src/codec/lines.js';
import { scanSjis } from '../../src/codec/sjis.js';
import { diag, type Diagnostic, type Locale } from '../../src/diagnostics/index.js';
import { Receipt, structure, type FileKind, type LineIndex } from '../../src/model/file.js';
import { Rec } from '../../src/model/record.js';
import { isRecordId } from '../../src/spec/registry.js';
import type { ParseOptions } from '../../src/model/parse.js';

export function identifyLineV0(b: Uint8Array, s: number, e: number): { id: string; prefixFields: 0 | 3 } {
  let p = s;
  while (p < e && b[p] !== 0x2c) p++;
  const first = p - s;
  let digits = first > 0 && first <= 2;
  for (let i = s; digits && i < p; i++) if (b[i]! < 0x30 || b[i]! > 0x39) digits = false;
  if (digits && p < e) {
    let q = p + 1;
    let commas = 0;
    while (q < e && commas < 2) {
      if (b[q] === 0x2c) commas++;
      q++;
    }
    if (commas === 2) return { id: asciiId(b, q, e), prefixFields: 3 };
    return { id: '', prefixFields: 0 };
  }
  return { id: asciiId(b, s, e), prefixFields: 0 };
}

function asciiId(b: Uint8Array, s: number, e: number): string {
  let p = s;
  while (p < e && b[p] !== 0x2c) p++;
  if (p - s !== 2) return '';
  const c0 = b[s]!;
  const c1 = b[s + 1]!;
  if (c0 < 0x41 || c0 > 0x5a || c1 < 0x41 || c1 > 0x5a) return '';
  return String.fromCharCode(c0, c1);
}

function indexLinesV0(t: LineTable): LineIndex {
  const ids: string[] = new Array(t.count);
  const prefixed = new Uint8Array(t.count);
  for (let i = 0; i < t.count; i++) {
    const r = identifyLineV0(t.buffers[t.buf[i]!]!, t.start[i]!, t.end[i]!);
    ids[i] = r.id;
    if (r.prefixFields === 3) prefixed[i] = 1;
  }
  return { ids, prefixed };
}

/** What the old parse() produced: kind, diagnostics, structure. */
export function parseV0(bytes: Uint8Array, options: ParseOptions = {}) {
  const table = scanLines(bytes);
  const ix = indexLinesV0(table);
  const st = structure(table, ix);
  const diagnostics: Diagnostic[] = [];
  byteDiagnostics(bytes, table, ix, options, diagnostics);
  const lead: Rec[] = [];
  for (let i = 0; i < st.leadEnd; i++) lead.push(new Rec(table, i));
  const tail: Rec[] = [];
  for (let i = st.tailStart; i < table.count; i++) tail.push(new Rec(table, i));
  const receipts = st.receipts.map((r, k) => new Receipt(table, k, r.start, r.claimEnd, r.reasonsEnd, r.end));
  const header = lead.find((r) => !r.prefixed && (r.id === 'IR' || r.id === 'HI'));
  const trailer = tail[0];
  const kind = options.kind ?? detectKind(header, receipts, trailer, ix, options.fileName);
  structureDiagnostics(table, ix, st.leadEnd, st.tailStart, header, trailer, kind, diagnostics);
  return { kind, diagnostics, ix, st };
}
function detectKind(
  header: Rec | undefined,
  receipts: readonly Receipt[],
  trailer: Rec | undefined,
  ix: LineIndex,
  fileName?: string,
): FileKind {
  const ext = fileName?.toUpperCase().match(/\.(UKE|HEN|SAH)$/)?.[1] as FileKind | undefined;
  let returnish = header?.id === 'HI' || trailer?.id === 'HG';
  let sah = false;
  let hen = false;
  for (const r of receipts) {
    for (const hr of r.reasons) {
      if (hr.id !== 'HR') continue;
      returnish = true;
      const k = hr.get('returnCategory');
      if (k && k >= '4' && k <= '9' && k.length === 1) sah = true;
      else if (k === '1' || k === '2' || k === '3') hen = true;
    }
  }
  if (!returnish) {
    if (!header && receipts.length === 0) return ext ?? 'unknown';
    return header || receipts.length > 0 ? 'UKE' : (ext ?? 'unknown');
  }
  if (sah) return 'SAH';
  if (hen) return 'HEN';
  for (let i = 0; i < ix.ids.length; i++) {
    if (ix.prefixed[i] && (ix.ids[i] === 'MD' || ix.ids[i] === 'MK' || ix.ids[i] === 'JR' || ix.ids[i] === 'RT')) return 'SAH';
  }
  return ext === 'SAH' ? 'SAH' : 'HEN';
}

function byteDiagnostics(bytes: Uint8Array, t: LineTable, ix: LineIndex, o: ParseOptions, out: Diagnostic[]): void {
  const maxLine = o.maxLineBytes ?? 65536;
  const limit = o.maxFindingsPerKind ?? 100;
  // Since the edge-cases issue: a file of nothing but the EOF byte 0x1A is empty too.
  if (bytes.length === 0 || (bytes.length === 1 && bytes[0] === 0x1a)) {
    out.push(diag({ code: 'file/empty', severity: 'error' }));
    return;
  }
  const bom = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  if (bom) out.push(diag({ code: 'encoding/utf8-bom', severity: 'error', line: 1, offset: 0, length: 3 }));
  let lfOnly = 0;
  let firstLf = 0;
  const counts: Record<string, number> = {};
  let looksUtf8Checked = bom;
  for (let i = 0; i < t.count; i++) {
    const s = t.start[i]!;
    const e = t.end[i]!;
    const line = i + 1;
    if (t.eol[i] === Eol.LF) {
      if (lfOnly++ === 0) firstLf = line;
    }
    if (e - s > maxLine) {
      out.push(diag({ code: 'line/too-long', severity: 'error', line, offset: s, length: e - s, expected: `${maxLine} bytes`, found: `${e - s} bytes` }));
    }
    if (e === s && t.eol[i] !== Eol.None) {
      if ((counts['line/empty'] = (counts['line/empty'] ?? 0) + 1) <= limit) out.push(diag({ code: 'line/empty', severity: 'warning', line, offset: s }));
    } else if (ix.ids[i] === '' && e > s) {
      if ((counts['record/no-id'] = (counts['record/no-id'] ?? 0) + 1) <= limit) out.push(diag({ code: 'record/no-id', severity: 'error', line, offset: s }));
    } else if (ix.ids[i] !== '' && !isRecordId(ix.ids[i]!)) {
      if ((counts['record/unknown'] = (counts['record/unknown'] ?? 0) + 1) <= limit) {
        out.push(diag({ code: 'record/unknown', severity: 'warning', line, offset: s, record: ix.ids[i]!, found: ix.ids[i]! }));
      }
    }
    if (o.scanEncoding === false) continue;
    // Fast check: only lines with a byte ≥ 0x80 or < 0x20 need the detailed scan.
    let suspicious = false;
    for (let p = s; p < e; p++) {
      const b = bytes[p]!;
      if (b >= 0x80 || b < 0x20 || b === 0x7f) {
        suspicious = true;
        break;
      }
    }
    if (!suspicious) continue;
    for (const f of scanSjis(bytes, s, e, limit)) {
      if (bom && f.offset < 3) continue;
      let code: string;
      let severity: 'error' | 'warning' = 'error';
      if (f.kind === 'control') {
        if (bytes[f.offset] === 0x0d) code = 'line/lone-cr';
        else if (bytes[f.offset] === EOF_BYTE) code = 'eof/not-last';
        else code = 'encoding/control';
      } else if (f.kind === 'cp932-extension') {
        code = 'encoding/cp932-extension';
        severity = 'warning';
      } else if (f.kind === 'user-defined') code = 'encoding/user-defined';
      else code = 'encoding/invalid-sjis';
      if (code === 'encoding/invalid-sjis' && !looksUtf8Checked) {
        looksUtf8Checked = true;
        if (looksLikeUtf8(bytes)) {
          out.push(diag({ code: 'encoding/utf8', severity: 'error', line, offset: f.offset }));
        }
      }
      if ((counts[code] = (counts[code] ?? 0) + 1) > limit) continue;
      const hex = [...bytes.subarray(f.offset, f.offset + f.length)].map((x) => x.toString(16).toUpperCase().padStart(2, '0')).join(' ');
      out.push(diag({ code, severity, line, offset: f.offset, length: f.length, found: `0x${hex}` }));
    }
  }
  if (lfOnly > 0) {
    out.push(diag({ code: 'line/lf-only', severity: 'warning', line: firstLf, params: { count: lfOnly, first: firstLf } }));
  }
  if (t.count > 0 && t.eol[t.count - 1] === Eol.None) {
    out.push(diag({ code: 'line/no-final-eol', severity: 'warning', line: t.count }));
  }
  if (!t.eof) out.push(diag({ code: 'eof/missing', severity: 'info' }));
}

function looksLikeUtf8(bytes: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

function structureDiagnostics(
  t: LineTable,
  ix: LineIndex,
  leadEnd: number,
  tailStart: number,
  header: Rec | undefined,
  trailer: Rec | undefined,
  kind: FileKind,
  out: Diagnostic[],
): void {
  if (t.count === 0) return;
  const isReturn = kind === 'HEN' || kind === 'SAH';
  const wantHeader = isReturn ? 'HI' : 'IR';
  const first = new Rec(t, 0);
  if (!header || header.index !== 0) {
    out.push(diag({ code: 'structure/no-header', severity: 'error', line: 1, offset: 0, expected: wantHeader, found: first.id || '?' }));
  } else if (isReturn && header.id === 'IR') {
    out.push(diag({ code: 'structure/ir-as-return-header', severity: 'info', line: 1, record: 'IR' }));
  }
  for (let i = 0; i < t.count; i++) {
    if (ix.prefixed[i]) continue;
    const id = ix.ids[i];
    if ((id === 'IR' || id === 'HI') && header && i !== header.index) {
      out.push(diag({ code: 'structure/duplicate-header', severity: 'error', line: i + 1, record: id, offset: t.start[i]! }));
    }
  }
  for (let i = 0; i < leadEnd; i++) {
    if (header && i === header.index) continue;
    if (t.end[i] === t.start[i]) continue;
    out.push(diag({ code: 'structure/before-first-receipt', severity: 'error', line: i + 1, record: ix.ids[i] || undefined, offset: t.start[i]!, found: ix.ids[i] || '?' }));
  }
  if (!trailer) {
    out.push(diag({ code: 'structure/no-trailer', severity: 'error', line: t.count, expected: isReturn ? 'HG' : 'GO' }));
  } else {
    for (let i = tailStart + 1; i < t.count; i++) {
      if (t.end[i] === t.start[i]) continue;
      out.push(diag({ code: 'structure/after-trailer', severity: 'error', line: i + 1, record: ix.ids[i] || undefined, offset: t.start[i]! }));
      break;
    }
  }
}
