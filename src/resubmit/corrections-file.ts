/**
 * The corrections file: the same operations as the typed API (corrections.ts), as data.
 * - JSON (`receden-corrections/1`), validated with zod;
 * - CSV, for people who work in spreadsheets, parsed with csv-parse (UTF-8 with or without BOM, or
 *   Shift_JIS as Excel saves it; Japanese or English column names).
 * The format is documented with examples in the README ("The corrections file").
 *
 * Reading never throws: problems come back as diagnostics, and no correction is returned from a file
 * that has any (a half-read corrections file must not be half applied).
 */
import { parseCsv } from './csv.js';
import { z } from 'zod';
import { decodeSjis } from '../codec/sjis.js';
import { diag, type Diagnostic } from '../diagnostics/index.js';
import type { Correction, ReceiptRef, RecordRef } from './corrections.js';

// ---------------------------------------------------------------------------------------------
// JSON

const text = /* @__PURE__ */ (() =>
  z.union([z.string(), z.number()]).transform((v) => String(v)))();
const searchNumber = /* @__PURE__ */ (() =>
  z.string({ error: '検索番号は数字の文字列で書いてください（数値で書くと桁が失われます） / write the search number as a string of digits' }).regex(/^[0-9]{1,30}$/, '検索番号は数字の文字列で書いてください（数値で書くと桁が失われます） / write the search number as a string of digits'))();
const payer = /* @__PURE__ */ (() =>
  z.enum(['1', '2']))();

export const RecordRefSchema = /* @__PURE__ */ (() =>
  z.union([
    z.string().regex(/^[A-Z]{2}$/, 'レコード識別情報（例 "HO"） / a record id such as "HO"'),
    z.strictObject({
      id: z.string().regex(/^[A-Z]{2}$/),
      occurrence: z.number().int().positive().optional(),
      match: z.record(z.string(), text).optional(),
    }),
    z.strictObject({ line: z.number().int().positive() }),
  ]))();

const part = /* @__PURE__ */ (() =>
  z.number().int().positive().optional())();

export const OperationSchema = /* @__PURE__ */ (() =>
  z.discriminatedUnion('op', [
    z.strictObject({ op: z.literal('set'), part, record: RecordRefSchema, field: z.union([z.string().min(1), z.number().int().positive()]), value: text, expect: text.optional() }),
    z.strictObject({
      op: z.literal('insert'),
      part,
      record: z.string().regex(/^[A-Z]{2}$/),
      values: z.union([z.record(z.string(), text), z.array(text), z.string()]),
      after: RecordRefSchema.optional(),
      before: RecordRefSchema.optional(),
    }),
    z.strictObject({ op: z.literal('delete'), part, record: RecordRefSchema }),
    z.strictObject({ op: z.literal('payer'), part, payer }),
    z.strictObject({ op: z.literal('split'), part, records: z.array(RecordRefSchema).optional() }),
    z.strictObject({ op: z.literal('drop'), part, reason: z.string().optional() }),
  ]))();

export const ReceiptCorrectionsSchema = /* @__PURE__ */ (() =>
  z
    .strictObject({
      searchNumber: searchNumber.optional(),
      position: z.number().int().positive().optional(),
      file: z.number().int().nonnegative().optional(),
      part,
      /** Send the receipt to this 審査支払機関 (applied before the operations, so split parts inherit it). */
      payer: payer.optional(),
      /** Withdraw the receipt (true, or a note saying why); applied after the operations. */
      drop: z.union([z.boolean(), z.string()]).optional(),
      /** Free text for people; ignored. */
      note: z.string().optional(),
      operations: z.array(OperationSchema).default([]),
    })
    .refine((r) => (r.searchNumber === undefined) !== (r.position === undefined), {
      message: 'searchNumber か position のどちらか一方を指定してください / give either searchNumber or position',
    }))();

export const CorrectionsFileSchema = /* @__PURE__ */ (() =>
  z.strictObject({
    format: z.literal('receden-corrections/1').optional(),
    /** Free text for people; ignored. */
    note: z.string().optional(),
    receipts: z.array(ReceiptCorrectionsSchema),
  }))();

export type CorrectionsFile = z.input<typeof CorrectionsFileSchema>;

export interface CorrectionsRead {
  readonly ok: boolean;
  readonly corrections: readonly Correction[];
  readonly diagnostics: readonly Diagnostic[];
}

function stripPart<T extends { part?: number }>(x: T): Omit<T, 'part'> {
  const { part: _p, ...rest } = x;
  return rest;
}

/** Convert a validated corrections object into operations (in order). */
export function correctionsFromObject(data: z.output<typeof CorrectionsFileSchema>): Correction[] {
  const out: Correction[] = [];
  data.receipts.forEach((r, ri) => {
    const ref = (p?: number): ReceiptRef => {
      const pp = p ?? r.part;
      if (r.searchNumber !== undefined) return pp ? { searchNumber: r.searchNumber, part: pp } : { searchNumber: r.searchNumber };
      const base = { position: r.position!, ...(r.file !== undefined ? { file: r.file } : {}) };
      return pp ? { ...base, part: pp } : base;
    };
    if (r.payer) out.push({ op: 'payer', receipt: ref(), payer: r.payer, at: `receipts[${ri}].payer` });
    r.operations.forEach((o, oi) => {
      const at = `receipts[${ri}].operations[${oi}]`;
      out.push({ ...stripPart(o), receipt: ref(o.part), at } as Correction);
    });
    if (r.drop) out.push({ op: 'drop', receipt: ref(), ...(typeof r.drop === 'string' ? { reason: r.drop } : {}), at: `receipts[${ri}].drop` });
  });
  return out;
}

