/**
 * receden — レセプト電算 claim files (RECEIPTC.UKE and the other kinds' claim files) and returns
 * (RECEIPTC.HEN / RECEIPTC.SAH): lossless parsing, validation, return reasons, corrections and
 * resubmission (再請求), for every claim kind (医科, 歯科, 調剤, 訪問看護, DPC, 労災).
 *
 * Browser-safe: everything exported here works on `Uint8Array` and uses no Node APIs.
 * Node adapters (files, streams) are in `receden/node`.
 */

// ---- model: parse and serialize ----
export { parse, fromLines, detectKind, claimKindOf, type ParseOptions } from './model/parse.js';
export { ClaimKindEvidence, kindFromFileName, KIND_WINDOW } from './model/kind.js';
export { editionOf, UnknownEditionError } from './model/edition.js';
export { serialize } from './model/serialize.js';
export { strictSerialize, checkOutput, checkOutputStream, type StrictSerializeOptions, type StrictBytes, type OutputCheck, type OutputCheckOptions } from './write/check.js';
export { Receipt, type ReceFile, type FileKind } from './model/file.js';
export { Rec, identifyLine, type HistoryPrefix } from './model/record.js';

// ---- byte layer ----
export { scanLines, writeLines, buildLines, Eol, EOF_BYTE, type LineTable, type LineSource } from './codec/lines.js';
export { decodeSjis, encodeSjis, scanSjis, isCleanSjis, wordsOf, sjisByteLength, classifyPair, type EncodeResult, type EncodeFailure, type SjisFinding } from './codec/sjis.js';
export { readSpecDate, writeSpecDate, type SpecDate, type DateLayout } from './codec/dates.js';

// ---- the spec as data ----
export { CLAIM_RECORD_IDS, RETURN_RECORD_IDS, HISTORY_PREFIX, isRecordId, type RecordId, type FieldKey, type RecordValues } from './spec/registry.js';
// The full descriptors (notes, sources, code meanings); the parser and validator read runtime tables without them.
export { KINDS, ALL_RECORD_DEFS, ALL_CODE_TABLES, RECORDS, CODE_TABLES, recordDef, codeTable, codeMeaning } from './spec/docs.js';
export type { RecordDef, FieldDef, CodeTable, Mode, Format, ValueKind, Confidence, Requirement, ClaimKind, KindDef, StructureDef, SlotDef, BlockDef, PracticeRunDef, TotalsRule, ReturnStructureDef, ResubmissionDef, EditionDef, EditionDifference, EditionDates, AmountsDef, MaskDef } from './spec/types.js';
export { editionIn, editionFor } from './spec/editions.js';
export { CLAIM_KINDS, ALL_RECORD_IDS, NO_TABLES, isClaimKind, recordIn, type RecordTables } from './spec/kinds.js';

// ---- JSON form ----
export { toJson, fromJson, lineToJson, type ToJsonOptions, type FromJsonResult, type JsonProblem } from './json/form.js';
export {
  JsonFileSchema,
  JsonLineSchema,
  JsonLineBaseSchema,
  JsonLinesRecordSchema,
  ClaimKindSchema,
  recordSchema,
  jsonFileSchema,
  jsonLineSchema,
  lineFieldIssues,
  type JsonFile,
  type JsonLine,
  type JsonReceipt,
  type JsonLinesRecord,
  type LineIssue,
} from './json/schema.js';

// ---- masking: a copy to share without the patient (receden mask) ----
export { mask, createMasker, randomMaskKey, sha256, hmacSha256, type MaskOptions, type MaskResult, type Masker } from './mask/index.js';

// ---- JSON Schemas of the formats (receden/schema/*.json) ----
export { jsonSchema, JSON_SCHEMA_NAMES, DiagnosticSchema, ReasonRowSchema, SCHEMA_BASE } from './schema/index.js';

// ---- diagnostics ----
export { diag, localize, renderMessage, messageOf, formatDiagnostic, countBySeverity, knownCodes, type Diagnostic, type DiagnosticField, type Severity, type Locale, type LocalizedDiagnostic } from './diagnostics/index.js';

// ---- validation ----
export {
  validate,
  createValidator,
  checkFieldValue,
  effectiveKind,
  resolvePreset,
  RULES,
  RULES_BY_ID,
  RULE_DOCS,
  PRESETS,
  PRESET_IDS,
  defaultPreset,
  type Validator,
  type Position,
  type ValidateOptions,
  type CheckFieldOptions,
  type PresetId,
  type Rule,
  type RuleMeta,
  type RuleDoc,
  type RuleSetting,
} from './validate/index.js';

// ---- summaries ----
export { summarize, summarizeReceipt, type FileSummary, type ReceiptSummary, type ReasonSummary, type InspectOptions } from './model/inspect.js';

// ---- resubmission ----
export * from './resubmit/index.js';

// ---- streaming (browser-safe; Node file adapters in receden/node) ----
export * from './stream/index.js';
export { validateStream, validateStreamReport, validateSecondPass, type StreamValidation } from './validate/stream.js';
export { reasonsStream, reasonsEach } from './resubmit/reasons-stream.js';
export { jsonLinesStream, jsonTextStream, jsonLinesBytes, jsonTextBytes, partToJson } from './json/stream.js';
export { jsonLinesToParts, textLines, type JsonLinesEnd } from './json/lines.js';
export { VERSION } from './meta/version.js';

// ---- printing (紙で確認) ----
export {
  renderFile,
  renderReceipt,
  PRINT_CSS,
  PRINT_CSP,
  fieldInfo,
  fieldVerdict,
  correctionsToFile,
  correctionsJson,
  resubmissionFiles,
  type PrintOptions,
  type FieldInfo,
  type FieldVerdict,
  type FieldVerdictOptions,
  type ResubmissionFile,
} from './render/index.js';
