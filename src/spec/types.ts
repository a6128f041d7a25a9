/**
 * The declarative vocabulary of the 記録条件仕様 (record-condition specification).
 *
 * Every record type is described once, as a {@link RecordDef} table. The parser, serializer,
 * validator, zod schemas, generators and the README field reference are all derived from these
 * tables; nothing about a record's layout is written anywhere else.
 */

/** モード: the character class of a field. */
export type Mode = '数字' | '英数' | '漢字' | '英数又は漢字';

/** 項目形式: 固定 (always written at exactly maxBytes) or 可変 (up to maxBytes). */
export type Format = '固定' | '可変';

/**
 * How a field's value is read beyond its mode (drives rules and conversions):
 * - `code`: a code value; leading zeros are significant (e.g. 病棟区分 "01").
 * - `integer`: a 可変 count or amount; no leading zeros.
 * - `decimal`: digits with an optional single "." (e.g. 使用量); no trailing fractional zeros.
 * - `digits`: an identifier made of digits where leading zeros matter but no 別表 applies
 *   (医療機関コード, 保険者番号, 検索番号 …).
 * - `ym` / `ymd`: a date, 西暦 YYYYMM / YYYYMMDD, or 和暦 GYYMM / GYYMMDD in older editions.
 * - `hm`: a time of day, hhmm.
 * - `text`: free text in the field's mode (the default for 英数 and 漢字 fields).
 */
export type ValueKind = 'code' | 'integer' | 'decimal' | 'digits' | 'ym' | 'ymd' | 'hm' | 'text';

/**
 * Confidence of a fact taken from the reconstructed notes in `shared/spec/`:
 * H = two or more independent sources, M = one good source, L = weak, INF = inference.
 * Fields from the official R04 医科 spec carry no confidence (they are authoritative).
 * A rule derived from an L or INF fact reports a warning, never an error.
 */
export type Confidence = 'H' | 'M' | 'L' | 'INF';

/**
 * 整数部・小数部 of a decimal field, from its 記録内容 (「整数部５桁、小数部５桁として、整数部と小数部は小数点で区切り
 * 記録する」). `field/decimal-split` checks values against it.
 */
export interface DecimalSplit {
  /** Most digits before the “.”. */
  readonly int: number;
  /** Most digits after it. */
  readonly frac: number;
  /** Set when the split itself is weaker than the field (a split inferred from another kind: findings are warnings). */
  readonly confidence?: Confidence;
}

/**
 * The first 診療年月 for which a record or field is recorded (「…診療以前分は、記録を省略する」). Read by
 * `record/start-month`.
 */
export interface SinceDef {
  /** First 診療年月 it is recorded for, 西暦 YYYYMM. */
  readonly month: string;
  /**
   * The spec says the payer skips it when it is recorded for an earlier month (「記録された場合は、審査支払機関に
   * おいて読み飛ばし」): the claim is not refused for it, so it is reported as a warning.
   */
  readonly skipped?: boolean;
  /** Where the spec says it (section, and line of the R04 text). */
  readonly source: string;
}

/**
 * A field whose 記録内容 depends on the value of another field of its record: 「臓器提供医療機関区分が“1”の場合は、
 * 記録を省略する」 (TI 都道府県 …), 「医科点数表算定理由が“08”～“11”に該当する場合は…記録する」 (GR ＤＰＣコード). Read by
 * `record/conditional-fields`.
 */
export interface FieldDependency {
  /** Key of the field it depends on, in the same record. */
  readonly key: string;
  /** Values of that field the condition names. */
  readonly values: readonly string[];
  /** What the field is for those values. */
  readonly then: 'required' | 'omit';
  /** What it is for any other recorded value (absent: the 記録内容 leaves it open, e.g. 「記録は任意とする」). */
  readonly otherwise?: 'required' | 'omit';
}

/**
 * How a field follows 入院 / 入院外 of its receipt (レセプト種別; in the 臓器提供者 block, 臓器提供者レセプト種別):
 * - `required`: recorded on 入院 receipts, omitted otherwise (入院年月日);
 * - `only`: recorded only on 入院 receipts, when needed (病棟区分, 食事療養・生活療養).
 * Read by `record/inpatient`.
 */
export type InpatientRule = 'required' | 'only';

/** Whether and when the spec wants the field recorded. */
export type Requirement =
  /** always recorded (必須) */
  | 'required'
  /** recorded under conditions stated in 記録内容 (the validator may check some of them) */
  | 'conditional'
  /** 記録は任意とする */
  | 'optional'
  /** 記録を省略する (予備 and similar) */
  | 'omit';

