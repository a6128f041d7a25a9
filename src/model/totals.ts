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
import type { RecordDef, StructureDef } from '../spec/types.js';
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
