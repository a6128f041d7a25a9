/**
 * GO (診療報酬請求書レコード) totals, per claim-records.md §1.2 (verified on sample files) and the
 * R04 GO notes:
 * - 総件数 = Σ over receipts of (1 if an HO is present) + (number of KO);
 * - 総合計点数 = Σ over receipts of the 主保険's 合計点数: HO.合計点数, or the first KO's when the
 *   receipt has no HO.
 * Only unprefixed records of each receipt's 請求データ count; history lines never do.
 *
 * The one place this rule is written (the validator may reuse it).
 */
import type { Rec } from '../model/record.js';

/** Anything with the receipt's 請求データ: a {@link Receipt}, or a list of records being assembled. */
export interface HasClaim {
  readonly claim: readonly Rec[];
}

export interface Totals {
  /** 総件数 */
  readonly totalCount: number;
  /** 総合計点数 */
  readonly totalPoints: number;
  /**
   * 0-based indexes of receipts whose 主保険 合計点数 is missing or not an integer (counted as 0);
   * the validator reports them, this function only says which.
   */
  readonly unreadable: readonly number[];
}

/** Count one receipt: its 件数 and the 主保険 合計点数 (undefined when unreadable or absent). */
export function receiptTotals(r: HasClaim): { count: number; points: number | undefined } {
  let ho: Rec | undefined;
  let firstKo: Rec | undefined;
  let ko = 0;
  let hoCount = 0;
  for (const rec of r.claim) {
    if (rec.prefixed) continue;
    if (rec.id === 'HO') {
      hoCount++;
      ho ??= rec;
    } else if (rec.id === 'KO') {
      ko++;
      firstKo ??= rec;
    }
  }
  const main = ho ?? firstKo;
  const raw = main?.get('totalPoints') ?? '';
  const points = /^[0-9]+$/.test(raw) ? Number(raw) : undefined;
  return { count: (hoCount > 0 ? 1 : 0) + ko, points };
}

/** GO 総件数 / 総合計点数 over receipts (e.g. `file.receipts`). */
export function computeTotals(receipts: Iterable<HasClaim>): Totals {
  let totalCount = 0;
  let totalPoints = 0;
  const unreadable: number[] = [];
  let i = 0;
  for (const r of receipts) {
    const t = receiptTotals(r);
    totalCount += t.count;
    if (t.points === undefined) unreadable.push(i);
    else totalPoints += t.points;
    i++;
  }
  return { totalCount, totalPoints, unreadable };
}