export interface FieldDef {
  /** Stable identifier (ASCII camelCase). Never changes once published. */
  readonly key: string;
  /** 項目名 exactly as the spec writes it. */
  readonly name: string;
  readonly mode: Mode;
  /** 最大バイト, counted in Shift_JIS bytes. */
  readonly maxBytes: number;
  readonly format: Format;
  /** Semantic kind; defaults to `text`. */
  readonly kind?: ValueKind;
  /** Referenced code table (別表), as a key of the code-table registry, e.g. `ika:1`. */
  readonly table?: string;
  /**
   * Several codes concatenated in one field (e.g. レセプト特記事項: 2 bytes each, up to 5).
   * `unit` is the byte width of one code, `max` the most codes allowed.
   */
  readonly repeat?: RepeatDef;
  readonly required?: Requirement;
  /** Identifies a patient (氏名, 生年月日, 記号・番号, 受給者番号 …): never shown in messages unless asked. */
  readonly personal?: boolean;
  /** How `mask` (`receden mask`) replaces the value, beyond what `personal` implies (see {@link MaskDef}). */
  readonly mask?: MaskDef;
  /** Set only for facts from the reconstructed notes (see {@link Confidence}). */
  readonly confidence?: Confidence;
  /** 整数部・小数部 of a `decimal` field. */
  readonly decimal?: DecimalSplit;
  /** First 診療年月 the field is recorded for. */
  readonly since?: SinceDef;
  /** The field is recorded or omitted depending on another field of the record. */
  readonly dependsOn?: FieldDependency;
  /**
   * Letters the 記録内容 wants as half-width capitals (GR ＤＰＣコード: 「“X”、“A”、“B”及び“C”は半角大文字を記録する」):
   * their lower-case forms are reported by `field/upper-case`.
   */
  readonly upperCase?: string;
  /** The field follows 入院 / 入院外 of its receipt. */
  readonly inpatient?: InpatientRule;
  /**
   * The written form of a number beyond its kind (`field/number-format`): a sign, or the digits a decimal
   * has on each side of its point (DPC 調整点数 “-3667”, 医療機関別係数 “1.4325”).
   */
  readonly number?: NumberFormatDef;
  /** Anything a rule or a reader needs to know, in the spec's words where possible. */
  readonly note?: string;
}

/**
 * How `mask` replaces a field's value (read by src/mask). A `personal` field without it is replaced
 * character by character (same モード, same Shift_JIS bytes; a date keeps its year and month); a field
 * that is neither personal nor has a `mask` is kept.
 * - `checkDigit`: the value is a number whose last digit is its check digit (検証番号: weights 2, 1 …
 *   from the right, as cross/insurer-check-digit checks): the new digits get a valid one. A field that
 *   is not personal but has it (保険者番号, 公費負担者番号: they name an insurer — a company's 健保組合 —
 *   rather than a person, but narrow one down) is replaced too.
 * - `keep`: leading digits kept, by the number's length (法別番号 and 都道府県番号: 8 digits → 4, 6 → 2),
 *   so the payer, the 法別 and the prefecture rules read the same.
 * - `searchNumber`: a 検索番号 — kept, or remapped (same length, the same way in every file and
 *   record: RE, HR, MN, JR) when asked (`remapSearchNumbers`).
 */
export interface MaskDef {
  readonly checkDigit?: boolean;
  readonly keep?: Readonly<Record<number, number>>;
  readonly searchNumber?: boolean;
}

/**
 * How a number is written in a field (read by the generic `field/number-format` rule and the generators).
 * - `signed`: a negative value is written with a leading “-”, which takes one of the field's bytes (DPC GT
 *   調整点数 英数 7: 0–9999999 or -1–-999999); a positive value has no sign.
 * - `intDigits` / `fracDigits`: the most digits before and after the decimal point (GA 医療機関別係数 1.4,
 *   KK Burn Index 3.1, CD 使用量 5.5); `fracDigits: 0` admits no point.
 */
export interface NumberFormatDef {
  readonly signed?: boolean;
  readonly intDigits?: number;
  readonly fracDigits?: number;
  /**
   * Trailing fractional zeros are allowed (「有効桁までの記録としても差し支えない」: the full width “1.4320” and the
   * trimmed “1.432” are both right), so `field/fraction-zero` does not apply.
   */
  readonly trailingZeros?: boolean;
  /** Confidence of the format itself, when it differs from the field's. */
  readonly confidence?: Confidence;
}

/** Where a record may appear in a file. */
export type RecordFamily = 'claim' | 'return' | 'history';

export interface RecordDef {
  /** レコード識別情報, e.g. "RE". */
  readonly id: string;
  /** レコード名 as the spec writes it, e.g. "レセプト共通レコード". */
  readonly name: string;
  /** Which document defines it. */
  readonly family: RecordFamily;
  /** Where the table was taken from (document, section, page). */
  readonly source: string;
  /** Overall confidence of the table (absent for the official spec). */
  readonly confidence?: Confidence;
  /** The fields in order; `fields[0]` is always レコード識別情報. */
  readonly fields: readonly FieldDef[];
  /** First 診療年月 the record is recorded for. */
  readonly since?: SinceDef;
  readonly note?: string;
}

/**
 * When one code of a 別表 may be recorded, from the table's columns and notes. Read by `code/setting`,
 * `code/period` and `code/insurance`; a correction is an edit of the table entry.
 */
