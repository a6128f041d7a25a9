import { ALL_PRESETS } from '../define.js';
import { defineCheckDigitRule } from './check-digit.js';
import { INSURER_SHAPE } from './insurer-number.js';

export const insurerCheckDigit = defineCheckDigitRule(
  {
    id: 'cross/insurer-check-digit',
    severity: 'error',
    presets: ALL_PRESETS,
    description: 'The last digit of HO 保険者番号 is its check digit (検証番号, modulus 10 with weights 2-1 from the right).',
    descriptionJa: '保険者番号の末尾の検証番号が正しい（右から２・１の重みを掛けた各桁の和による）。',
    why: 'The algorithm is quoted from the MHLW 設定要領 by one source ([M]); that it also holds for the 6-digit 国保 number is an inference ([INF]), so a 6-digit mismatch is a warning.',
    whyJa:
      '計算方法は１つの情報源が厚生労働省の設定要領から引用したもの（[M]）であり、6 桁の国保の番号にも当てはまるというのは推定（[INF]）のため、6 桁での不一致は警告とする。',
    reference: 'claim-records.md §3.11',
  },
  { record: 'HO', key: 'insurerNumber', shape: INSURER_SHAPE, severity: (n) => (n.length === 6 ? 'warning' : undefined) },
);
