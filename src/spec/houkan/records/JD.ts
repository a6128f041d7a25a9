// Transcribed from 「オンラインによる請求に係る記録条件仕様（訪問看護用）」令和６年６月版（別添１－５）,
// 第1章 3 (4) ウ (エ) 受診日等レコード (p.10, 注1–2). Official text: no confidence marks. The table prints １日～４日 and
// ２８日～３１日 and elides ５日～２７日 with “～”; the elided rows are written out with the same mode, bytes and 記録内容.
// Sources: shared/spec/nursing-R06/kiroku-nursing-R0606.txt (pdftotext -layout of kiroku-nursing-R0606.pdf, the file
// R06bt1_5_kiroku_nursing.pdf of bscode-watanabejun/nasreco-visiting-nursing docs/recept/medical-insurance/, commit 63e3d87);
// 記録必須 (※) marks and the CSV example (33 fields) checked in the 支払基金「電子レセプトの作成手引き（訪問看護）」
// 令和６年６月版 第6章 p.15 (shared/spec/nursing-R06/tebiki-nursing-R0606.txt).
import { defineRecord } from '../../types.js';

export const JD = /* @__PURE__ */ defineRecord({
  id: 'JD',
  name: '受診日等レコード',
  family: 'claim',
  source: '記録条件仕様（訪問看護用）R06.6 第1章3(4)ウ(エ) p.10',
  note: '受診日等を記録（任意、複数可）。医療保険単独・公費単独は1レコード、医療保険と1～4種の公費併用は2～5レコード、2～4種の公費併用は2～4レコード（第1章3(3)ア(エ)）。注1: 記録は任意とする。ただし、記録されていない場合は、審査支払機関において行う資格確認により、月の途中での資格喪失が確認されたレセプトに係るレセプト分割の対象外とする。注2: 複数記録する場合、別表２３ 負担者種別コードの昇順で記録する。医科の JD と同じ33項目・同じ並び。手引きの記録例: JD,1,1,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,',
  fields: [
    { key: 'recordId', name: 'レコード識別情報', mode: '英数', maxBytes: 2, format: '固定', kind: 'code', required: 'required', note: '“JD”を記録する。' },
    { key: 'payerType', name: '負担者種別', mode: '数字', maxBytes: 1, format: '固定', kind: 'code', table: 'houkan:23', required: 'required', note: '別表２３ 負担者種別コードを記録する。' },
    { key: 'day1', name: '１日の情報', mode: '数字', maxBytes: 1, format: '可変', kind: 'code', table: 'houkan:25', required: 'conditional', note: '当該日に訪問等がある場合は、別表２５ 受診等区分コードを記録する。その他の場合は、記録を省略する。備考: 訪問看護療養費レコードの算定年月日に記録されている日に対応する項目に記録する。訪問看護療養費レコードの算定年月日と不一致となる場合は、審査支払機関において行う資格確認により、月の途中での資格喪失が確認されたレセプトに係るレセプト分割の対象外とする。一次請求では別表２５の網掛けのコード（“9”）は使用しない。' },
    { key: 'day2', name: '２日の情報', mode: '数字', maxBytes: 1, format: '可変', kind: 'code', table: 'houkan:25', required: 'conditional', note: '当該日に訪問等がある場合は、別表２５ 受診等区分コードを記録する。その他の場合は、記録を省略する。' },
    { key: 'day3', name: '３日の情報', mode: '数字', maxBytes: 1, format: '可変', kind: 'code', table: 'houkan:25', required: 'conditional', note: '当該日に訪問等がある場合は、別表２５ 受診等区分コードを記録する。その他の場合は、記録を省略する。' },
    { key: 'day4', name: '４日の情報', mode: '数字', maxBytes: 1, format: '可変', kind: 'code', table: 'houkan:25', required: 'conditional', note: '当該日に訪問等がある場合は、別表２５ 受診等区分コードを記録する。その他の場合は、記録を省略する。' },
    { key: 'day5', name: '５日の情報', mode: '数字', maxBytes: 1, format: '可変', kind: 'code', table: 'houkan:25', required: 'conditional', note: '当該日に訪問等がある場合は、別表２５ 受診等区分コードを記録する。その他の場合は、記録を省略する。' },
    { key: 'day6', name: '６日の情報', mode: '数字', maxBytes: 1, format: '可変', kind: 'code', table: 'houkan:25', required: 'conditional', note: '当該日に訪問等がある場合は、別表２５ 受診等区分コードを記録する。その他の場合は、記録を省略する。' },
    { key: 'day7', name: '７日の情報', mode: '数字', maxBytes: 1, format: '可変', kind: 'code', table: 'houkan:25', required: 'conditional', note: '当該日に訪問等がある場合は、別表２５ 受診等区分コードを記録する。その他の場合は、記録を省略する。' },
    { key: 'day8', name: '８日の情報', mode: '数字', maxBytes: 1, format: '可変', kind: 'code', table: 'houkan:25', required: 'conditional', note: '当該日に訪問等がある場合は、別表２５ 受診等区分コードを記録する。その他の場合は、記録を省略する。' },
    { key: 'day9', name: '９日の情報', mode: '数字', maxBytes: 1, format: '可変', kind: 'code', table: 'houkan:25', required: 'conditional', note: '当該日に訪問等がある場合は、別表２５ 受診等区分コードを記録する。その他の場合は、記録を省略する。' },
    { key: 'day10', name: '１０日の情報', mode: '数字', maxBytes: 1, format: '可変', kind: 'code', table: 'houkan:25', required: 'conditional', note: '当該日に訪問等がある場合は、別表２５ 受診等区分コードを記録する。その他の場合は、記録を省略する。' },
    { key: 'day11', name: '１１日の情報', mode: '数字', maxBytes: 1, format: '可変', kind: 'code', table: 'houkan:25', required: 'conditional', note: '当該日に訪問等がある場合は、別表２５ 受診等区分コードを記録する。その他の場合は、記録を省略する。' },
    { key: 'day12', name: '１２日の情報', mode: '数字', maxBytes: 1, format: '可変', kind: 'code', table: 'houkan:25', required: 'conditional', note: '当該日に訪問等がある場合は、別表２５ 受診等区分コードを記録する。その他の場合は、記録を省略する。' },
    { key: 'day13', name: '１３日の情報', mode: '数字', maxBytes: 1, format: '可変', kind: 'code', table: 'houkan:25', required: 'conditional', note: '当該日に訪問等がある場合は、別表２５ 受診等区分コードを記録する。その他の場合は、記録を省略する。' },
    { key: 'day14', name: '１４日の情報', mode: '数字', maxBytes: 1, format: '可変', kind: 'code', table: 'houkan:25', required: 'conditional', note: '当該日に訪問等がある場合は、別表２５ 受診等区分コードを記録する。その他の場合は、記録を省略する。' },
    { key: 'day15', name: '１５日の情報', mode: '数字', maxBytes: 1, format: '可変', kind: 'code', table: 'houkan:25', required: 'conditional', note: '当該日に訪問等がある場合は、別表２５ 受診等区分コードを記録する。その他の場合は、記録を省略する。' },
    { key: 'day16', name: '１６日の情報', mode: '数字', maxBytes: 1, format: '可変', kind: 'code', table: 'houkan:25', required: 'conditional', note: '当該日に訪問等がある場合は、別表２５ 受診等区分コードを記録する。その他の場合は、記録を省略する。' },
    { key: 'day17', name: '１７日の情報', mode: '数字', maxBytes: 1, format: '可変', kind: 'code', table: 'houkan:25', required: 'conditional', note: '当該日に訪問等がある場合は、別表２５ 受診等区分コードを記録する。その他の場合は、記録を省略する。' },
    { key: 'day18', name: '１８日の情報', mode: '数字', maxBytes: 1, format: '可変', kind: 'code', table: 'houkan:25', required: 'conditional', note: '当該日に訪問等がある場合は、別表２５ 受診等区分コードを記録する。その他の場合は、記録を省略する。' },
    { key: 'day19', name: '１９日の情報', mode: '数字', maxBytes: 1, format: '可変', kind: 'code', table: 'houkan:25', required: 'conditional', note: '当該日に訪問等がある場合は、別表２５ 受診等区分コードを記録する。その他の場合は、記録を省略する。' },
    { key: 'day20', name: '２０日の情報', mode: '数字', maxBytes: 1, format: '可変', kind: 'code', table: 'houkan:25', required: 'conditional', note: '当該日に訪問等がある場合は、別表２５ 受診等区分コードを記録する。その他の場合は、記録を省略する。' },
    { key: 'day21', name: '２１日の情報', mode: '数字', maxBytes: 1, format: '可変', kind: 'code', table: 'houkan:25', required: 'conditional', note: '当該日に訪問等がある場合は、別表２５ 受診等区分コードを記録する。その他の場合は、記録を省略する。' },
    { key: 'day22', name: '２２日の情報', mode: '数字', maxBytes: 1, format: '可変', kind: 'code', table: 'houkan:25', required: 'conditional', note: '当該日に訪問等がある場合は、別表２５ 受診等区分コードを記録する。その他の場合は、記録を省略する。' },
    { key: 'day23', name: '２３日の情報', mode: '数字', maxBytes: 1, format: '可変', kind: 'code', table: 'houkan:25', required: 'conditional', note: '当該日に訪問等がある場合は、別表２５ 受診等区分コードを記録する。その他の場合は、記録を省略する。' },
    { key: 'day24', name: '２４日の情報', mode: '数字', maxBytes: 1, format: '可変', kind: 'code', table: 'houkan:25', required: 'conditional', note: '当該日に訪問等がある場合は、別表２５ 受診等区分コードを記録する。その他の場合は、記録を省略する。' },
    { key: 'day25', name: '２５日の情報', mode: '数字', maxBytes: 1, format: '可変', kind: 'code', table: 'houkan:25', required: 'conditional', note: '当該日に訪問等がある場合は、別表２５ 受診等区分コードを記録する。その他の場合は、記録を省略する。' },
    { key: 'day26', name: '２６日の情報', mode: '数字', maxBytes: 1, format: '可変', kind: 'code', table: 'houkan:25', required: 'conditional', note: '当該日に訪問等がある場合は、別表２５ 受診等区分コードを記録する。その他の場合は、記録を省略する。' },
    { key: 'day27', name: '２７日の情報', mode: '数字', maxBytes: 1, format: '可変', kind: 'code', table: 'houkan:25', required: 'conditional', note: '当該日に訪問等がある場合は、別表２５ 受診等区分コードを記録する。その他の場合は、記録を省略する。' },
    { key: 'day28', name: '２８日の情報', mode: '数字', maxBytes: 1, format: '可変', kind: 'code', table: 'houkan:25', required: 'conditional', note: '当該日に訪問等がある場合は、別表２５ 受診等区分コードを記録する。その他の場合は、記録を省略する。' },
    { key: 'day29', name: '２９日の情報', mode: '数字', maxBytes: 1, format: '可変', kind: 'code', table: 'houkan:25', required: 'conditional', note: '当該日に訪問等がある場合は、別表２５ 受診等区分コードを記録する。その他の場合は、記録を省略する。' },
    { key: 'day30', name: '３０日の情報', mode: '数字', maxBytes: 1, format: '可変', kind: 'code', table: 'houkan:25', required: 'conditional', note: '当該日に訪問等がある場合は、別表２５ 受診等区分コードを記録する。その他の場合は、記録を省略する。' },
    { key: 'day31', name: '３１日の情報', mode: '数字', maxBytes: 1, format: '可変', kind: 'code', table: 'houkan:25', required: 'conditional', note: '当該日に訪問等がある場合は、別表２５ 受診等区分コードを記録する。その他の場合は、記録を省略する。' },
  ],
});
