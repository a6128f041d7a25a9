/**
 * zod schemas, derived from the record tables of each claim kind (never written per record).
 * - `recordSchema(id, kind)`: the `fields` object of one record type of a kind in the JSON form.
 * - `jsonFileSchema(kind)`: the JSON form of a whole file of one kind, every line typed by its tables.
 * - `JsonFileSchema`: any document; it reads the document's own `claimKind` (医科 when absent) and
 *   checks every line against that kind's tables (see README "JSON form").
 */
import { z } from 'zod';
import { KINDS, NO_TABLES, recordIn, type RecordTables } from '../spec/kinds.js';
import type { ClaimKind, FieldDef } from '../spec/types.js';

function fieldSchema(f: FieldDef) {
  return z
    .string()
    .optional()
    .meta({ title: f.name, description: `${f.mode} ${f.maxBytes}バイト ${f.format}${f.table ? ` ${f.table}` : ''}` });
}

const cache = new Map<string, z.ZodType>();

/** The tables of a claim kind (none for `unknown`: every line then carries `values`). */
function tablesOf(kind: ClaimKind | 'unknown'): RecordTables {
  return kind === 'unknown' ? NO_TABLES : KINDS[kind];
}

/** The zod schema of a record's `fields` object in a kind (keys from its table, string values); 医科 by default. */
export function recordSchema(id: string, kind: ClaimKind = 'ika'): z.ZodType<Record<string, string | undefined>> {
  const key = `${kind}:${id}`;
  let s = cache.get(key);
  if (!s) {
    const def = recordIn(KINDS[kind], id);
    if (!def) throw new TypeError(`recordSchema: ${KINDS[kind].name} has no record ${id}`);
    s = z.strictObject(Object.fromEntries(def.fields.map((f) => [f.key, fieldSchema(f)]))).meta({ title: def.name, id: kind === 'ika' ? `record-${id}` : `record-${kind}-${id}` });
    cache.set(key, s);
  }
  return s as z.ZodType<Record<string, string | undefined>>;
}

/** The claim kinds, as the JSON form writes them. */
export const ClaimKindSchema = /* @__PURE__ */ (() =>
  z.enum(['ika', 'shika', 'chozai', 'houkan', 'dpc', 'rosai', 'unknown'] satisfies readonly (ClaimKind | 'unknown')[]))();

export const JsonPrefixSchema = /* @__PURE__ */ (() =>
  z.strictObject({
    dataKind: z.string().regex(/^\d{1,2}$/, 'データ識別 is 1–2 digits'),
    lineNo: z.string(),
    branchNo: z.string(),
  }))();

/** A line of the JSON form, as any kind writes it (its `fields` are checked against a kind's table by the file schemas). */
export const JsonLineBaseSchema = /* @__PURE__ */ (() =>
  z
    .strictObject({
      record: z.string(),
      line: z.number().int().positive().optional(),
      prefix: JsonPrefixSchema.optional(),
      fields: z.record(z.string(), z.string()).optional(),
      count: z.number().int().nonnegative().optional(),
      extra: z.array(z.string()).optional(),
      values: z.array(z.string()).optional(),
      eol: z.enum(['CRLF', 'LF', 'none']).optional(),
      raw: z.base64().optional(),
      h: z.string().regex(/^[0-9a-f]{8}$/).optional(),
    })
    .superRefine((v, ctx) => {
      if (v.fields && v.values) ctx.addIssue({ code: 'custom', message: 'a line has either fields (known record) or values (unknown record), not both' });
      if (!v.fields && !v.values && v.raw === undefined) ctx.addIssue({ code: 'custom', message: 'a line needs fields, values or raw' });
    })
    .meta({ id: 'line', description: 'A line of the JSON form: a known record (fields), any other line (values), or bytes text cannot reproduce (raw).' }))();

export type JsonLine = z.infer<typeof JsonLineBaseSchema>;

/** One problem of a line against a kind's tables: zod's message and the path inside the line. */
export interface LineIssue {
  readonly message: string;
  readonly path: readonly PropertyKey[];
}

/** The problems of a line's `fields` against the tables of a kind (its record must be one of them). */
export function lineFieldIssues(v: Pick<JsonLine, 'record' | 'fields'>, kind: ClaimKind | 'unknown'): LineIssue[] {
  if (!v.fields) return [];
  if (!recordIn(tablesOf(kind), v.record)) return [{ message: `unknown record "${v.record}" must use values, not fields`, path: ['fields'] }];
  const r = recordSchema(v.record, kind as ClaimKind).safeParse(v.fields);
  return r.success ? [] : r.error.issues.map((i) => ({ message: i.message, path: ['fields', ...i.path] }));
}

/** A line of the JSON form of a kind's file: `fields` keyed as that kind's table has them. */
export function jsonLineSchema(kind: ClaimKind | 'unknown' = 'ika') {
  return JsonLineBaseSchema.superRefine((v, ctx) => {
    for (const i of lineFieldIssues(v, kind)) ctx.addIssue({ code: 'custom', message: i.message, path: [...i.path] });
  });
}

