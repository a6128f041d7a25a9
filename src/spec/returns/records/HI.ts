// Reconstructed from shared/spec/return-files.md §2.2 (HI 返戻医療機関レコード). The official 医科 return-file
// spec (別添A) was not available: field order is [H] (MD13, ORV HI_IDX, ORCA ORCBM550, CS, HP), widths [M] (MD13).
import { defineRecord } from '../../types.js';

export const HI = /* @__PURE__ */ defineRecord({
  id: 'HI',
  name: '返戻医療機関レコード',
  family: 'return',
  source: 'return-files.md §2.2 (MD13 rezept.hrl; ORV HI_IDX; ORCA ORCBM550/ORCGT05; CS; HP)',
  confidence: 'M',
  note: '保険医療機関単位データの先頭に記録必須（返戻ファイルの１行目）。IR と異なり医療機関名称・電話番号がなく、請求年月は３番目の項目。返戻元によっては HI の代わりに IR が来ることがある（ORV、[L]）ので、読み手は前置なしの IR ヘッダも許容する。MDH に履歴管理情報を前置した HI があるが転記の誤りとみなす [L]。',
  fields: [
    { key: 'recordId', name: 'レコード識別情報', mode: '英数', maxBytes: 2, format: '固定', kind: 'code', required: 'required', note: '“HI”を記録する。' },
    { key: 'payer', name: '審査支払機関', mode: '数字', maxBytes: 1, format: '固定', kind: 'code', table: 'ika:1', required: 'required', note: '審査支払機関コード(別表1)。ORCA は 1/2 以外を「審査支払機関コードエラー」とする。' },
    // [M] width 6 (YYYYMM): HenParser reads 6 digits, myclinic-ts writes YYYYMM, and R04 records every 年月 as YYYYMM — a later correction is a one-line edit here.
    { key: 'billingMonth', name: '請求年月', mode: '数字', maxBytes: 6, format: '固定', kind: 'ym', required: 'required', confidence: 'M', note: '「保険医療機関が請求処理を行った年月(審査支払機関が返戻処理を行った年月)を記録する。」 西暦 6 桁 YYYYMM: pinus/HenParser HenParser.py は HI の第3項目を 6 桁の年月として読み、hangilc/myclinic-ts（7205db01 packages/frontend/src/practice/Henrei.svelte）は HI の第3項目に YYYYMM を書く。R04 第1章3(3)ウ(エ): 年月は“YYYYMM”6桁、年月日は“YYYYMMDD”8桁で全桁を記録する。和暦の旧版は 5 桁 GYYMM（MD13）で、読み手は両方を受け付ける。' },
    { key: 'prefecture', name: '都道府県', mode: '数字', maxBytes: 2, format: '固定', kind: 'code', table: 'ika:2', required: 'required', note: '都道府県コード(別表2)。' },
    { key: 'scoreTable', name: '点数表', mode: '数字', maxBytes: 1, format: '固定', kind: 'code', table: 'ika:3', required: 'required', note: '点数表コード(別表3)。医科は“1”。' },
    { key: 'facilityCode', name: '医療機関コード', mode: '数字', maxBytes: 7, format: '固定', kind: 'digits', required: 'required' },
    { key: 'reserved1', name: '予備', mode: '数字', maxBytes: 2, format: '可変', required: 'omit', note: '記録を省略する。' },
    { key: 'volume', name: 'マルチボリューム識別情報', mode: '数字', maxBytes: 2, format: '固定', kind: 'code', required: 'required', note: '「ボリューム単位毎に“00”から昇順に2桁の連続番号を記録する。」' },
  ],
});
