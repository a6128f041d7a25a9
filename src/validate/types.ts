/**
 * The validator's vocabulary: rules, presets, options and the contexts rules see.
 *
 * A rule is a module with a stable id (`field/max-bytes`, `cross/totals` …), a default severity, the
 * presets that include it; its English and Japanese description and — for rules built on low-confidence facts —
 * its `why` (with its Japanese `whyJa`) are its {@link RuleDoc} in `RULE_DOCS`. It implements one or more hooks; the
 * validator calls them in file order (see {@link createValidator} in ./index.ts).
 */
import type { Diagnostic, DiagnosticField, Severity } from '../diagnostics/index.js';
import type { FileKind, Receipt } from '../model/file.js';
import type { Rec } from '../model/record.js';
import type { FieldSpec } from './engine/compile.js';
import type { ClaimKind, EditionDates, EditionDef, KindDef } from '../spec/types.js';
import type { FieldValue } from './engine/value.js';

/** The three presets. */
export type PresetId = 'claim' | 'return' | 'resubmission';

export const PRESET_IDS: readonly PresetId[] = ['claim', 'return', 'resubmission'];

/** Where a rule's check runs. */
export type RuleScope = 'field' | 'record' | 'receipt' | 'file';

/**
 * What a rule checks and why, for people: kept apart from the rule (src/validate/rules/docs.ts, `RULE_DOCS`), so
 * that a bundle of the validator carries none of it.
 */
export interface RuleDoc {
  /** What the rule checks, in English (one sentence). */
  readonly description: string;
  /** 同じ内容を日本語で。 */
  readonly descriptionJa: string;
  /** Why the severity is what it is, for rules that rest on low-confidence facts or report below error. */
  readonly why?: string;
  /** The same rationale in Japanese (`why` の日本語). Present exactly when `why` is. */
  readonly whyJa?: string;
  /** Where the spec states it. */
  readonly reference?: string;
}

export interface RuleMeta {
  /** Stable identifier, also the diagnostic `code`. Never changes once published. */
  readonly id: string;
  /** Default (highest) severity. A finding may be reported lower (history lines, low-confidence facts, preset caps). */
  readonly severity: Severity;
  /** Presets that run the rule. */
  readonly presets: readonly PresetId[];
  readonly scope: RuleScope;
  /**
   * The claim kinds the rule applies to (a rule written on one kind's layout or codes); every kind
   * when absent (rules that read only the kind's own tables, or fields by key).
   */
  readonly kinds?: readonly ClaimKind[];
  /**
   * The date layout of the editions the rule applies to (`field/date-wareki`: 西暦 editions only,
   * `field/date-seireki`: 和暦 ones); every edition when absent.
   */
  readonly editionDates?: EditionDates;
}

/** What a rule reports; the validator fills in position, severity and message. */
export interface Finding {
  /** File-relative position is derived from the record (and the byte offset when given). */
  readonly rec?: Rec;
  /** 1-based 項目 position (prefix not counted) and its table entry, when the finding is about a field. */
  readonly field?: DiagnosticField;
  /** Byte offset in the record's buffer (not the file): the validator maps it to a file offset. */
  readonly at?: number;
  readonly length?: number;
  readonly expected?: string;
  readonly found?: string;
  readonly params?: Record<string, string | number>;
  /** Report below the rule's severity (never above it). */
  readonly severity?: Severity;
  /** The record concerned, when there is no `rec` (e.g. a missing trailer). */
  readonly record?: string;
  /** A file line number to use when there is no `rec`. */
  readonly line?: number;
  /**
   * Where `rec` was, taken with {@link RuleContext.pin} while it was current: for a finding about a record
   * of an earlier unit (a rule that reports a group's head when the group ends). A streamed record no
   * longer knows its place once its unit is gone; the pin does.
   */
  readonly pinned?: Pinned;
}

/** A record's file position, taken while it is current (see {@link RuleContext.pin}). */
export interface Pinned {
  readonly line: number | undefined;
  /** File offset of `at` in the record (undefined when offsets are not known). */
  readonly offset: number | undefined;
  /** 0-based receipt the record belongs to. */
  readonly receipt: number | undefined;
}

export type Report = (rule: RuleMeta, f: Finding) => void;