/** A line of the JSON form of a 医科 file (kept for compatibility: see {@link jsonLineSchema}). */
export const JsonLineSchema = /* @__PURE__ */ (() =>
  jsonLineSchema('ika'))();

export const JsonReceiptSchema = /* @__PURE__ */ (() =>
  z.strictObject({
    searchNumber: z.string().optional(),
    claim: z.array(JsonLineBaseSchema),
    reasons: z.array(JsonLineBaseSchema),
    history: z.array(JsonLineBaseSchema),
  }))();

const FileKindSchema = /* @__PURE__ */ (() =>
  z.enum(['UKE', 'HEN', 'SAH', 'unknown']))();

const fileShape = /* @__PURE__ */ (() => ({
    format: z.literal('receden/1'),
    kind: FileKindSchema,
    /** The claim kind whose tables the `fields` follow; 医科 when absent (documents written before kinds). */
    claimKind: ClaimKindSchema.optional(),
    /** The edition the file was read as (医科 R04, H30 …): information only — reading the document tells it again from its header. */
    edition: z.string().optional(),
    eof: z.boolean(),
    fieldNames: z.record(z.string(), z.record(z.string(), z.string())).optional(),
    lead: z.array(JsonLineBaseSchema),
    receipts: z.array(JsonReceiptSchema),
    tail: z.array(JsonLineBaseSchema),
  }))();

type Lines = { readonly lead: readonly JsonLine[]; readonly receipts: readonly z.infer<typeof JsonReceiptSchema>[]; readonly tail: readonly JsonLine[] };

/** Every line of a document with its path. */
function eachLine(doc: Lines, f: (l: JsonLine, path: PropertyKey[]) => void): void {
  doc.lead.forEach((l, i) => f(l, ['lead', i]));
  doc.receipts.forEach((r, k) => {
    r.claim.forEach((l, i) => f(l, ['receipts', k, 'claim', i]));
    r.reasons.forEach((l, i) => f(l, ['receipts', k, 'reasons', i]));
    r.history.forEach((l, i) => f(l, ['receipts', k, 'history', i]));
  });
  doc.tail.forEach((l, i) => f(l, ['tail', i]));
}

/** The JSON form of any file: its lines follow the document's `claimKind` (医科 when absent). */
export const JsonFileSchema = /* @__PURE__ */ (() =>
  z.strictObject(fileShape).superRefine((doc, ctx) => {
    const kind = doc.claimKind ?? 'ika';
    eachLine(doc, (l, path) => {
      for (const i of lineFieldIssues(l, kind)) ctx.addIssue({ code: 'custom', message: i.message, path: [...path, ...i.path] });
    });
  }))();

export type JsonReceipt = z.infer<typeof JsonReceiptSchema>;
export type JsonFile = z.infer<typeof JsonFileSchema>;

/**
 * The JSON form of a file of one claim kind, with every line's `fields` typed by that kind's tables
 * (for JSON Schema: each record's fields with their 項目名, mode and width).
 */
export function jsonFileSchema(kind: ClaimKind | 'unknown') {
  const line = jsonLineSchema(kind);
  return z.strictObject({
    ...fileShape,
    claimKind: z.literal(kind),
    lead: z.array(line),
    receipts: z.array(z.strictObject({ searchNumber: z.string().optional(), claim: z.array(line), reasons: z.array(line), history: z.array(line) })),
    tail: z.array(line),
  });
}

/**
 * One line of the JSON Lines form (`convert --jsonl`): `begin` (the claim kind, first), a lead, a
 * receipt, a tail, or the `end`. A stream without `begin` follows the 医科 tables.
 */
export const JsonLinesRecordSchema = /* @__PURE__ */ (() =>
  z.discriminatedUnion('type', [
    z.strictObject({ type: z.literal('begin'), format: z.literal('receden/1'), claimKind: ClaimKindSchema }),
    z.strictObject({ type: z.literal('lead'), lines: z.array(JsonLineBaseSchema) }),
    z.strictObject({
      type: z.literal('receipt'),
      index: z.number().int().nonnegative().optional(),
      searchNumber: z.string().optional(),
      claim: z.array(JsonLineBaseSchema),
      reasons: z.array(JsonLineBaseSchema),
      history: z.array(JsonLineBaseSchema),
    }),
    z.strictObject({ type: z.literal('tail'), lines: z.array(JsonLineBaseSchema) }),
    z.strictObject({
      type: z.literal('end'),
      format: z.literal('receden/1'),
      kind: FileKindSchema,
      claimKind: ClaimKindSchema.optional(),
      edition: z.string().optional(),
      eof: z.boolean(),
      lines: z.number().int().nonnegative().optional(),
      receipts: z.number().int().nonnegative().optional(),
    }),
  ]))();

export type JsonLinesRecord = z.infer<typeof JsonLinesRecordSchema>;
