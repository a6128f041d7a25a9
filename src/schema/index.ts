/**
 * JSON Schemas (draft 2020-12) of receden's data formats, generated with zod's `z.toJSONSchema` from
 * the zod schemas the library reads them with — never written by hand:
 *
 * | name | what | from |
 * |---|---|---|
 * | `json-form` | the JSON form of any file (`toJson`, `convert x.UKE -o x.json`) | `JsonFileSchema` |
 * | `json-form-<kind>` | the JSON form of one claim kind's file, each record's `fields` typed by its table | `recordSchema`, the line shape |
 * | `json-lines` | one line of the JSON Lines form (`convert --jsonl`) | `JsonLinesRecordSchema` |
 * | `corrections` | the corrections file (`receden-corrections/1`) | `CorrectionsFileSchema` (its input side) |
 * | `diagnostic` | one finding, as the CLI's `--json` writes it (with `message`) | {@link DiagnosticSchema} |
 * | `reason-row` | one return reason row (`reasons()`, `receden reasons --json`) | {@link ReasonRowSchema} |
 *
 * What zod checks in code (refinements: a line has `fields` or `values`; `searchNumber` xor `position`)
 * has no JSON Schema form and is not in them; the tables' typing of `fields` is. The committed copies
 * in `schema/` (shipped as `receden/schema/<name>.schema.json`) are written by `npm run schema`.
 */
import { z } from 'zod';
import { CLAIM_KINDS, KINDS, recordIn } from '../spec/kinds.js';
import type { ClaimKind } from '../spec/types.js';
import { JsonFileSchema, JsonLinesRecordSchema, JsonPrefixSchema, recordSchema } from '../json/schema.js';
import { CorrectionsFileSchema } from '../resubmit/corrections-file.js';
import type { LocalizedDiagnostic } from '../diagnostics/index.js';
import type { JsonProblem } from '../json/form.js';
import type { ReasonRow } from '../resubmit/reasons.js';

/** Where the schemas are published (their `$id` is this base + `<name>.schema.json`). */
export const SCHEMA_BASE = 'https://github.com/receden/receden/blob/main/schema/';

/** One finding (see README "Diagnostics"); `message` is present where it was rendered (CLI `--json`, `localize`). */
export const DiagnosticSchema = /* @__PURE__ */ (() =>
  z
    .strictObject({
      code: z.string().meta({ description: 'Stable identifier; for validation findings the rule id.' }),
      severity: z.enum(['error', 'warning', 'info']),
      line: z.number().int().positive().optional().meta({ description: '1-based line in the file.' }),
      record: z.string().optional().meta({ description: 'レコード識別情報 of the record concerned.' }),
      field: z
        .strictObject({
          key: z.string().meta({ description: 'Field key from the record table.' }),
          name: z.string().meta({ description: '項目名 as the spec writes it.' }),
          position: z.number().int().positive().meta({ description: '1-based 項目 position (1 = レコード識別情報).' }),
        })
        .optional(),
      offset: z.number().int().nonnegative().optional().meta({ description: '0-based byte offset of the offending bytes.' }),
      length: z.number().int().nonnegative().optional(),
      receipt: z.number().int().nonnegative().optional().meta({ description: '0-based index of the receipt.' }),
      origin: z.strictObject({ source: z.enum(['return', 'new-claims', 'regenerated']), input: z.number().int().nonnegative(), line: z.number().int().positive() }).optional(),
      expected: z.string().optional().meta({ description: 'What was expected, as a shape.' }),
      found: z.string().optional().meta({ description: 'What was found, as a shape (a personal value only when asked for).' }),
      params: z.record(z.string(), z.union([z.string(), z.number()])).meta({ description: 'The values the message templates use.' }),
      message: z.string().optional().meta({ description: 'The rendered message (ja or en), where it was rendered.' }),
      path: z.string().optional().meta({ description: 'JSON problems (JsonProblem): the JSON path of the line concerned, e.g. receipts[0].claim[2].' }),
    })
    .meta({ title: 'receden diagnostic' }))();

/** One return reason row (README "Return reasons"). */
export const ReasonRowSchema = /* @__PURE__ */ (() => {
  const s = (description: string) => z.string().meta({ description });
  return z
    .strictObject({
      file: z.number().int().nonnegative().meta({ description: '0-based index of the file among those given.' }),
      fileName: s('File name, when given.'),
      kind: s('HEN / SAH (as detected).'),
      payer: s('審査支払機関 of the file.'),
      position: z.number().int().positive().meta({ description: '1-based position of the receipt in its file.' }),
      line: z.number().int().positive().meta({ description: '1-based line of the HR.' }),
      searchNumber: s('検索番号'),
      serviceMonth: s('診療年月'),
      receiptType: s('レセプト種別'),
      receiptTypeMeaning: s('レセプト種別 meaning'),
      processingMonth: s('処理年月'),
      category: s('返戻区分'),
      categoryMeaning: s('返戻区分 meaning'),
      practice: s('診療識別'),
      practiceMeaning: s('診療識別 meaning'),
      code: s('返戻事由コード'),
      codeMeaning: s('返戻事由 meaning'),
      text: s('返戻理由'),
      supplement: s('補足事項'),
      correction: s('補正情報'),
      correctionMeaning: s('補正情報 meaning'),
      noticeMonth: s('増減点連絡書年月'),
      patientName: s('氏名, only when personal data was asked for.').optional(),
    })
    .meta({ title: 'receden return reason row' });
})();

