/**
 * The invariants the fuzzer checks on every input. Each property throws (with a one-line reason)
 * when it does not hold; the runner reports it with a minimal reproducer.
 *
 * - parse:        parse never throws
 * - round-trip:   serialize(parse(b)) equals b
 * - validate:     validate never throws, for every preset and locale
 * - json:         the JSON form and JSON Lines round-trip to identical bytes
 * - resubmit:     resubmit never throws, and never writes what its own validate rejects
 * - streaming:    streaming equals whole-file (events, parse diagnostics, validation, resubmission bytes and findings) for the chunking given
 * - personal:     no personal value appears in any message, diff or summary
 */
import { writeLines } from '../../src/codec/lines.js';
import { formatDiagnostic, messageOf, type Diagnostic } from '../../src/diagnostics/index.js';
import { fromJson, toJson } from '../../src/json/form.js';
import { summarize } from '../../src/model/inspect.js';
import { renderSummary } from '../../src/cli/commands/inspect.js';
import type { ReceFile } from '../../src/model/file.js';
import { parse } from '../../src/model/parse.js';
import { diffFiles, maskPersonal, renderDiff } from '../../src/resubmit/diff.js';
import { reasons } from '../../src/resubmit/reasons.js';
import { resubmit } from '../../src/resubmit/resubmit.js';
import { resubmitStream } from '../../src/resubmit/stream.js';
import { serialize } from '../../src/model/serialize.js';
import { jsonLinesToParts } from '../../src/json/lines.js';
import { jsonLinesStream } from '../../src/json/stream.js';
import { validateStream } from '../../src/validate/stream.js';
import { ChunkWriter } from '../../src/stream/serialize.js';
import { createReceiptSplitter, type StreamEvent } from '../../src/stream/splitter.js';
import { validate } from '../../src/validate/index.js';
import { ALL_RECORD_DEFS } from '../../src/spec/kinds.js';
import { PRESET_IDS } from '../../src/validate/types.js';
import { chunks } from './inputs.js';

export interface FuzzCase {
  readonly bytes: Uint8Array;
  readonly chunking: readonly number[];
}

export interface Property {
  readonly name: string;
  readonly check: (c: FuzzCase) => void | Promise<void>;
}