export interface CodeCondition {
  /** First 診療年月 (西暦 YYYYMM) the code is recorded for (「令和４年１０月診療以降分に限る」). */
  readonly validFrom?: string;
  /** Last 診療年月 (西暦 YYYYMM) the code is recorded for (「平成３０年７月診療以前分に限る」). */
  readonly validUntil?: string;
  /**
   * The 入院 or 入院外 side of the table: on a field, the code is recorded only on receipts of that side (別表20);
   * in a table of receipt types, the side the code means (別表26).
   */
  readonly setting?: 'inpatient' | 'outpatient';
  /**
   * 保険種別 the code is recorded for: the second digit of a 医科-pattern レセプト種別 (1 医保, 2 公費, 3 後期高齢者,
   * 4 退職者) — 「後期高齢者医療のみ」 is `['3']`.
   */
  readonly insurance?: readonly string[];
  /** Set when the condition rests on weaker ground than the table (findings are warnings). */
  readonly confidence?: Confidence;
  /** The spec's words, with the line of the R04 text. */
  readonly source?: string;
}

/** One 別表 (code table). */
export interface CodeTable {
  /** Registry key, e.g. `ika:1` (医科 別表1) or `ret:henrei-kubun`. */
  readonly id: string;
  /** The table's title as the spec writes it, e.g. "別表１ 審査支払機関コード". */
  readonly name: string;
  readonly source: string;
  readonly confidence?: Confidence;
  /** code → meaning. Codes are strings (leading zeros are significant). */
  readonly codes: Readonly<Record<string, string>>;
  /**
   * Code families the table admits without listing each code (e.g. "国保 S2000 番台"): regular
   * expressions over the whole code. A value matching one is accepted but reported as `info`.
   */
  readonly open?: readonly { readonly pattern: string; readonly meaning: string }[];
  /** Per code, when it may be recorded (codes without an entry: always). */
  readonly conditions?: Readonly<Record<string, CodeCondition>>;
  /**
   * For a 負担区分 table (医科 別表21 and its copies): per code, the 負担者種別 (別表28: 1 医保, 2–5 第1–第4公費)
   * whose columns carry a ○, as a string of digits (“2” 医保・公費① → “12”). 注1: 「○は請求点数のある管掌」.
   */
  readonly payers?: Readonly<Record<string, string>>;
  /**
   * Codes whose wording differs between the sources (the code itself is not in doubt): code → the
   * competing wordings and where each comes from. `codes` holds the wording the table chose.
   */
  readonly disputed?: Readonly<Record<string, string>>;
  /**
   * Codes the table lists but a 医療機関 must not use (網掛け): `firstClaim` in a first claim only
   * (「一次請求の場合は、網掛けのコードは使用しない」), `never` at all (「網掛けのコードは使用しない」). Read by
   * `code/first-claim`.
   */
  readonly restricted?: { readonly firstClaim?: readonly string[]; readonly never?: readonly string[] };
  readonly note?: string;
}

/** A field of concatenated fixed-width codes (see {@link FieldDef.repeat}). */
export interface RepeatDef {
  /** Byte width of one unit. */
  readonly unit: number;
  /** The most units allowed. */
  readonly max: number;
  /**
   * The parts of one unit, when a unit is itself structured (歯科 歯式コード: 歯種 4 + 状態 1 + 部分 1);
   * their widths add up to `unit`.
   */
  readonly parts?: readonly UnitPartDef[];
}

/** One part of a structured repeat unit. */
export interface UnitPartDef {
  /** Key of the part in a unit read by `Rec.units()`, e.g. `tooth`. */
  readonly key: string;
  /** Its name as the spec writes it, e.g. 歯種コード. */
  readonly name: string;
  readonly width: number;
  /** Its code table. */
  readonly table?: string;
  readonly confidence?: Confidence;
}

/** Helper for tables: declare a record with literal types kept (`as const` inference). */
/* @__NO_SIDE_EFFECTS__ */
export function defineRecord<const R extends RecordDef>(def: R): R {
  return def;
}

/** Helper for tables: declare a code table. */
/* @__NO_SIDE_EFFECTS__ */
export function defineCodes<const T extends CodeTable>(def: T): T {
  return def;
}

/** The field keys of a record table, as a string-literal union. */
export type FieldKeyOf<R extends RecordDef> = R['fields'][number]['key'];

/**
 * One position in the record order of a receipt. Records that share a slot may follow each other in
 * any order (e.g. the 摘要 records SI / IY / TO / CO of 医科).
 */
export interface SlotDef {
  /** レコード識別情報 of the records that share this position. */
  readonly ids: readonly string[];
  /** 必須: at least one record of the slot in every receipt (conditional requirements are rules). */
  readonly required: boolean;
  /**
   * When only some of the slot's records satisfy 必須 (医科 摘要: SI, IY or TO — a CO alone does not),
   * those ids; by default every id of the slot.
   */
  readonly requiredIds?: readonly string[];
  /** 複数不可: at most one record of the slot per receipt (or per block, inside a block). */
  readonly single?: boolean;
  /**
   * The spec defines the records but says not to record them for now (訪問看護 GI: 「災害等レコードは、当分の間、
   * 記録を省略する」): the words. Read by `structure/suspended-records`.
   */
  readonly suspended?: string;
  /** What the spec calls the slot when it names it as one (摘要, 処方情報); messages list the order with it. */
  readonly label?: string;
  /** The spec's words on where, when and how often the records are recorded. */
  readonly note?: string;
  /** Set only for facts from the reconstructed notes (see {@link Confidence}). */
  readonly confidence?: Confidence;
}

