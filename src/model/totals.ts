/**
 * GO (診療報酬請求書レコード) totals of the kinds whose totals rule is `payers` (医科, 歯科, 調剤, DPC),
 * per claim-records.md §1.2 (verified on sample files) and the R04 GO notes:
 * - 総件数 = Σ over receipts of (1 if an HO is present) + (number of KO);
 * - 総合計点数 = Σ over receipts of the 主保険's 合計点数: HO.合計点数, or the first KO's when the
 *   receipt has no HO.
 * Only unprefixed records of each receipt's 請求データ count; history lines never do.
 * Where the kind's structure groups receipts and its members do not count besides their head
 * (`groups.membersInTotals: false`, DPC 総括 [INF]), a member receipt adds nothing.
 *
 * The one place this rule is written: the resubmission writer computes GO with it and the
 * validator's `cross/totals` checks GO / HG against it.
 */
import { fieldIndex } from '../spec/registry.js';
import { groupRole } from '../spec/structure.js';
import type { AmountsDef, RecordDef, StructureDef } from '../spec/types.js';
import type { Rec } from './record.js';

/** Anything with the receipt's 請求データ: a {@link Receipt}, or a list of records being assembled. */
export interface HasClaim {
  readonly claim: readonly Rec[];
  /**
   * The unprefixed HO and KO records of `claim`, in order, when the caller has them already (the
   * validator's receipt facts do): then `claim` is not scanned again. Give both or neither.
   */
  readonly ho?: readonly Rec[];
  readonly ko?: readonly Rec[];
}

export interface Totals {
  /** 総件数 */
  readonly totalCount: number;
  /** 総合計点数 */
  readonly totalPoints: number;
  /** Receipts left out as members of a group (DPC 総括対象 明細 [INF]). */
  readonly grouped: number;
  /**
   * 0-based indexes of receipts whose 主保険 合計点数 is missing or not an integer (counted as 0);
   * the validator reports them, this function only says which.
   */
  readonly unreadable: readonly number[];
}

/** 項目 position (1-based) of 合計点数 in a record's own table (its kind's HO or KO), 0 when it has none. */
const pointsCache = new WeakMap<RecordDef, number>();
function pointsPos(rec: Rec): number {
  const def = rec.def;
  if (!def) return 0;
  let p = pointsCache.get(def);
  if (p === undefined) pointsCache.set(def, (p = (fieldIndex(def).byKey.get('totalPoints') ?? -1) + 1));
  return p;
}

/**
 * Count one receipt: its 件数, its 主保険 record (undefined when it has neither HO nor KO) and that
 * record's 合計点数 (undefined when there is no 主保険, or its 合計点数 is empty or not a decimal
 * integer of at most 15 digits).
 */
export function receiptTotals(r: HasClaim, st?: StructureDef): { count: number; points: number | undefined; main: Rec | undefined; grouped?: true } {
  if (st?.groups && !st.groups.membersInTotals) {
    const re = r.claim.find((c) => c.id === 'RE' && !c.prefixed);
    if (groupRole(st, re) === 'member') return { count: 0, points: 0, main: undefined, grouped: true };
  }
  let ho: Rec | undefined;
  let firstKo: Rec | undefined;
  let ko = 0;
  if (r.ho && r.ko) {
    ho = r.ho[0];
    firstKo = r.ko[0];
    ko = r.ko.length;
  } else {
    const claim = r.claim;
    for (let i = 0; i < claim.length; i++) {
      const rec = claim[i]!;
      const id = rec.id;
      if (id === 'HO') {
        if (rec.prefixed) continue;
        ho ??= rec;
      } else if (id === 'KO') {
        if (rec.prefixed) continue;
        ko++;
        firstKo ??= rec;
      }
    }
  }
  const main = ho ?? firstKo;
  const pos = main ? pointsPos(main) : 0;
  const points = main && pos > 0 ? intAt(main, pos) : undefined;
  return { count: (ho ? 1 : 0) + ko, points, main };
}

/**
 * GO 総件数 / 総合計点数 over receipts (e.g. `file.receipts`), by the totals rule of the kind whose
 * structure is `st` (its receipt groups; without it every receipt counts).
 */
export function computeTotals(receipts: Iterable<HasClaim>, st?: StructureDef): Totals {
  let totalCount = 0;
  let totalPoints = 0;
  const unreadable: number[] = [];
  let grouped = 0;
  let i = 0;
  for (const r of receipts) {
    const t = receiptTotals(r, st);
    totalCount += t.count;
    if (t.grouped) grouped++;
    if (t.points === undefined) unreadable.push(i);
    else totalPoints += t.points;
    i++;
  }
  return { totalCount, totalPoints, grouped, unreadable };
}

/**
 * The field at 1-based 項目 position `pos` of an unprefixed record as a non-negative decimal integer,
 * read from the line's bytes (nothing decoded); undefined when absent, empty, not all ASCII digits or
 * longer than 15 digits.
 */