/** Read a corrections file in JSON (text or an already-parsed object). */
export function readCorrectionsJson(input: string | unknown): CorrectionsRead {
  let data: unknown = input;
  if (typeof input === 'string') {
    try {
      data = JSON.parse(input.charCodeAt(0) === 0xfeff ? input.slice(1) : input);
    } catch (e) {
      return { ok: false, corrections: [], diagnostics: [diag({ code: 'resubmit/corrections-json', severity: 'error', params: { detail: (e as Error).message } })] };
    }
  }
  const r = CorrectionsFileSchema.safeParse(data);
  if (!r.success) {
    const diagnostics = r.error.issues.map((i) =>
      diag({ code: 'resubmit/corrections-schema', severity: 'error', params: { path: i.path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`)).join('').replace(/^\./, ''), detail: i.message } }),
    );
    return { ok: false, corrections: [], diagnostics };
  }
  return { ok: true, corrections: correctionsFromObject(r.data), diagnostics: [] };
}

// ---------------------------------------------------------------------------------------------
// CSV

/** Column names (lower-cased English or Japanese) → canonical column. */
const COLUMNS: Readonly<Record<string, string>> = {
  searchnumber: 'searchNumber',
  検索番号: 'searchNumber',
  position: 'position',
  位置: 'position',
  file: 'file',
  ファイル: 'file',
  part: 'part',
  分割: 'part',
  op: 'op',
  operation: 'op',
  操作: 'op',
  record: 'record',
  レコード: 'record',
  occurrence: 'occurrence',
  出現: 'occurrence',
  番目: 'occurrence',
  match: 'match',
  条件: 'match',
  field: 'field',
  項目: 'field',
  value: 'value',
  値: 'value',
  expect: 'expect',
  現在値: 'expect',
  where: 'where',
  挿入位置: 'where',
  note: 'note',
  備考: 'note',
};

const OPS: Readonly<Record<string, Correction['op']>> = {
  set: 'set',
  修正: 'set',
  変更: 'set',
  insert: 'insert',
  追加: 'insert',
  挿入: 'insert',
  delete: 'delete',
  削除: 'delete',
  payer: 'payer',
  審査支払機関: 'payer',
  請求先: 'payer',
  split: 'split',
  分割: 'split',
  drop: 'drop',
  取下げ: 'drop',
  取り下げ: 'drop',
  取下: 'drop',
};

/** Decode CSV bytes: UTF-8 (BOM or not) when valid, else Shift_JIS (Excel's default in Japan). */
export function decodeCsvBytes(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return decodeSjis(bytes);
  }
}

/**
 * Read corrections in CSV. One operation per row; the first row names the columns (any order):
 * 検索番号 (or 位置 [+ ファイル]), 分割, 操作, レコード, 出現, 条件 (`項目=値;項目=値`), 項目, 値,
 * 現在値, 挿入位置 (前/後), 備考. English names work too (searchNumber, position, file, part, op,
 * record, occurrence, match, field, value, expect, where, note). Rows whose first cell starts with
 * `#` are comments.
 */
export function readCorrectionsCsv(input: string | Uint8Array): CorrectionsRead {
  const textIn = typeof input === 'string' ? input : decodeCsvBytes(input);
  let rows: string[][];
  try {
    rows = parseCsv(textIn, { bom: true, skip_empty_lines: true, relax_column_count: true, comment: '#', comment_no_infix: true, trim: false });
  } catch (e) {
    return { ok: false, corrections: [], diagnostics: [diag({ code: 'resubmit/corrections-csv', severity: 'error', params: { detail: (e as Error).message } })] };
  }
  const diagnostics: Diagnostic[] = [];
  const bad = (row: number, detail: string) => diagnostics.push(diag({ code: 'resubmit/corrections-csv-row', severity: 'error', params: { row, detail } }));
  if (rows.length === 0) return { ok: true, corrections: [], diagnostics };
  const header = rows[0]!.map((h) => COLUMNS[h.trim().toLowerCase()] ?? COLUMNS[h.trim()] ?? '');
  header.forEach((h, i) => {
    if (!h && rows[0]![i]!.trim() !== '') bad(1, `未知の列「${rows[0]![i]}」 / unknown column`);
  });
  if (!header.includes('op')) bad(1, '「操作」(op) 列がありません / no op column');
  const out: Correction[] = [];
  for (let k = 1; k < rows.length; k++) {
    const row = rows[k]!;
    const n = k + 1;
    if (row.every((c) => c.trim() === '')) continue;
    const get = (col: string): string | undefined => {
      const i = header.indexOf(col);
      return i < 0 ? undefined : row[i];
    };
    const at = `CSV ${n}行目`;
    const opName = (get('op') ?? '').trim();
    const op = OPS[opName] ?? OPS[opName.toLowerCase()];
    if (!op) {
      bad(n, `操作「${opName}」は使えません / unknown op`);
      continue;
    }
    const sn = (get('searchNumber') ?? '').trim();
    const pos = (get('position') ?? '').trim();
    const fileIx = (get('file') ?? '').trim();
    const partS = (get('part') ?? '').trim();
    let receipt: ReceiptRef;
    if (sn) {
      if (!/^[0-9]{1,30}$/.test(sn)) {
        bad(n, '検索番号は数字だけで書いてください（Excel で指数表記になっていないか確認） / search number must be digits');
        continue;
      }
      receipt = { searchNumber: sn };
    } else if (/^[1-9][0-9]*$/.test(pos)) {
      receipt = { position: Number(pos), ...(/^[0-9]+$/.test(fileIx) ? { file: Number(fileIx) } : {}) };
    } else {
      bad(n, '検索番号か位置がありません / no search number or position');
      continue;
    }
    if (partS) {
      if (!/^[1-9][0-9]*$/.test(partS)) {
        bad(n, `分割「${partS}」は 1 以上の整数で / part must be a positive integer`);
        continue;
      }
      receipt = { ...receipt, part: Number(partS) };
    }
    // The addressed record (set / delete: the target; insert: the anchor).
    const recId = (get('record') ?? '').trim();
    const occS = (get('occurrence') ?? '').trim();
    const matchS = (get('match') ?? '').trim();
    let record: RecordRef | undefined;
    if (recId) {
      if (!/^[A-Z]{2}$/.test(recId)) {
        bad(n, `レコード「${recId}」はレコード識別情報（例 HO）で / record must be an id such as HO`);
        continue;
      }
      let match: Record<string, string> | undefined;
      if (matchS) {
        match = {};
        for (const part of matchS.split(/[;；]/)) {
          if (!part.trim()) continue;
          const eq = part.search(/[=＝]/);
          if (eq < 0) {
            match = undefined;
            break;
          }
          match[part.slice(0, eq).trim()] = part.slice(eq + 1);
        }
        if (!match) {
          bad(n, '条件は「項目=値;項目=値」の形で / match must be field=value;field=value');
          continue;
        }
      }
      if (occS && !/^[1-9][0-9]*$/.test(occS)) {
        bad(n, `出現「${occS}」は 1 以上の整数で / occurrence must be a positive integer`);
        continue;
      }
      record = { id: recId, ...(occS ? { occurrence: Number(occS) } : {}), ...(match ? { match } : {}) };
    }
    const field = (get('field') ?? '').trim();
    const value = get('value');
    const expect = get('expect');
    switch (op) {
      case 'set':
        if (!record || !field || value === undefined) {
          bad(n, '修正にはレコード・項目・値が必要です / set needs record, field and value');
          continue;
        }
        out.push({ op, receipt, record, field, value, ...(expect !== undefined && expect !== '' ? { expect } : {}), at });
        break;
      case 'insert': {
        const v = (value ?? '').trim();
        const id = v.slice(0, 2);
        if (!/^[A-Z]{2}$/.test(id) || (v.length > 2 && v[2] !== ',')) {
          bad(n, '追加では「値」にレコードを「CO,21,1,810000001,…」の形で書いてください / insert: value holds the record text');
          continue;
        }
        const where = (get('where') ?? '').trim();
        const before = where === '前' || where.toLowerCase() === 'before';
        if (where && !before && where !== '後' && where.toLowerCase() !== 'after') {
          bad(n, `挿入位置「${where}」は 前 か 後 で / where must be before or after`);
          continue;
        }
        out.push({ op, receipt, record: id, values: v, ...(record ? (before ? { before: record } : { after: record }) : {}), at });
        break;
      }
      case 'delete':
        if (!record) {
          bad(n, '削除にはレコードが必要です / delete needs record');
          continue;
        }
        out.push({ op, receipt, record, at });
        break;
      case 'payer': {
        const p = (value ?? '').trim();
        if (p !== '1' && p !== '2') {
          bad(n, '審査支払機関は 1（社保）か 2（国保） / payer must be 1 or 2');
          continue;
        }
        out.push({ op, receipt, payer: p, at });
        break;
      }
      case 'split':
        out.push({ op, receipt, at });
        break;
      case 'drop': {
        const note = (get('note') ?? value ?? '').trim();
        out.push({ op, receipt, ...(note ? { reason: note } : {}), at });
        break;
      }
    }
  }
  const ok = diagnostics.length === 0;
  return { ok, corrections: ok ? out : [], diagnostics };
}

/** Read a corrections file by its name: `.csv` → CSV, anything else → JSON. */
export function readCorrections(name: string, bytes: Uint8Array): CorrectionsRead {
  if (/\.csv$/i.test(name)) return readCorrectionsCsv(bytes);
  return readCorrectionsJson(new TextDecoder('utf-8').decode(bytes));
}