// The zod schemas describe the library's types: a compile error here means they drifted apart.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type Keys<T> = keyof { [K in keyof T]-?: unknown };
type Mutable<T> = { -readonly [K in keyof T]: T[K] };
const _diagnostic: Same<Keys<z.infer<typeof DiagnosticSchema>>, Keys<LocalizedDiagnostic> | Keys<JsonProblem>> = true;
const _reason: Same<z.infer<typeof ReasonRowSchema>, Mutable<ReasonRow>> = true;
void [_diagnostic, _reason];

/** The JSON form of one kind's file with every line typed: a known record's `fields` by its table, any other record by `values`. */
function typedFileSchema(kind: ClaimKind) {
  const tables = KINDS[kind];
  const ids = [...new Set([...Object.keys(tables.records), ...Object.keys(tables.returnRecords)])].filter((id) => recordIn(tables, id));
  const rest = {
    line: z.number().int().positive().optional(),
    prefix: JsonPrefixSchema.optional(),
    count: z.number().int().nonnegative().optional(),
    extra: z.array(z.string()).optional(),
    eol: z.enum(['CRLF', 'LF', 'none']).optional(),
    raw: z.base64().optional(),
    h: z.string().regex(/^[0-9a-f]{8}$/).optional(),
  };
  const line = z
    .union([
      ...ids.map((id) => z.strictObject({ record: z.literal(id), fields: recordSchema(id, kind).optional(), values: z.array(z.string()).optional(), ...rest })),
      z.strictObject({ record: z.string().meta({ not: { enum: ids } }), values: z.array(z.string()), ...rest }),
    ])
    .meta({ id: `line-${kind}`, description: `A line of a ${KINDS[kind].nameEn} file: a record of the tables (fields keyed as the table has them) or any other line (values).` });
  const lines = z.array(line);
  return z.strictObject({
    ...JsonFileSchema.shape,
    claimKind: z.literal(kind),
    lead: lines,
    receipts: z.array(z.strictObject({ searchNumber: z.string().optional(), claim: lines, reasons: lines, history: lines })),
    tail: lines,
  });
}

/** The names of the schemas (`receden schema <name>`, `schema/<name>.schema.json`). */
export const JSON_SCHEMA_NAMES: readonly string[] = ['json-form', ...CLAIM_KINDS.map((k) => `json-form-${k}`), 'json-lines', 'corrections', 'diagnostic', 'reason-row'];

const TITLES: Record<string, string> = {
  'json-form': 'receden JSON form (receden/1)',
  'json-lines': 'receden JSON Lines record (receden/1)',
  corrections: 'receden corrections file (receden-corrections/1)',
  diagnostic: 'receden diagnostic',
  'reason-row': 'receden return reason row',
};

function zodOf(name: string): z.ZodType | undefined {
  if (name === 'json-form') return JsonFileSchema;
  if (name === 'json-lines') return JsonLinesRecordSchema;
  if (name === 'corrections') return CorrectionsFileSchema;
  if (name === 'diagnostic') return DiagnosticSchema;
  if (name === 'reason-row') return ReasonRowSchema;
  const kind = name.startsWith('json-form-') ? name.slice(10) : '';
  return (CLAIM_KINDS as readonly string[]).includes(kind) ? typedFileSchema(kind as ClaimKind) : undefined;
}

/**
 * The JSON Schema (draft 2020-12) of one format, by name (see {@link JSON_SCHEMA_NAMES}); undefined for
 * an unknown name. Inputs are described as they are read (the corrections file's numbers-as-text
 * and defaults), so a document that validates is one receden accepts but for the refinements above.
 */
export function jsonSchema(name: string): Record<string, unknown> | undefined {
  const s = zodOf(name);
  if (!s) return undefined;
  const kind = name.startsWith('json-form-') ? KINDS[name.slice(10) as ClaimKind] : undefined;
  const body = z.toJSONSchema(s, { target: 'draft-2020-12', io: 'input', unrepresentable: 'any' }) as Record<string, unknown>;
  const { $schema, ...rest } = body;
  return {
    $schema,
    $id: `${SCHEMA_BASE}${name}.schema.json`,
    title: kind ? `receden JSON form (receden/1) of ${kind.nameEn} (${kind.name}) files` : TITLES[name],
    $comment: 'Generated by receden from its zod schemas (npm run schema); do not edit.',
    ...rest,
  };
}