function intAt(rec: Rec, pos: number): number | undefined {
  const t = rec.table;
  const b = t.buffers[t.buf[rec.index]!]!;
  const e = t.end[rec.index]!;
  let i = t.start[rec.index]!;
  for (let k = 1; k < pos; k++) {
    while (i < e && b[i] !== 0x2c) i++;
    if (i >= e) return undefined;
    i++;
  }
  let n = 0;
  let digits = 0;
  for (; i < e; i++) {
    const c = b[i]!;
    if (c === 0x2c) break;
    if (c < 0x30 || c > 0x39 || ++digits > 15) return undefined;
    n = n * 10 + (c - 0x30);
  }
  return digits > 0 ? n : undefined;
}

// ---- totals rule `rosai`: sums in yen (see AmountsDef) ----

/** What a receipt's sums record should hold, computed from its 摘要 records. */
export interface ReceiptAmounts {
  /** The receipt's sums record (労災 RR), when present. */
  readonly record: Rec | undefined;
  /** 小計点数: Σ 点数 × 回数 over the point-priced items, meals excluded. */
  readonly points: number;
  /** 【イ】 = floor(小計点数 × 単価 / 100); undefined without a readable 単価. */
  readonly pointsAmount: number | undefined;
  /** 【ロ】: Σ 金額 × 回数 over the yen-priced items, meals excluded. */
  readonly yenAmount: number;
  /** 食事療養合計回数: Σ 数量 × 回数 over the meal items. */
  readonly mealCount: number;
  /** 【ハ】: Σ 金額 × 回数 over the meal items. */
  readonly mealAmount: number;
  /** Whether the receipt is 入院 (its total includes 【ハ】). */
  readonly inpatient: boolean;
  /** 合計額 = 【イ】 + 【ロ】 (+ 【ハ】 for 入院); undefined without a readable 単価. */
  readonly total: number | undefined;
  /** A 点数, 金額, 数量 or 回数 that is not an integer: the sums are not checked. */
  readonly unreadable: boolean;
}

/** The value of `key` in an unprefixed record as a non-negative integer (0 when empty, undefined when not an integer). */
function intKey(rec: Rec, key: string): number | undefined {
  const def = rec.def;
  if (!def) return undefined;
  const i = fieldIndex(def).byKey.get(key);
  if (i === undefined) return 0;
  const v = rec.get(key as never) ?? '';
  if (v === '') return 0;
  return /^[0-9]{1,15}$/.test(v) ? Number(v) : undefined;
}

/**
 * The sums of one receipt by the kind's {@link AmountsDef}: 診療識別 carries over to the records after it
 * that leave it empty; only unprefixed 請求データ counts. `unitPrice` is the trailer's 単価 (yen × 100).
 */
export function receiptAmounts(claim: readonly Rec[], a: AmountsDef, unitPrice: number | undefined): ReceiptAmounts {
  let record: Rec | undefined;
  let category = '';
  let points = 0;
  let yen = 0;
  let mealCount = 0;
  let mealAmount = 0;
  let unreadable = false;
  const k = a.itemKeys;
  for (const rec of claim) {
    if (rec.prefixed) continue;
    if (rec.id === a.receiptRecord) {
      record ??= rec;
      continue;
    }
    const def = rec.def;
    if (!def) continue;
    const c = fieldIndex(def).byKey.has(k.category) ? (rec.get(k.category as never) ?? '') : '';
    if (c !== '') category = c;
    if (!a.items.includes(rec.id)) continue;
    const times = intKey(rec, k.times);
    const p = intKey(rec, k.points);
    const yenItem = a.yenItems.includes(rec.id);
    const amt = yenItem ? intKey(rec, k.amount) : 0;
    const meal = a.mealCategory !== undefined && category === a.mealCategory;
    const qty = meal && yenItem ? intKey(rec, k.quantity) : 0;
    if (times === undefined || p === undefined || amt === undefined || qty === undefined) {
      unreadable = true;
      continue;
    }
    if (meal) {
      mealAmount += amt * times;
      mealCount += qty * times;
    } else {
      points += p * times;
      yen += amt * times;
    }
  }
  const inpatient = record !== undefined && a.inpatient !== undefined && a.inpatient.codes.includes(record.get(a.inpatient.key as never) ?? '');
  const pointsAmount = unitPrice === undefined ? undefined : Math.floor((points * unitPrice) / 100);
  const total = pointsAmount === undefined ? undefined : pointsAmount + yen + (inpatient ? mealAmount : 0);
  return { record, points, pointsAmount, yenAmount: yen, mealCount, mealAmount, inpatient, total, unreadable };
}

/** The trailer's 請求金額 (Σ of the receipts' recorded 合計額) and 内訳書添付枚数 (the number of receipts). */
export function amountTotals(receipts: Iterable<HasClaim>, a: AmountsDef): { amount: number; count: number; unreadable: readonly number[] } {
  let amount = 0;
  let count = 0;
  const unreadable: number[] = [];
  for (const r of receipts) {
    const rec = r.claim.find((x) => !x.prefixed && x.id === a.receiptRecord);
    const v = rec ? intKey(rec, a.receiptKeys.total) : undefined;
    if (v === undefined) unreadable.push(count);
    else amount += v;
    count++;
  }
  return { amount, count, unreadable };
}