/**
 * A block that follows a receipt's own records and has its own order, e.g. the 医科
 * 臓器提供者レセプト情報: TI, then per donor receipt TR TS SY 摘要 SJ.
 */
export interface BlockDef {
  /** The record that opens the block. */
  readonly start: string;
  /** Records that start the order of the block again (a new donor receipt: TR). */
  readonly restart?: readonly string[];
  /** The block's records in order, `start` first. */
  readonly slots: readonly SlotDef[];
  /** What the spec calls the block (臓器提供者レセプト情報, 処方情報). */
  readonly label?: string;
  /**
   * When a record of the block opens a receipt of its own (臓器提供者レセプト: TR): that record and the keys of its
   * 診療年月 and receipt type. Rules that depend on 診療年月 or 入院 / 入院外 read them for the records that follow
   * it instead of the RE's; 入院 / 入院外 comes from the `setting` of the type's code (別表26).
   */
  readonly receipt?: { readonly record: string; readonly month: string; readonly type: string };
  readonly note?: string;
  readonly confidence?: Confidence;
}

/**
 * The limit on consecutive 摘要 records without 診療識別 (「診療識別の記録を省略したレコードを連続して記録する
 * 場合は 98 レコードを限度とする」).
 */
export interface PracticeRunDef {
  /** The records that count (a record with its 診療識別 recorded ends the run). */
  readonly ids: readonly string[];
  /** Records that neither count nor end the run (CO). */
  readonly transparent: readonly string[];
  readonly limit: number;
  /**
   * 診療識別 outside the ascending order of the 摘要 (医科 別表20: 99 全体に係る識別コード, a comment on the whole
   * receipt). Read by `structure/practice-order`.
   */
  readonly unordered?: readonly string[];
  /** Per record id, the key prefix of 加算 code fields that each count as one more (歯科 SS 加算コード). */
  readonly countKeys?: Readonly<Record<string, string>>;
  readonly confidence?: Confidence;
  readonly source?: string;
}

/**
 * Records kept once per payer of the receipt and named by a 負担者種別 field (訪問看護 SN / JD: 別表23 —
 * 1 医療保険・国保・後期, 2–5 第1–第4公費). Read by `structure/payer-records`.
 */
export interface PayerRecordsDef {
  /** レコード識別情報 (SN, JD). */
  readonly id: string;
  /** Key of the 負担者種別 field. */
  readonly payerKey: string;
  /**
   * When only some 公費 may have the record: the 公費負担者番号 prefixes (KO `payerNumber`) that may (訪問看護 SN:
   * “12”); a record for any other 公費 is 記録不可. Absent: every payer may.
   */
  readonly publicPrefixes?: readonly string[];
  /** 「負担者種別コードの昇順で記録する」. */
  readonly ascending: boolean;
  readonly source: string;
  readonly confidence?: Confidence;
}

/** Records recorded in ascending order of a date field (訪問看護 KA: 算定日が早い順). Read by `structure/date-order`. */
export interface DateOrderDef {
  readonly ids: readonly string[];
  /** Key of the date field (YYYYMMDD). */
  readonly key: string;
  readonly source: string;
  readonly confidence?: Confidence;
}

/**
 * Per-payer totals in 金額: each HO / KO `totalKey` equals Σ `amountKey` over the receipt's `ids` records
 * whose 負担区分 (a payer matrix, {@link CodeTable.payers}) includes that payer. Read by `cross/payer-amounts`.
 */
export interface PayerAmountsDef {
  readonly ids: readonly string[];
  readonly amountKey: string;
  /** Key of the total on HO and KO. */
  readonly totalKey: string;
  readonly source: string;
  readonly confidence?: Confidence;
}

/**
 * Amounts folded into the record above (訪問看護 KA: a 加算 given as a 割合 is recorded with 金額 0 and its amount
 * added to its base, 「加算対象となる基本療養費の直下のレコードに記録」): a record whose `amountKey` is 0 comes
 * directly below a record with a non-zero amount and the same `dateKey` (or below another such 0 record). Read by
 * `structure/addition-below-base`.
 */
export interface FoldedAmountsDef {
  readonly ids: readonly string[];
  readonly amountKey: string;
  readonly dateKey: string;
  readonly source: string;
  readonly confidence?: Confidence;
}

/**
 * A per-day record (JD: 1日の情報 … 31日の情報, keys `${dayPrefix}1`…) whose marked days are the days that
 * carry a dated record of the receipt (訪問看護: the KA 算定年月日). Read by `structure/visit-days`.
 */
export interface VisitDaysDef {
  readonly record: string;
  readonly dayPrefix: string;
  /** The day codes that say “no such dated record” (別表25 “9” 不一致, not used in a first claim). */
  readonly mismatchCodes: readonly string[];
  readonly dates: { readonly ids: readonly string[]; readonly key: string };
  readonly source: string;
  readonly confidence?: Confidence;
}

