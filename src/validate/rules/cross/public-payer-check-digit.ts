import { ALL_PRESETS } from '../define.js';
import { defineCheckDigitRule } from './check-digit.js';

export const publicPayerCheckDigit = defineCheckDigitRule(
  {
    id: 'cross/public-payer-check-digit',
    severity: 'warning',
    presets: ALL_PRESETS,
    description: 'The last digit of KO 公費負担者番号 is its check digit (same algorithm as 保険者番号).',
    descriptionJa: '公費負担者番号の末尾の検証番号が正しい（保険者番号と同じ計算方法）。',
    why: 'That 公費負担者番号 uses the 保険者番号 algorithm is an inference ([INF]), and 地方単独 公費 numbers are set by each municipality.',
    whyJa: '公費負担者番号が保険者番号の計算方法を使うというのは推定であり（[INF]）、地方単独 公費の番号は各自治体が定める。',
    reference: 'claim-records.md §3.11',
  },
  { record: 'KO', key: 'payerNumber', shape: /^\d{8}$/ },
);
