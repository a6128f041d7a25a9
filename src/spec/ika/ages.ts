/**
 * Ages that a レセプト種別 implies (別表5: 未就学者, 高齢受給者, 後期高齢者), for the kinds whose レセプト種別
 * follow the 医科 pattern (1桁目 the kind, 2桁目 the insurance, 4桁目 the patient class).
 *
 * [L] The ages are the 制度's (健康保険法・高齢者医療確保法), not the 記録条件仕様's, which names the classes
 * only: rules built on this table are warnings, and a correction is a one-line edit of a band here.
 */
import type { Confidence } from '../types.js';

export type AgeWindow =
  /** 未就学者: before the April 1 after the 6th birthday (小学校就学の始期). */
  | 'preschool'
  /** 高齢受給者: from the month after the 70th birthday (the birthday's month when it is the 1st) through the month before the 75th. */
  | 'elderly'
  /** 後期高齢者: 75 and over, or 65–74 with a 障害認定 — so from the 65th birthday's month. */
  | 'late-elderly';

export interface AgeBand {
  /** Which レセプト種別 (after its kind digit): a regular expression over 2桁目–4桁目. */
  readonly pattern: string;
  readonly label: string;
  readonly window: AgeWindow;
  readonly source: string;
  readonly confidence: Confidence;
}

export const AGE_BANDS: readonly AgeBand[] = [
  { pattern: '^[14][1-5][34]$', label: '未就学者', window: 'preschool', source: '別表5 (未就学者); 健康保険法 第74条第1項第1号 (６歳に達する日以後の最初の３月３１日)', confidence: 'L' },
  { pattern: '^[14][1-5][7890]$', label: '高齢受給者', window: 'elderly', source: '別表5 (高齢受給者); 健康保険法 第74条第1項第2号・第3号 (７０歳に達する日の属する月の翌月以後)', confidence: 'L' },
  { pattern: '^3[1-5]\\d$', label: '後期高齢者', window: 'late-elderly', source: '別表5 (後期); 高齢者医療確保法 第50条 (７５歳以上、６５歳以上の障害認定)', confidence: 'L' },
];
