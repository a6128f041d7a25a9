/**
 * The words of the printed page that are not the spec's: section titles and column heads, in Japanese
 * and English. Field and record names always come from the record tables (項目名, レコード名) and code
 * meanings from the code tables; nothing here names a field of a particular record.
 */
import type { Locale } from '../diagnostics/index.js';

const JA = {
  claim: '請求',
  HEN: '一次請求返戻',
  SAH: '再審査等返戻',
  UKE: '請求',
  unknown: '種別不明',
  receipt: 'レセプト',
  position: '位置',
  page: 'ページ',
  facility: '医療機関・請求',
  returns: '返戻理由',
  noReasons: '返戻理由レコードはありません。',
  concerns: '該当する摘要',
  noPractice: '（レセプト全体）',
  practiceMissing: '（この診療識別の摘要はありません）',
  tekiyo: '摘要',
  practice: '診療識別',
  record: 'レコード',
  code: 'コード',
  name: '名称',
  nameRoom: '（名称）',
  quantity: '数量',
  points: '点数',
  times: '回数',
  notes: '備考',
  days: '算定日',
  totals: '合計',
  mainTotal: '請求点数（主保険の合計点数）',
  itemTotal: '摘要の点数×回数の計',
  history: '履歴管理ブロック',
  noHistory: '履歴管理ブロックはありません。',
  dataKind: 'データ識別',
  meaning: '意味',
  lines: '行数',
  records: 'レコード',
  earlierReturns: '以前の返戻（履歴）',
  masked: '(個人情報)',
  reasonMark: '返戻理由',
  damaged: 'レコードの項目数が仕様と異なるため、値は形だけを示します。',
  unknownRecord: '仕様にないレコード',
} as const;

export type LabelKey = keyof typeof JA;

const EN: Readonly<Record<LabelKey, string>> = {
  claim: 'claim',
  HEN: 'first-claim return',
  SAH: 're-examination return',
  UKE: 'claim',
  unknown: 'unknown kind',
  receipt: 'receipt',
  position: 'position',
  page: 'page',
  facility: 'Facility and claim',
  returns: 'Return reasons',
  noReasons: 'No return reason records.',
  concerns: 'concerns',
  noPractice: '(the whole receipt)',
  practiceMissing: '(no 摘要 of this 診療識別)',
  tekiyo: '摘要 (items)',
  practice: '診療識別',
  record: 'record',
  code: 'code',
  name: 'name',
  nameRoom: '(name)',
  quantity: 'quantity',
  points: 'points',
  times: 'times',
  notes: 'notes',
  days: 'days',
  totals: 'Totals',
  mainTotal: 'points claimed (main payer total)',
  itemTotal: 'sum of points × times of the items',
  history: 'History block',
  noHistory: 'No history block.',
  dataKind: 'データ識別',
  meaning: 'meaning',
  lines: 'lines',
  records: 'records',
  earlierReturns: 'Earlier returns (history)',
  masked: '(個人情報)',
  reasonMark: 'reason',
  damaged: 'The record has a field count other than its table’s: values are shown by shape only.',
  unknownRecord: 'record not in the spec',
};

/** The label in the locale. */
export function label(key: LabelKey, locale: Locale = 'ja'): string {
  return locale === 'en' ? EN[key] : JA[key];
}
