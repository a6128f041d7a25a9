/**
 * Validation against the 記録条件仕様: every rule a payer's 受付・事務点検 would apply to the file
 * format, as {@link Diagnostic}s with a stable rule id, a severity, the position (line, record,
 * field 項目名 and position, byte offset), the expected and found *shape*, and a message in Japanese
 * (English on request). Patient-identifying values never appear unless `showPersonalData` is set.
 *
 * Three entry points:
 * - {@link validate}: a parsed {@link ReceFile} in, every finding out (the byte layer's included).
 * - {@link createValidator}: the same rules fed incrementally, for streaming.
 * - {@link checkFieldValue}: the field rules on one value about to be written (corrections, JSON edits).
 *
 * The rules are listed in ./rules/index.ts; the presets in ./presets.ts; the README (Validation) has the
 * reference table.
 */
import type { Diagnostic } from '../diagnostics/index.js';
import type { FileKind, ReceFile } from '../model/file.js';
import type { RecordDef } from '../spec/types.js';
import { KINDS, kindDefOf } from '../spec/kinds.js';
import { ValidatorImpl, type BeginHints, type Validator } from './engine/run.js';
import { defaultPreset } from './presets.js';
import type { PresetId, ValidateOptions } from './types.js';

export type { Validator, Position, BeginHints } from './engine/run.js';
export { ALL_RULES as RULES, RULES_BY_ID } from './rules/index.js';
export { RULE_DOCS } from './rules/docs.js';
export { PRESETS, defaultPreset, presetCap, type PresetDef } from './presets.js';
export type { Rule, RuleMeta, RuleDoc, FieldRule, StreamRule, PresetId, ValidateOptions, RuleSetting, ReceiptInfo, FileInfo, Finding } from './types.js';
export { PRESET_IDS } from './types.js';

/**
 * Create an incremental validator. Call its methods in file order:
 *
 * 1. `begin(kind, hints?)` — once, with the file kind (`UKE`, `HEN`, `SAH`; it picks the default
 *    preset: UKE → `claim`, HEN/SAH → `return`). `hints.encodingBroken` tells it the byte layer found
 *    the file to be UTF-8, which turns off character-class checks that would only repeat that finding;
 *    `hints.claimKind` and `hints.edition` (`file.claimKind`, `file.edition`, or the splitter's end
 *    event) say which tables and which edition's rules apply (default 医科, its tables' edition R04).
 * 2. `lead(rec, at?)` — for each line before the first receipt (normally just the IR / HI header,
 *    which must come first: the header's 請求年月 and マルチボリューム識別情報 are used later).
 * 3. `receipt(receipt, at?)` — for each receipt (RE … up to the next RE or the trailer), in order.
 * 4. `tail(rec, at?)` — for each line from the GO / HG trailer on.
 * 5. `add(diagnostics)` — any time: findings of the byte layer (parse's `encoding/*`, `line/*`,
 *    `eof/*`, `structure/*`, `record/*`) to merge into the result.
 * 6. `finish()` — end-of-file checks (totals against the trailer, …); returns every finding collected
 *    (its own and the added ones), deduplicated and ordered by line and offset.
 *
 * Between receipts the validator holds only small accumulators (件数 and 点数 totals, the next
 * expected レセプト番号, the header's 請求年月 and volume, per-rule counters); never the file.
 *
 * Positions. A {@link Receipt} (or a lead/tail {@link Rec}) may live in its own small LineTable, e.g.
 * one per receipt while streaming. Pass `at` to say where the unit sits in the whole file, in either
 * form:
 * - `{ lineBase, byteBase }` — the bases of the unit's own table, exactly as the stream splitter's
 *   events carry them (`PartInfo`): a line's file number is `lineBase + rec.line`, and for lines in the
 *   table's first buffer the file offset of a byte is `byteBase + ` its offset in that buffer. The
 *   event itself can be passed: `v.receipt(event.receipt, event)`.
 * - `{ line, offset }` — the 1-based file line number and the 0-based file byte offset of the unit's
 *   first line (the receipt's RE, or the lead/tail record itself).
 * Diagnostics then carry file-global `line` and `offset` (lines in other buffers, i.e. edited ones,
 * get no offset). Without `at`, line numbers and offsets are those of the record's own table — right
 * for a table that holds the whole file — and edited lines get no offset.
 *
 * With the stream splitter: on the `lead` event, `begin(kind)` with the kind the header and the file
 * name give (IR → `UKE`; HI → `HEN`, or `SAH` for RECEIPTC.SAH — only `return/category-kind` tells the
 * two apart), then `lead(rec, event)` for its records; `receipt(event.receipt, event)` per receipt
 * event; `tail(rec, event)` for the tail records; `add(end.diagnostics)` and `finish()` at the end.
 *
 * `lead`, `receipt` and `tail` return the findings of that unit as they are found (not yet merged
 * with the byte layer's); `finish()` returns them all again, merged.
 */
