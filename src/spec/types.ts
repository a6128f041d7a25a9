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
  /** Set only for facts from the reconstructed notes (see {@link Confidence}). */
  readonly confidence?: Confidence;
  /** Anything a rule or a reader needs to know, in the spec's words where possible. */
  readonly note?: string;
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
  readonly note?: string;
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
  /**
   * For a 負担区分 table (医科 別表21 and its copies): the payers each code names, as the ○ columns of
   * the spec's matrix — `H` 医保 (国保・退職者・後期高齢者 read alike), `1`–`4` 公費①–④. `'1': 'H'`,
   * `'2': 'H1'`, `'Z': '1234'`.
   */
  readonly payers?: Readonly<Record<string, string>>;
  /**
   * Codes whose wording differs between the sources (the code itself is not in doubt): code → the
   * competing wordings and where each comes from. `codes` holds the wording the table chose.
   */
  readonly disputed?: Readonly<Record<string, string>>;
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
export function defineRecord<const R extends RecordDef>(def: R): R {
  return def;
}

/** Helper for tables: declare a code table. */
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
  /** Per record id, the key prefix of 加算 code fields that each count as one more (歯科 SS 加算コード). */
  readonly countKeys?: Readonly<Record<string, string>>;
  readonly confidence?: Confidence;
  readonly source?: string;
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
  /** The least number of receipts a claim file holds (医科: レセプト「１ファイル単位内に１以上記録 必須」). */
  readonly receipts?: { readonly min: number; readonly source: string; readonly confidence?: Confidence };
  /** Where the order was taken from (document, section, page). */
  readonly source: string;
  readonly confidence?: Confidence;
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
  /** True when the tables were transcribed from an official text (医科 R04, 訪問看護 R06). */
  readonly official: boolean;
  /** Where the tables come from. */
  readonly source: string;
  /** Overall confidence (absent for official texts). */
  readonly confidence?: Confidence;
  readonly note?: string;
}