/** The record structure of a claim file of one kind: header, receipts, trailer. */
export interface StructureDef {
  /** The file header, the first record of a claim file (医科 IR, 歯科 UK, 調剤 YK, 訪問看護 HM). */
  readonly header: string;
  /** A record repeated at the head of every receipt, before its RE (歯科 IR); absent for most kinds. */
  readonly receiptHeader?: string;
  /** The file trailer, the last record (GO; 労災 RS). */
  readonly trailer: string;
  /** The records of one receipt in spec order; the first slot holds the RE. */
  readonly receipt: readonly SlotDef[];
  /**
   * Blocks with an order of their own: after the receipt's own records (医科 臓器提供者), or at the
   * slot that holds their `start` record (調剤 処方情報: SH, then CZ, IY/TO, CO).
   */
  readonly blocks?: readonly BlockDef[];
  /**
   * Groups of records of which a receipt needs at least one although no slot is 必須 alone (調剤: 処方情報
   * (SH) or KI — 「いずれか１以上」).
   */
  readonly requiredAny?: readonly { readonly ids: readonly string[]; readonly note?: string; readonly confidence?: Confidence }[];
  /** The 98-record limit on 摘要 records without 診療識別, where the kind has one. */
  readonly practiceRun?: PracticeRunDef;
  /** Records kept per payer and named by 負担者種別 (訪問看護 SN, JD). */
  readonly payerRecords?: readonly PayerRecordsDef[];
  /** Records in ascending date order (訪問看護 KA). */
  readonly dateOrder?: readonly DateOrderDef[];
  /** HO / KO totals as sums of amounts by 負担区分 (訪問看護 KA 金額). */
  readonly payerAmounts?: PayerAmountsDef;
  /** 0-amount records folded into the one above (訪問看護 KA 割合の加算). */
  readonly foldedAmounts?: FoldedAmountsDef;
  /** JD days against the dated records (訪問看護 KA 算定年月日). */
  readonly visitDays?: VisitDaysDef;
  /**
   * Receipts whose record set depends on a value of their first record (DPC レセプト総括区分): per value,
   * the slots (and blocks) that replace `receipt` (and `blocks`) for such a receipt.
   */
  readonly variants?: ReceiptVariantsDef;
  /**
   * Receipts that come as a group: a head receipt followed directly by its member receipts (DPC 総括レセプト
   * and its 総括対象 明細), told by a value of the RE.
   */
  readonly groups?: ReceiptGroupsDef;
  /** The least number of receipts a claim file holds (医科: レセプト「１ファイル単位内に１以上記録 必須」). */
  readonly receipts?: { readonly min: number; readonly source: string; readonly confidence?: Confidence };
  /** Where the order was taken from (document, section, page). */
  readonly source: string;
  readonly confidence?: Confidence;
  readonly note?: string;
}

/** The receipt layouts chosen by a value of the receipt's RE (see {@link StructureDef.variants}). */
export interface ReceiptVariantsDef {
  /** Key of the RE field whose value chooses the layout (DPC `summaryClass`, レセプト総括区分). */
  readonly key: string;
  /** value → the receipt's slots and its blocks; a value not listed keeps the structure's own. */
  readonly by: Readonly<Record<string, { readonly receipt: readonly SlotDef[]; readonly blocks?: readonly BlockDef[]; readonly label?: string }>>;
  readonly confidence?: Confidence;
  readonly source?: string;
}

/** Receipt groups (see {@link StructureDef.groups}). */
export interface ReceiptGroupsDef {
  /** Key of the RE field that tells head, member and ungrouped receipts apart (DPC `summaryClass`). */
  readonly key: string;
  /** Values of a group's head (DPC '1' 総括レセプト). */
  readonly head: readonly string[];
  /** Values of its members, which follow the head directly (DPC '2' 総括対象DPC, '3' 総括対象医科入院). */
  readonly members: readonly string[];
  /** Key of the head's RE field that records how many members follow (DPC `detailCount`, 明細情報数). */
  readonly countKey?: string;
  /**
   * Whether members count in the trailer totals (GO 総件数・総合計点数) besides their head: false when the
   * head's HO / KO carry the group (DPC [INF]).
   */
  readonly membersInTotals: boolean;
  /**
   * Fields of a record the head carries as the sum of its members' (DPC 総括レセプト HO 診療実日数, 合計点数, 食事 回数・
   * 合計金額, 標準負担額 [INF]), checked by `structure/receipt-group` at the groups' confidence.
   */
  readonly headSums?: { readonly record: string; readonly keys: readonly string[] };
  /** Confidence of the membership rules (a member outside a group, the count). */
  readonly confidence?: Confidence;
  /** Confidence of `membersInTotals`: a totals mismatch that depends on it is a warning when L / INF. */
  readonly totalsConfidence?: Confidence;
  readonly source?: string;
  readonly note?: string;
}

/**
 * The claim kinds (点数表 and their own spec families): 医科, 歯科, 調剤, 訪問看護, DPC, 労災.
 */
export type ClaimKind = 'ika' | 'shika' | 'chozai' | 'houkan' | 'dpc' | 'rosai';

/** How a kind's trailer totals are computed (see `src/model/totals.ts`). */
export type TotalsRule =
  /** 総件数 = Σ (1 if HO) + (number of KO); 総合計点数 = Σ 主保険の合計点数 (医科, 歯科, 調剤, DPC). */
  | 'payers'
  /** The trailer carries no totals (訪問看護 GO). */
  | 'none'
  /** 労災 RS: 請求金額 = Σ RR 合計額, 内訳書添付枚数 = number of receipts. */
  | 'rosai';