export function createValidator(options: ValidateOptions = {}): Validator {
  return new ValidatorImpl(options);
}

/**
 * The kind the validator works with: a file parse saw as a return only because it holds unprefixed
 * HR lines, but which is framed IR … GO, is a claim file (typically a re-claim that kept its 返戻理由
 * データ by mistake) and is validated as one.
 */
export function effectiveKind(file: Pick<ReceFile, 'kind' | 'claimKind' | 'form' | 'header' | 'trailer'>): FileKind {
  if (file.kind !== 'HEN' && file.kind !== 'SAH') return file.kind;
  const s = kindDefOf(file.claimKind === 'unknown' || file.claimKind === undefined ? 'ika' : file.claimKind, file.form).structure;
  if (file.header?.id === s.header && file.trailer?.id === s.trailer) return 'UKE';
  return file.kind;
}

/** The preset {@link validate} uses for a file with these options. */
export function resolvePreset(file: ReceFile, options: ValidateOptions = {}): PresetId {
  return options.preset ?? defaultPreset(effectiveKind(file));
}

/**
 * Validate a parsed file: the byte layer's findings (`file.diagnostics`) plus every rule of the
 * preset, deduplicated and ordered by line.
 *
 * @example
 * const file = parse(bytes, { fileName: 'RECEIPTC.UKE' });
 * const diagnostics = validate(file);
 * for (const d of diagnostics) console.log(formatDiagnostic(d, 'en'));
 * const ok = !diagnostics.some((d) => d.severity === 'error');
 */
export function validate(file: ReceFile, options: ValidateOptions = {}): Diagnostic[] {
  const kind = effectiveKind(file);
  const v = createValidator(options);
  const hints: BeginHints = { encodingBroken: file.diagnostics.some((d) => d.code === 'encoding/utf8' || d.code === 'encoding/utf8-bom'), claimKind: file.claimKind, edition: file.edition, form: file.form };
  v.begin(kind, hints);
  for (const rec of file.lead) v.lead(rec);
  for (const r of file.receipts) v.receipt(r);
  for (const rec of file.tail) v.tail(rec);
  // parse took the file for a return; the validator treats it as a claim file, so that note is moot.
  v.add(kind === file.kind ? file.diagnostics : file.diagnostics.filter((d) => d.code !== 'structure/ir-as-return-header'));
  return v.finish();
}

export interface CheckFieldOptions {
  /** Let patient-identifying values appear in messages. @defaultValue false */
  readonly showPersonalData?: boolean;
  /** Whose field rules run, at what severity. @defaultValue 'claim' */
  readonly preset?: PresetId;
  /**
   * The receipt the value goes into, when known: `reclaimed` (it carries a history block) gives the
   * verdicts `validate()` gives there — e.g. a value in a 「記録を省略する」 field is a warning on a
   * re-claim, an error in a first claim, and codes reserved for the payer are refused only in a first
   * claim. Without it, receipt-dependent findings are left to `validate()` on the file, except
   * field/omitted, which then counts as a first claim.
   */
  readonly receipt?: { readonly reclaimed: boolean };
}

/** One validator per option set, reused: checking a value allocates only the value's own line. */
const checkers = new Map<string, ValidatorImpl>();

/**
 * May `value` be written at 1-based 項目 `position` of a record of type `def`? Runs exactly the
 * preset's field rules (scope `field`: モード, 最大バイト, 固定, dates, 別表 codes, required …) on the
 * value placed alone in a one-line record, so a value gets the same verdict here as in a file.
 * Only that position is checked; rules that look at other fields, records or receipts do not run,
 * and the value is taken as part of no receipt (so `code/first-claim` reports only the codes that
 * are never used, and `field/omitted` is an error).
 *
 * Before the rules, the value must be writable at all:
 * - `value/separator`: it holds a ',' (field separator), CR, LF or 0x1A (EOF);
 * - `value/unencodable`: a character outside JIS X 0201 / JIS X 0208 (named by its code point, and
 *   itself too when the field's values may be shown).
 * These come for any `def` and position (also without a table or beyond it, where nothing else runs).
 *
 * Returns the findings without line or offset (there is no file). A value may be written when none
 * has severity `error`: findings on low-confidence facts (L/INF) are warnings, `info` is information.
 *
 * @example
 * const ds = checkFieldValue(RECORDS.RE, 5, 'ｶﾜﾉ　浩二');  // [field/mode-mixed]
 */
export function checkFieldValue(def: RecordDef | undefined, position: number, value: string, options: CheckFieldOptions = {}): Diagnostic[] {
  const preset = options.preset ?? 'claim';
  const showPersonalData = options.showPersonalData ?? false;
  const key = `${preset}|${showPersonalData}`;
  let v = checkers.get(key);
  if (!v) {
    v = new ValidatorImpl({ preset, showPersonalData });
    v.begin(preset === 'return' ? 'HEN' : 'UKE');
    checkers.set(key, v);
  }
  return v.checkValue(def, position, value, options.receipt);
}
