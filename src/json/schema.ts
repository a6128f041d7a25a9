/**
 * zod schemas, derived from the record tables (never written per record).
 * - `recordSchema(id)`: the `fields` object of one record type in the JSON form.
 * - `JsonFileSchema`: the documented JSON form of a whole file (see README "JSON form").
 */
import { z } from 'zod';
import { RECORDS, type RecordId } from '../spec/registry.js';
import type { FieldDef, RecordDef } from '../spec/types.js';

function fieldSchema(f: FieldDef) {
  return z
    .string()
    .optional()
    .meta({ title: f.name, description: `${f.mode} ${f.maxBytes}バイト ${f.format}${f.table ? ` ${f.table}` : ''}` });
}

const cache = new Map<string, z.ZodType>();

/** The zod schema of a record's `fields` object (keys from the table, string values). */
export function recordSchema(id: RecordId): z.ZodType<Record<string, string | undefined>> {
  let s = cache.get(id);
  if (!s) {
    const def = RECORDS[id] as RecordDef;
    s = z.strictObject(Object.fromEntries(def.fields.map((f) => [f.key, fieldSchema(f)]))).meta({ title: def.name, id: `record-${id}` });
    cache.set(id, s);
  }
  return s as z.ZodType<Record<string, string | undefined>>;
}

export const JsonPrefixSchema = z.strictObject({
  dataKind: z.string().regex(/^\d{1,2}$/, 'データ識別 is 1–2 digits'),
  lineNo: z.string(),
  branchNo: z.string(),
});

export const JsonLineSchema = z
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
    if (v.fields && Object.prototype.hasOwnProperty.call(RECORDS, v.record)) {
      const r = recordSchema(v.record as RecordId).safeParse(v.fields);
      if (!r.success) for (const i of r.error.issues) ctx.addIssue({ ...i, path: ['fields', ...i.path] } as never);
    } else if (v.fields) {
      ctx.addIssue({ code: 'custom', message: `unknown record "${v.record}" must use values, not fields`, path: ['fields'] });
    }
    if (!v.fields && !v.values && v.raw === undefined) ctx.addIssue({ code: 'custom', message: 'a line needs fields, values or raw' });
  });

export const JsonReceiptSchema = z.strictObject({
  searchNumber: z.string().optional(),
  claim: z.array(JsonLineSchema),
  reasons: z.array(JsonLineSchema),
  history: z.array(JsonLineSchema),
});

export const JsonFileSchema = z.strictObject({
  format: z.literal('receden/1'),
  kind: z.enum(['UKE', 'HEN', 'SAH', 'unknown']),
  eof: z.boolean(),
  fieldNames: z.record(z.string(), z.record(z.string(), z.string())).optional(),
  lead: z.array(JsonLineSchema),
  receipts: z.array(JsonReceiptSchema),
  tail: z.array(JsonLineSchema),
});

export type JsonLine = z.infer<typeof JsonLineSchema>;
export type JsonReceipt = z.infer<typeof JsonReceiptSchema>;
export type JsonFile = z.infer<typeof JsonFileSchema>;

/** One line of the JSON Lines form (`convert --jsonl`): a lead, a receipt, a tail, or the end. */
export const JsonLinesRecordSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('lead'), lines: z.array(JsonLineSchema) }),
  z.strictObject({
    type: z.literal('receipt'),
    index: z.number().int().nonnegative().optional(),
    searchNumber: z.string().optional(),
    claim: z.array(JsonLineSchema),
    reasons: z.array(JsonLineSchema),
    history: z.array(JsonLineSchema),
  }),
  z.strictObject({ type: z.literal('tail'), lines: z.array(JsonLineSchema) }),
  z.strictObject({
    type: z.literal('end'),
    format: z.literal('receden/1'),
    kind: z.enum(['UKE', 'HEN', 'SAH', 'unknown']),
    eof: z.boolean(),
    lines: z.number().int().nonnegative().optional(),
    receipts: z.number().int().nonnegative().optional(),
  }),
]);

export type JsonLinesRecord = z.infer<typeof JsonLinesRecordSchema>;