function equal(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

function firstDiff(a: Uint8Array, b: Uint8Array): string {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return `lengths ${a.length} / ${b.length}, first difference at byte ${i}`;
}

async function collect(it: AsyncIterable<Uint8Array>): Promise<Uint8Array[]> {
  const out: Uint8Array[] = [];
  for await (const c of it) out.push(c);
  return out;
}

function fail(msg: string): never {
  throw new Error(msg);
}

const key = (d: { code: string; line?: number; offset?: number; field?: { position: number } }) => `${d.code}@${d.line ?? ''}:${d.offset ?? ''}:${d.field?.position ?? ''}`;

/** Personal values of the file: values of personal fields of undamaged records (≥ 4 bytes), that appear in no other field. */
function personalValues(f: ReceFile): { value: string; where: string }[] {
  const personal = new Map<string, string>();
  const other = new Set<string>();
  const visit = (rec: ReceFile['lead'][number]) => {
    const def = rec.def;
    if (!def || rec.damaged) {
      for (const v of rec.values()) other.add(v);
      return;
    }
    rec.values().forEach((v, i) => {
      if (def.fields[i]?.personal && !personal.has(v)) personal.set(v, `${rec.id}.${def.fields[i]!.key}`);
      else other.add(v);
    });
    if (rec.prefix) for (const v of [rec.prefix.dataKind, rec.prefix.lineNo, rec.prefix.branchNo]) other.add(v);
  };
  for (const r of f.lead) visit(r);
  for (const r of f.tail) visit(r);
  for (const r of f.receipts) for (const rec of r.records) visit(rec);
  // The field names (項目名) are printed too: a 2-digit card number may spell part of「１１日の情報」.
  const others = [...other, ...FIELD_NAMES];
  return [...personal]
    .filter(([v]) => new TextEncoder().encode(v).length >= 4 && v.trim() === v && !v.includes('\ufffd'))
    // Not when the same characters occur in a field that may be shown (a 5-digit カルテ番号 inside a 傷病名コード).
    .filter(([v]) => !others.some((o) => o.includes(v)))
    .map(([value, where]) => ({ value, where }));
}

/**
 * Field positions and byte offsets are printed too (「項目4120」 of a damaged record, 「5133バイト目」):
 * a number that spells one is not a value. Applied once to each text before {@link shows}.
 */
function withoutPositions(text: string): string {
  return text.replace(/(項目|field |position |byte |line |レセプト|receipt |"position":|"offset":|"key":"#)\d+/g, '$1#').replace(/\d+(バイト目|行目)/g, '#$1');
}

/** Does `text` show `value` as a value (for ASCII: not as part of a longer run of letters and digits)? */
function shows(text: string, value: string): boolean {
  // (The plain search first: texts can be megabytes, the regular expression is slower.)
  if (!text.includes(value)) return false;
  if (!/^[\x20-\x7e]+$/.test(value)) return true;
  const esc = value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(?<![0-9A-Za-z])${esc}(?![0-9A-Za-z])`).test(text);
}

const EMPTY = parse(new Uint8Array(0));
const FIELD_NAMES: readonly string[] = ALL_RECORD_DEFS.flatMap((d) => d.fields.map((f) => f.name));

export const PROPERTIES: readonly Property[] = [
  {
    name: 'parse',
    check({ bytes }) {
      parse(bytes);
      parse(bytes, { fileName: 'RECEIPTC.HEN' });
      parse(bytes, { fileName: 'RECEIPTC.SAH', maxLineBytes: 100, maxFindingsPerKind: 3 });
    },
  },
  {
    name: 'round-trip',
    check({ bytes }) {
      const out = serialize(parse(bytes));
      if (!equal(out, bytes)) fail(`serialize(parse(b)) differs: ${firstDiff(out, bytes)}`);
    },
  },
  {
    name: 'validate',
    check({ bytes }) {
      const f = parse(bytes);
      // Every preset; every message renders in both locales (rendering is where the locale is).
      for (const preset of PRESET_IDS) for (const d of validate(f, { preset })) for (const l of ['ja', 'en'] as const) formatDiagnostic(d, l);
      validate(f, { showPersonalData: true, maxPerRule: 3 });
    },
  },
  {
    name: 'json',
    async check({ bytes, chunking }) {
      const f = parse(bytes);
      const back = fromJson(JSON.parse(JSON.stringify(toJson(f))));
      if (!back.ok) fail(`fromJson refused its own JSON: ${back.problems[0]?.path}: ${back.problems[0] ? messageOf(back.problems[0], 'en') : ''}`);
      if (!equal(serialize(back.file), bytes)) fail(`JSON round trip differs: ${firstDiff(serialize(back.file), bytes)}`);
      // JSON Lines, written and read back on the stream.
      let text = '';
      for await (const l of jsonLinesStream(chunks(bytes, chunking))) text += l;
      const parts: Uint8Array[] = [];
      const w = new ChunkWriter((c) => parts.push(c), {});
      const problems: string[] = [];
      await jsonLinesToParts([new TextEncoder().encode(text)], (e) => w.write(e), (p) => problems.push(`${p.path}: ${messageOf(p, 'en')}`));
      w.flush();
      if (problems.length) fail(`JSON Lines refused its own output: ${problems[0]}`);
      const got = concatAll(parts);
      if (!equal(got, bytes)) fail(`JSON Lines round trip differs: ${firstDiff(got, bytes)}`);
    },
  },
  {
    name: 'resubmit',
    check({ bytes }) {
      const f = parse(bytes, { fileName: 'RECEIPTC.HEN' });
      const r = resubmit({ returns: [f], billingMonth: '202501', facility: { name: 'テスト医院', phone: '03-0000-0000' } });
      const dry = resubmit({ returns: [f], billingMonth: '202501', facility: { name: 'テスト医院' }, dryRun: true });
      if (dry.outputs.some((o) => o.bytes)) fail('a dry run produced bytes');
      for (const o of r.outputs) {
        if (!o.bytes) continue;
        const errors = validate(parse(o.bytes, { kind: 'UKE' }), { preset: 'resubmission' }).filter((d) => d.severity === 'error');
        if (errors.length) fail(`resubmit wrote ${o.name} with errors its own validate reports: ${errors.slice(0, 3).map((d) => `${d.code}@${d.line}`).join(', ')}`);
        try {
          new TextDecoder('shift_jis', { fatal: true }).decode(o.bytes);
        } catch {
          fail(`resubmit wrote ${o.name}, which is not valid Shift_JIS`);
        }
      }
      if (r.written !== (r.outputs.length > 0 && r.outputs.every((o) => o.bytes !== undefined))) fail('written does not say what was written');
    },
  },
  {
    name: 'streaming',
    async check({ bytes, chunking }) {
      const whole = parse(bytes, { fileName: 'RECEIPTC.HEN' });
      const parts: Uint8Array[] = [];
      let end: Extract<StreamEvent, { type: 'end' }> | undefined;
      const s = createReceiptSplitter((e) => {
        if (e.type === 'end') end = e;
        else parts.push(writeLines(e.table));
      }, { fileName: 'RECEIPTC.HEN' });
      for (const c of chunks(bytes, chunking)) s.write(c);
      s.end();
      const got = concatAll(end?.eof ? [...parts, new Uint8Array([0x1a])] : parts);
      if (!equal(got, bytes)) fail(`the stream's parts do not give the input back: ${firstDiff(got, bytes)}`);
      if (end!.kind !== whole.kind) fail(`stream kind ${end!.kind}, whole-file ${whole.kind}`);
      if (end!.receipts !== whole.receipts.length) fail(`stream receipts ${end!.receipts}, whole-file ${whole.receipts.length}`);
      const a = end!.diagnostics.map(key).join(' ');
      const b = whole.diagnostics.map(key).join(' ');
      if (a !== b) fail(`parse diagnostics differ: stream [${a.slice(0, 200)}] whole [${b.slice(0, 200)}]`);
      const sv = await validateStream(() => chunks(bytes, chunking), { fileName: 'RECEIPTC.HEN' });
      const wv = validate(whole);
      if (sv.map(key).join(' ') !== wv.map(key).join(' ')) fail(`validation differs: stream ${sv.length}, whole-file ${wv.length}`);
      // The streamed resubmission writes what the whole-file one writes, and finds what it finds (in another order).
      const input = { billingMonth: '202501', facility: { name: 'テスト医院', phone: '03-0000-0000' }, force: true };
      const wr = resubmit({ ...input, returns: [whole] });
      const plan = await resubmitStream({ ...input, returns: [() => chunks(bytes, chunking)], fileNames: ['RECEIPTC.HEN'] });
      // (労災 returns are resubmit()'s alone: the streamed writer says so, and the CLI takes the whole-file path.)
      if (plan.diagnostics.some((d) => d.code === 'resubmit/kind-unsupported')) return;
      if (plan.outputs.length !== wr.outputs.length) fail(`resubmitStream made ${plan.outputs.length} outputs, resubmit ${wr.outputs.length}`);
      for (const [i, o] of plan.outputs.entries()) {
        const got = concatAll(await collect(o.chunks()));
        const want = wr.outputs[i]!.bytes;
        if (!want || !equal(got, want)) fail(`resubmitStream's ${o.name} differs from resubmit's: ${want ? firstDiff(got, want) : 'resubmit wrote none'}`);
      }
      const sorted = (l: readonly Diagnostic[]) => l.map((d) => `${key(d)}:${d.severity}`).sort().join(' ');
      if (sorted(plan.result().diagnostics) !== sorted(wr.diagnostics)) fail(`resubmitStream's findings differ from resubmit's: ${plan.result().diagnostics.length} / ${wr.diagnostics.length}`);
    },
  },
  {
    name: 'personal',
    check({ bytes }) {
      const f = parse(bytes, { fileName: 'RECEIPTC.HEN' });
      const secrets = personalValues(f);
      if (secrets.length === 0) return;
      const shown: [string, string][] = [];
      const found = validate(f);
      const s = summarize(f);
      const diff = diffFiles(EMPTY, f);
      shown.push(['summarize', JSON.stringify(s)], ['diff JSON', JSON.stringify(maskPersonal(diff))]);
      for (const locale of ['ja', 'en'] as const) {
        shown.push([`validate (${locale})`, found.map((d) => [formatDiagnostic(d, locale), JSON.stringify(d.params), d.found ?? '', d.expected ?? ''].join('\n')).join('\n')]);
        shown.push([`inspect text (${locale})`, renderSummary(s, locale)], [`diff text (${locale})`, renderDiff(diff, { locale })]);
      }
      shown.push(['reasons', JSON.stringify(reasons(f))]);
      const r = resubmit({ returns: [f], billingMonth: '202501', facility: { name: 'テスト医院' } });
      shown.push(['resubmit', r.diagnostics.map((d) => formatDiagnostic(d) + formatDiagnostic(d, 'en') + JSON.stringify(d.params)).join('\n')]);
      const texts = shown.map(([what, t]): [string, string] => [what, withoutPositions(t)]);
      for (const { value, where } of secrets) {
        const hit = texts.find(([, t]) => shows(t, value));
        if (hit) {
          const line = hit[1].split('\n').find((l) => shows(l, value)) ?? '';
          fail(`the value of ${where} (${new TextEncoder().encode(value).length} bytes) appears in ${hit[0]}: ${line.replace(value, '‹value›').slice(0, 160)}`);
        }
      }
    },
  },
];

function concatAll(parts: readonly Uint8Array[]): Uint8Array {
  let n = 0;
  for (const p of parts) n += p.length;
  const out = new Uint8Array(n);
  let o = 0;
  for (const p of parts) {
    out.set(p, o);
    o += p.length;
  }
  return out;
}