/**
 * How an edition records dates: 西暦 `YYYYMM` / `YYYYMMDD` (the 令和2年 editions on), or 和暦
 * `GYYMM` / `GYYMMDD` with the 年号区分 G (1 明治 … 5 令和; the former 別表4) before them.
 */
export type EditionDates = 'seireki' | 'wareki';

/** One way an edition differs from the kind's tables, as a fact with its source. */
export interface EditionDifference {
  /** What differs, in English (one sentence). */
  readonly what: string;
  /** 同じ内容を日本語で。 */
  readonly whatJa: string;
  /** Confidence of the fact (absent: read in an official text). */
  readonly confidence?: Confidence;
  /** Where it was found. */
  readonly source: string;
}

/**
 * One edition (版) of a kind's 記録条件仕様. A file is read and validated as the edition it was
 * written in, told from its content (the header's 請求年月: 5 digits are 和暦, so an edition before
 * R02), never from its name. `KindDef.editions[0]` is the edition the tables transcribe.
 *
 * A later correction of any fact here (a period, a record's layout) is a one-line edit of the kind's
 * editions list.
 */
export interface EditionDef {
  /** Stable short id ('R04', 'H30' …): what `parse(…, { edition })` and `--edition` take. */
  readonly id: string;
  /** The edition as the spec names it (令和4年4月版), or a description of a range of editions. */
  readonly name: string;
  readonly nameEn: string;
  /** How dates are recorded in it. */
  readonly dates: EditionDates;
  /**
   * First header 請求年月 (ISO `YYYY-MM`) of the files read as this edition; absent: from the start.
   * Used only to choose among editions with the same date layout.
   */
  readonly from?: string;
  /** Last header 請求年月 of the files read as it (for the reference); absent: still current. */
  readonly until?: string;
  /**
   * Records whose layout in this edition is not known to be the tables' (`'*'`: no record's is — the
   * edition's layout is not modelled). Every finding about such a record is reported at most as a
   * warning, and the validator says so once (`validate/edition-layout`). Absent: the tables are this
   * edition's layout, dates aside.
   */
  readonly unknownLayout?: readonly string[] | '*';
  /** How it differs from the kind's tables (empty for the tables' own edition). */
  readonly differences: readonly EditionDifference[];
  /** Confidence of the edition's facts as a whole (its date layout, its period); absent for an official text. */
  readonly confidence?: Confidence;
  readonly source: string;
  readonly note?: string;
  /** {@link note} in Japanese (present exactly when `note` is). */
  readonly noteJa?: string;
}

/**
 * How a kind's HO / KO 合計点数 add up beyond the 医科 rule (Σ 点数 × 回数 of the 摘要 records by 負担区分), read by
 * `cross/payer-totals`.
 */
export interface PayerTotalsDef {
  /** The 摘要 records whose 点数 × 回数 make the totals (the last record of each 算定単位 carries them: SI, IY, TO). */
  readonly units: readonly string[];
  /** 摘要 records that carry a 診療識別 for what follows but no points (CO). */
  readonly categoryOnly?: readonly string[];
  /**
   * 診療識別 whose 点数 is a 金額 (円), counted in HO 食事療養・生活療養 合計金額 and not in 合計点数 (医科 別表20: 97
   * 食事療養・生活療養・標準負担額).
   */
  readonly amountCategories?: readonly string[];
  /**
   * Records carrying a lump sum that adds to the payers their 負担区分 names (DPC GT 今月包括合計点数, the 包括 part); a
   * signed value (a negative adjustment lowers the total).
   */
  readonly lumpSums?: readonly { readonly record: string; readonly key: string }[];
  /** Group heads (DPC 総括レセプト) carry their members' totals, not their own records': they are not checked. */
  readonly skipGroupHeads?: boolean;
  /** Confidence of the rule: a mismatch is a warning when L / INF. */
  readonly confidence?: Confidence;
  readonly source?: string;
}

/**
 * An arithmetic fact between fields of one receipt's records (read by `cross/record-arithmetic`): a field that is the
 * product of fields of its record, the sum of a field over the receipt's records that match it, or a field scaled by a
 * decimal factor found in a matching record (rounded half up).
 */
export interface ArithmeticDef {
  /** The record and the field key that holds the result. */
  readonly record: string;
  readonly key: string;
  /** Result = the product of these fields of the same record. */
  readonly product?: readonly string[];
  /** Result = Σ `key` of the receipt's `record` records whose `match` fields equal this record's same-named fields. */
  readonly sum?: { readonly record: string; readonly key: string; readonly match: readonly string[] };
  /** Result = this record's `key` × the decimal `by.key` of the first matching `by.record`, rounded half up. */
  readonly scaled?: { readonly key: string; readonly by: { readonly record: string; readonly key: string; readonly match: readonly string[] } };
  /** A mismatch is a warning when L / INF. */
  readonly confidence?: Confidence;
  readonly source?: string;
}