/** Facts about one receipt computed once and shared by every receipt rule. */
export interface ReceiptInfo {
  readonly receipt: Receipt;
  /** 0-based position of the receipt in the file (counted by the validator). */
  readonly ordinal: number;
  /** The file kind the validator settled on. */
  readonly kind: FileKind;
  readonly claim: readonly Rec[];
  readonly reasons: readonly Rec[];
  readonly history: readonly Rec[];
  readonly re: Rec;
  /** HO records of the claim data (unprefixed). */
  readonly ho: readonly Rec[];
  /** KO records of the claim data (unprefixed). */
  readonly ko: readonly Rec[];
  /** RE レセプト種別 (ASCII, '' when absent). */
  readonly receiptType: string;
  /** 入院 (true), 入院外 (false) or unknown (undefined) from レセプト種別. */
  readonly inpatient: boolean | undefined;
  /** A UKE receipt with a history block (再請求). */
  readonly reclaimed: boolean;
  /** A UKE receipt without a history block (一次請求). */
  readonly firstClaim: boolean;
}

/** File-level facts available to every hook. */
export interface FileInfo {
  readonly kind: FileKind;
  /** The claim kind the validator reads the file as. */
  readonly claimKind: ClaimKind | 'unknown';
  /** Its descriptor (undefined for a file of unknown kind, where no rule runs). */
  readonly kindDef: KindDef | undefined;
  /**
   * The edition the file is validated as (told from its header, or forced; undefined for a file of
   * unknown kind). Findings on records whose layout in it is not modelled (`unknownLayout`) are
   * reported at most as warnings.
   */
  readonly edition: EditionDef | undefined;
  readonly isReturn: boolean;
  readonly preset: PresetId;
  /** The header record (IR / HI), once seen. */
  header: Rec | undefined;
  /** Header 請求年月 (ASCII) and マルチボリューム識別情報. */
  headerBillingMonth: string;
  headerVolume: string;
}

export interface RuleContext {
  readonly file: FileInfo;
  readonly report: Report;
  /** The file position of a current record (and of byte `at` in it), to report it after its unit is gone. */
  readonly pin: (rec: Rec, at?: number) => Pinned;
  readonly showPersonalData: boolean;
}

/** A rule that looks at one field value at a time (generated from the tables). */
export interface FieldRule extends RuleMeta {
  readonly scope: 'field';
  /** Compile time: does the rule concern this field at all? */
  applies(f: FieldSpec): boolean;
  /** Also called for empty values. */
  readonly onEmpty?: boolean;
  /** Runs on history (prefixed) lines too, reported at most as a warning. */
  readonly history: boolean;
  /**
   * The rule never reports a 数字 value that is all ASCII digits, fits the width (exactly, for 固定)
   * and, for counts and amounts, has no leading zero: the engine skips it for such values (most
   * values of a file), which keeps validation fast.
   */
  readonly digitsSafe?: boolean;
  check(v: FieldValue, ctx: RuleContext): void;
}

/** A rule over records, receipts or the whole file, with its own small state. */
export interface StreamRule<S = unknown> extends RuleMeta {
  readonly scope: 'record' | 'receipt' | 'file';
  init?(file: FileInfo): S;
  /** Record ids the `record` hook wants ('*' for every known record). */
  readonly records?: readonly string[] | '*';
  /**
   * Every known record the validator checks (the header, each line of each receipt — prefixed ones
   * included —, the trailer), in file order. `info` is the receipt the line belongs to.
   */
  record?(rec: Rec, info: ReceiptInfo | undefined, ctx: RuleContext, state: S): void;
  /** A line before the first receipt (normally just the header). */
  lead?(rec: Rec, ctx: RuleContext, state: S): void;
  receipt?(info: ReceiptInfo, ctx: RuleContext, state: S): void;
  /** A line from the trailer on. */
  tail?(rec: Rec, ctx: RuleContext, state: S): void;
  finish?(ctx: RuleContext, state: S): void;
}

export type Rule = FieldRule | StreamRule<never> | StreamRule<any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/** A rule's severity override: 'off' disables it. */
export type RuleSetting = Severity | 'off';

export interface ValidateOptions {
  /** Preset; by default from the file kind (UKE → claim, HEN/SAH → return). */
  readonly preset?: PresetId;
  /** Let patient-identifying values (氏名, 生年月日, 記号・番号, 受給者番号, カルテ番号等 …) appear in messages. @defaultValue false */
  readonly showPersonalData?: boolean;
  /** Per-rule overrides: a lower severity, or 'off'. */
  readonly rules?: Readonly<Record<string, RuleSetting>>;
  /** Report at most this many findings per rule (then one `validate/truncated` info). @defaultValue 500 */
  readonly maxPerRule?: number;
}

export type { Diagnostic };
