// Transcribed from 記録条件仕様（医科用）令和4年4月版 (R5.3.13 更新), 第1章 3 (4) キ (ア) 臓器提供医療機関情報レコード.
import { defineRecord } from '../../types.js';

export const TI = /* @__PURE__ */ defineRecord({
  id: 'TI',
  name: '臓器提供医療機関情報レコード',
  family: 'claim',
  source: '記録条件仕様（医科用）R04 第1章3(4)キ(ア) p.20',
  fields: [
    { key: 'recordId', name: 'レコード識別情報', mode: '英数', maxBytes: 2, format: '固定', kind: 'code', required: 'required', note: '“TI”を記録する。' },
    { key: 'donationCategory', name: '臓器提供区分', mode: '数字', maxBytes: 1, format: '固定', kind: 'code', table: 'ika:24', required: 'required', note: '別表24 臓器提供区分コードを記録する。' },
    { key: 'donorFacilityCategory', name: '臓器提供医療機関区分', mode: '数字', maxBytes: 1, format: '固定', kind: 'code', table: 'ika:25', required: 'required', note: '別表25 臓器提供医療機関区分コードを記録する。' },
    { key: 'prefecture', name: '都道府県', mode: '数字', maxBytes: 2, format: '可変', kind: 'code', table: 'ika:2', required: 'conditional', dependsOn: { key: 'donorFacilityCategory', values: ['1'], then: 'omit', otherwise: 'required' }, note: '別表2 都道府県コードを記録する。臓器提供医療機関区分が“1”の場合は、記録を省略する。' },
    { key: 'scoreTable', name: '点数表', mode: '数字', maxBytes: 1, format: '可変', kind: 'code', table: 'ika:3', required: 'conditional', dependsOn: { key: 'donorFacilityCategory', values: ['1'], then: 'omit', otherwise: 'required' }, note: '別表3 点数表コードを記録する。臓器提供医療機関区分が“1”の場合は、記録を省略する。' },
    { key: 'facilityCode', name: '医療機関コード', mode: '数字', maxBytes: 7, format: '可変', kind: 'digits', required: 'conditional', dependsOn: { key: 'donorFacilityCategory', values: ['1'], then: 'omit', otherwise: 'required' }, note: '保険医療機関について定められた医療機関コードを記録する。臓器提供医療機関区分が“1”の場合は、記録を省略する。可変だがIRでは固定7桁の同じコードであり、先頭ゼロは保持するものと解した（本文に明記なし）。' },
    { key: 'reserved1', name: '予備', mode: '数字', maxBytes: 2, format: '可変', required: 'omit', note: '記録を省略する。' },
    { key: 'facilityName', name: '医療機関名称', mode: '漢字', maxBytes: 40, format: '可変', required: 'conditional', dependsOn: { key: 'donorFacilityCategory', values: ['1'], then: 'omit', otherwise: 'required' }, note: '地方厚生（支）局長に届け出た保険医療機関の名称を記録する。臓器提供医療機関区分が“1”の場合は、記録を省略する。' },
    { key: 'facilityAddress', name: '医療機関所在地', mode: '漢字', maxBytes: 80, format: '可変', required: 'conditional', dependsOn: { key: 'donorFacilityCategory', values: ['1'], then: 'omit', otherwise: 'required' }, note: '地方厚生（支）局長に届け出た保険医療機関の所在地を記録する。臓器提供医療機関区分が“1”の場合は、記録を省略する。' },
    { key: 'phone', name: '電話番号', mode: '英数', maxBytes: 15, format: '可変', required: 'optional', dependsOn: { key: 'donorFacilityCategory', values: ['1'], then: 'omit' }, note: '市外局番、市内局番及び加入者番号。各番号の間にはカッコ又はハイフンを記録しても差し支えない。記録は任意とする。臓器提供医療機関区分が“1”の場合は、記録を省略する。' },
  ],
  note: '臓器提供者レセプト情報の先頭。臓器提供に関するレセプトの場合、臓器受容者に係るレセプトの症状詳記レコード（SJ）の次に臓器提供者レセプト情報を記録する。TI は臓器提供医療機関単位データの先頭に記録（必須）。複数の保険医療機関から臓器提供を受けた場合又は複数の臓器移植が行われた場合は、それぞれ TI を先頭に記録する（第1章3(3)ア(キ) p.2）。',
});