/** The record structure of a kind's return files (返戻), when the kind has them online. */
export interface ReturnStructureDef {
  /** The return file's header (医科 HI, 訪問看護 HH); undefined when the file has none (労災). */
  readonly header?: string;
  /** The return file's trailer (HG); undefined when the file has none. */
  readonly trailer?: string;
  /** Return reasons record (HR), when returns carry them. */
  readonly reasons?: string;
  /** Whether returned receipts carry a 履歴管理ブロック. */
  readonly history: boolean;
  /**
   * データ識別 (別表7) of the returned round's 請求データ inside the 履歴管理ブロック, where the kind's sources show one
   * other than 1 (訪問看護: 8, on every history line of the 手引き 別紙1 example). @defaultValue '1'
   */
  readonly historyDataKind?: string;
  /** Return file names (a hint only: the content decides). */
  readonly fileNames: readonly string[];
  readonly confidence?: Confidence;
  readonly note?: string;
}

/** How a kind's returned receipts are claimed again. */
export interface ResubmissionDef {
  /**
   * `history`: the corrected 請求データ + the untouched 履歴管理ブロック + 検索番号, in an ordinary claim
   * file (医科, 歯科, 調剤, DPC, 訪問看護); `reception-number`: rebuilt with RE 電算処理受付番号 and no
   * history, in a re-claim file of its own (労災).
   */
  readonly mode: 'history' | 'reception-number';
  /**
   * `reception-number` mode: how a returned receipt is claimed again (労災). The return's RE carries the
   * number the payer's system gave the receipt; the re-claim keeps it in the same RE field, and the file
   * gets a header and trailer of its own (the return has neither).
   */
  readonly receptionNumber?: ReceptionNumberDef;
  /** Return kinds whose receipts are re-claimed on paper, never online (訪問看護: SAH). */
  readonly onPaper?: readonly ('HEN' | 'SAH')[];
  /** File name of the re-claim file, when it differs from the claim file. */
  readonly fileName?: string;
  readonly confidence?: Confidence;
  readonly note?: string;
}

/** How a `reception-number` re-claim is built (see {@link ResubmissionDef.receptionNumber}). */
export interface ReceptionNumberDef {
  /** The RE field (key) that holds the number, in the return and in the re-claim alike. */
  readonly key: string;
  /** The trailer field (key) that takes the date the re-claim is sent (YYYYMMDD), e.g. 労災 RS 請求書提出年月日. */
  readonly dateKey: string;
  /**
   * Header and trailer fields (keys) copied from a claim file of the facility (the return carries no
   * header or trailer): 労災 IR 医療機関名称・電話番号, RS 指定病院等の番号・所在地 ….
   */
  readonly copied: { readonly header: readonly string[]; readonly trailer: readonly string[] };
  readonly confidence?: Confidence;
  readonly source?: string;
}

/**
 * Money totals of a kind whose receipts carry their own sums in a record of their own and whose
 * trailer adds them up in yen (労災: RR 小計点数 … 合計額, RS 請求金額 / 内訳書添付枚数). Keys of the
 * kind's tables; read by `src/model/totals.ts`, checked by `cross/amounts` and written by the
 * resubmission writer.
 */
export interface AmountsDef {
  /** The record of each receipt that holds its sums (労災 RR). */
  readonly receiptRecord: string;
  /** 摘要 records whose 点数 × 回数 add up to the receipt's 小計点数 (RI, IY, TO). */
  readonly items: readonly string[];
  /** 摘要 records priced in yen: 金額 × 回数 add up to 【ロ】 (RI). */
  readonly yenItems: readonly string[];
  /** Keys of the 摘要 records (shared by the kind's tables). */
  readonly itemKeys: { readonly category: string; readonly points: string; readonly amount: string; readonly times: string; readonly quantity: string };
  /** The 診療識別 of meals (食事療養, 97): counted in 【ハ】 and its 回数 instead of 小計点数 / 【ロ】. */
  readonly mealCategory?: string;
  /** Keys of the receipt record's sums. */
  readonly receiptKeys: {
    readonly points: string;
    readonly pointsAmount: string;
    readonly yenAmount: string;
    /** 食事療養合計回数 / 【ハ】, where the kind has meals (absent: meals are not summed apart). */
    readonly mealCount?: string;
    readonly mealAmount?: string;
    readonly total: string;
  };
  /** 入院 receipts (whose total includes 【ハ】): the receipt record's key and the codes that mean 入院. */
  readonly inpatient?: { readonly key: string; readonly codes: readonly string[] };
  /** The trailer's keys: 単価 (yen per point × 100), 請求金額 and 内訳書添付枚数 (the number of receipts). */
  readonly trailerKeys: { readonly unitPrice: string; readonly amount: string; readonly count: string };
  readonly confidence?: Confidence;
  readonly source: string;
}

/**
 * The header's 請求年月 holds the latest 診療年月 among the file's receipts (労災 IR #8), not the month
 * the file is sent: read from a date field (YYYYMMDD or YYYYMM) of a record of each receipt.
 */
export interface HeaderMonthDef {
  /** The header field (key). */
  readonly key: string;
  /** Where each receipt's 診療年月 is read (労災 RR 療養期間―末日). */
  readonly from: { readonly record: string; readonly key: string };
  readonly confidence?: Confidence;
  readonly source: string;
}

