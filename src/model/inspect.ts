/**
 * A summary of a file for people and scripts (`receden inspect`): kind, payer, facility, billing
 * month, receipt count, and for returns each receipt's 検索番号, 診療年月 and reasons.
 * Patient names appear only when `showNames` is set. A damaged record (its field count differs from
 * its table, so a field's position no longer tells its meaning) is shown by shape only.
 */
import type { ClaimKind } from '../spec/types.js';
import type { FileKind, ReceFile, Receipt } from './file.js';
import { codeMeaning } from '../spec/docs.js';
import { valueShape } from './shape.js';

export interface ReasonSummary {
  /** 返戻区分 */
  readonly category: string;
  /** Meaning of 返戻区分 (別表). */
  readonly categoryMeaning: string | undefined;
  /** 返戻事由コード */
  readonly code: string;
  /** 返戻理由 */
  readonly text: string;
}

export interface ReceiptSummary {
  /** 1-based position in the file. */
  readonly position: number;
  /** RE レセプト番号 */
  readonly receiptNumber: string;
  /** RE レセプト種別 */
  readonly receiptType: string;
  /** 検索番号 (RE, or the first HR's when RE has none) */
  readonly searchNumber: string;
  /** 診療年月 */
  readonly serviceMonth: string;
  /** 氏名, only with `showNames`. */
  readonly patientName?: string;
  readonly reasons: readonly ReasonSummary[];
  /** Lines in the history block. */
  readonly historyLines: number;
}

export interface FileSummary {
  readonly kind: FileKind;
  /** The claim kind (医科 ika, 歯科 shika, 調剤 chozai …; unknown when it cannot be told). */
  readonly claimKind: ClaimKind | 'unknown';
  /** The edition the file was written in (医科 R04, H30 …; undefined when the kind is unknown). */
  readonly edition: string | undefined;
  /** 審査支払機関 code (1 社保 / 2 国保) */
  readonly payer: string;
  /** The payer's name from 別表1 (社会保険診療報酬支払基金 / 国民健康保険団体連合会). */
  readonly payerName: string | undefined;
  /** The usual short form: 社保 (payer 1) or 国保 (payer 2); '' when unknown. */
  readonly payerShort: '社保' | '国保' | '';
  readonly prefecture: string;
  readonly facilityCode: string;
  /** 請求年月 of the header (IR or HI). */
  readonly billingMonth: string;
  readonly receiptCount: number;
  /** GO/HG 総件数 and 総合計点数 as written. */
  readonly totalCount: string | undefined;
  readonly totalPoints: string | undefined;
  readonly receipts: readonly ReceiptSummary[];
  readonly errors: number;
  readonly warnings: number;
}

export interface InspectOptions {
  /** Include patient names. @defaultValue false */
  readonly showNames?: boolean;
}

export function summarizeReceipt(r: Receipt, options: InspectOptions = {}): ReceiptSummary {
  const re = r.re;
  const reasons = r.reasons
    .filter((h) => h.id === 'HR')
    .map((h) => {
      if (h.damaged) {
        const shape = (key: string) => valueShape(h.get(key as never) ?? '');
        return { category: shape('returnCategory'), categoryMeaning: undefined, code: shape('reasonCode'), text: shape('reasonText') };
      }
      const category = h.get('returnCategory') ?? '';
      return {
        category,
        categoryMeaning: codeMeaning('ret:henrei-kubun', category),
        code: h.get('reasonCode') ?? '',
        text: h.get('reasonText') ?? '',
      };
    });
  const hr = r.reasons.find((h) => h.id === 'HR');
  const hrSearch = hr && !hr.damaged ? (hr.get('searchNumber') ?? '') : '';
  // A damaged RE (field count off its table): positions are not meanings, show shapes only.
  const v = (key: string) => (re.damaged ? valueShape(re.get(key as never) ?? '') : (re.get(key as never) ?? ''));
  const s: ReceiptSummary = {
    position: r.index + 1,
    receiptNumber: v('receiptNumber'),
    receiptType: v('receiptType'),
    searchNumber: (re.damaged ? '' : r.searchNumber) || hrSearch,
    serviceMonth: v('serviceMonth'),
    reasons,
    historyLines: r.end - r.reasonsEnd,
  };
  return options.showNames ? { ...s, patientName: re.get('patientName') ?? '' } : s;
}

export function summarize(file: ReceFile, options: InspectOptions = {}): FileSummary {
  const h = file.header;
  const payer = h?.get('payer') ?? '';
  let errors = 0;
  let warnings = 0;
  for (const d of file.diagnostics) {
    if (d.severity === 'error') errors++;
    else if (d.severity === 'warning') warnings++;
  }
  return {
    kind: file.kind,
    claimKind: file.claimKind,
    edition: file.edition,
    payer,
    payerName: codeMeaning('ika:1', payer),
    payerShort: payer === '1' ? '社保' : payer === '2' ? '国保' : '',
    prefecture: h?.get('prefecture') ?? '',
    facilityCode: h?.get('facilityCode') ?? '',
    billingMonth: h?.get('billingMonth') ?? '',
    receiptCount: file.receipts.length,
    totalCount: file.trailer?.get('totalCount'),
    totalPoints: file.trailer?.get('totalPoints'),
    receipts: file.receipts.map((r) => summarizeReceipt(r, options)),
    errors,
    warnings,
  };
}