/**
 * First claims go into files of their own per office, whose codes the trailer carries; other receipts
 * go together in one file whose trailer leaves the codes empty (労災 RS 都道府県労働局 / 労働基準監督署).
 */
export interface FileSplitDef {
  /** The trailer fields (keys) that name the office: all recorded, or all empty. */
  readonly trailerKeys: readonly string[];
  /** What makes a receipt a first (初回) claim: a field of one of its records holding one of these codes. */
  readonly first: { readonly record: string; readonly key: string; readonly codes: readonly string[]; readonly confidence?: Confidence };
  readonly confidence?: Confidence;
  readonly source: string;
}

/**
 * Another claim file of a kind, with an order, sums and file names of its own but the kind's record
 * tables (労災 アフターケア委託費 ARECnn00.UKE: RE → AR → 摘要 → SJ, AS). A file is of the form when one of
 * its `signature` records is among its first lines (as the claim kind is told); every rule then reads
 * the form's structure, sums and re-claim rules in place of the kind's (see `kindDefOf`).
 */
export interface KindFormDef {
  readonly id: string;
  readonly name: string;
  readonly nameEn: string;
  /** Records only this form's files have (they must be among the kind's records). */
  readonly signature: readonly string[];
  readonly structure: StructureDef;
  readonly fileNames: readonly string[];
  /** Each of these replaces the kind's; absent = the form has none. */
  readonly amounts?: AmountsDef;
  readonly headerMonth?: HeaderMonthDef;
  readonly fileSplit?: FileSplitDef;
  readonly returns?: ReturnStructureDef;
  readonly resubmission?: ResubmissionDef;
  readonly source: string;
  readonly confidence?: Confidence;
  readonly note?: string;
}

/**
 * One claim kind as data: everything the parser, validator, writers and docs need to know about it.
 * Like protobuf's file descriptors, one object drives reading, writing, validation and the reference.
 */
export interface KindDef {
  readonly id: ClaimKind;
  /** 医科, 歯科 … */
  readonly name: string;
  /** medical, dental … */
  readonly nameEn: string;
  /** 点数表 values in the header that mean this kind (a hint among others for detection). */
  readonly scoreTables: readonly string[];
  /** Every claim record, by レコード識別情報 (in spec order). */
  readonly records: Readonly<Record<string, RecordDef>>;
  /** Records that appear only in return files (HI, HR, HG) and their history blocks (RC, MN …). */
  readonly returnRecords: Readonly<Record<string, RecordDef>>;
  /** The kind's 別表. */
  readonly codes: readonly CodeTable[];
  readonly structure: StructureDef;
  readonly totals: TotalsRule;
  /** Arithmetic facts between the fields of a receipt's records (DPC 包括評価: HH, GT), where the kind states them. */
  readonly arithmetic?: readonly ArithmeticDef[];
  /** Extras of the HO / KO 合計点数 rule (`cross/payer-totals`), where the kind has them. */
  readonly payerTotals?: PayerTotalsDef;
  /** Claim file names (a hint only: the content decides). */
  readonly fileNames: readonly string[];
  readonly returns?: ReturnStructureDef;
  readonly resubmission?: ResubmissionDef;
  /** Money totals in yen, where the kind's totals rule is `rosai` (see {@link AmountsDef}). */
  readonly amounts?: AmountsDef;
  /** The header's 請求年月 is the latest 診療年月 of the receipts (労災). */
  readonly headerMonth?: HeaderMonthDef;
  /** First claims split into files per office (労災). */
  readonly fileSplit?: FileSplitDef;
  /**
   * Where the kind's files switched from 和暦 to 西暦 dates at a known 請求年月 (労災: from the 2020-05 請求):
   * files whose header month is earlier are of the 和暦 edition, and their 和暦 dates are not findings.
   */
  readonly seirekiFrom?: { readonly month: string; readonly confidence?: Confidence; readonly source: string };
  /** Other claim files of the kind, told from their records (労災 アフターケア). */
  readonly forms?: readonly KindFormDef[];
  /** Set on the descriptor of a form (`kindDefOf(kind, form)`): which one. */
  readonly form?: string;
  /**
   * The kind's レセプト種別 follow the 医科 別表5 pattern — 点数表 digit, 保険種別 (1 医保 2 公費 3 後期
   * 4 退職), 併用数, then the patient digit — with this first digit; absent when its codes do not.
   * Rules on the payer mix (HO / KO counts, 法別番号) read レセプト種別 only where it is set.
   */
  readonly receiptTypeDigit?: string;
  /** 入院 / 入院外 from a レセプト種別, where the kind's 別表 says it (undefined: the code does not say). */
  readonly inpatientOf?: (receiptType: string) => boolean | undefined;
  /**
   * The editions files of this kind are read as, the tables' own first (the default when a file's
   * content does not tell). See {@link EditionDef}.
   */
  readonly editions: readonly EditionDef[];
  /** True when the tables were transcribed from an official text (医科 R04, 訪問看護 R06). */
  readonly official: boolean;
  /** Where the tables come from. */
  readonly source: string;
  /** Overall confidence (absent for official texts). */
  readonly confidence?: Confidence;
  readonly note?: string;
}
