// Transcribed from 「オンラインによる請求に係る記録条件仕様（訪問看護用）」令和６年６月版（別添１－５）,
// 第1章 3 (4) イ レセプト共通情報「レセプト共通レコード」 (p.5–6, 注1・注2 p.6). Official text: no confidence marks.
// Sources: shared/spec/nursing-R06/kiroku-nursing-R0606.txt (pdftotext -layout of kiroku-nursing-R0606.pdf, the file
// R06bt1_5_kiroku_nursing.pdf of bscode-watanabejun/nasreco-visiting-nursing docs/recept/medical-insurance/, commit 63e3d87);
// 記録必須 (※) marks and the CSV example checked in the 支払基金「電子レセプトの作成手引き（訪問看護）」令和６年６月版
// 第2章 p.3–5 (shared/spec/nursing-R06/tebiki-nursing-R0606.txt).
import { defineRecord } from '../../types.js';

export const RE = /* @__PURE__ */ defineRecord({
  id: 'RE',
  name: 'レセプト共通レコード',
  family: 'claim',
  source: '記録条件仕様（訪問看護用）R06.6 第1章3(4)イ p.5-6',
  note: 'レセプト単位データの先頭に記録する（必須、１レセプトに複数不可）。医科の RE（38項目）と異なり15項目: 入院年月日・病棟区分・病床数・診療科・請求情報・患者の状態がなく、カタカナ（氏名）が氏名の直後（6番目）、検索番号が最後（15番目）。注1: 「返戻ファイル」及び「再請求ファイル」については「オンラインによる一次請求返戻ファイル及び再請求ファイルに係る記録条件仕様（訪問看護用）」を参照。手引きの記録例: RE,100,6116,202406,訪問 花子,ホウモンハナコ,2,19930702,,,,,,A123-456,',
  fields: [
    { key: 'recordId', name: 'レコード識別情報', mode: '英数', maxBytes: 2, format: '固定', kind: 'code', required: 'required', note: '“RE”を記録する。' },
    { key: 'receiptNumber', name: 'レセプト番号', mode: '数字', maxBytes: 6, format: '可変', kind: 'integer', required: 'required', note: 'レコードが属するレセプト番号を記録する。レセプト番号は、レセプト記録順に１から昇順に連続番号を記録する。' },
    { key: 'receiptType', name: 'レセプト種別', mode: '数字', maxBytes: 4, format: '固定', kind: 'code', table: 'houkan:4', required: 'required', note: '別表４ レセプト種別コードを記録する。' },
    { key: 'serviceMonth', name: '指定訪問看護年月', mode: '数字', maxBytes: 6, format: '固定', kind: 'ym', required: 'required', note: '指定訪問看護年月を西暦で記録する。' },
    { key: 'patientName', name: '氏名', mode: '英数又は漢字', maxBytes: 40, format: '可変', kind: 'text', required: 'required', personal: true, note: '姓名を記録する。姓と名の間に１文字分の“スペース”を記録する。英数モードと漢字モードの文字を混在して記録しない。備考: モードごとの文字数の上限は英数：４０、漢字：２０。' },
    { key: 'patientNameKana', name: 'カタカナ（氏名）', mode: '漢字', maxBytes: 80, format: '可変', kind: 'text', required: 'optional', personal: true, note: '氏名のフリガナを全角カタカナで記録する。姓と名の間に“スペース”を記録しない。記録は任意とする。注2: 全角カタカナは“ー”（長音、815b）を含み、“―”（ダッシュ、815c）及び“－”（マイナス、817c）等を含まない。' },
    { key: 'sex', name: '男女区分', mode: '数字', maxBytes: 1, format: '固定', kind: 'code', table: 'houkan:5', required: 'required', note: '別表５ 男女区分コードを記録する。' },
    { key: 'birthDate', name: '生年月日', mode: '数字', maxBytes: 8, format: '固定', kind: 'ymd', required: 'required', personal: true, note: '生年月日を西暦で記録する。' },
    { key: 'reserved1', name: '予備', mode: '数字', maxBytes: 2, format: '可変', required: 'omit', note: '記録を省略する。' },
    { key: 'reserved2', name: '予備', mode: '数字', maxBytes: 8, format: '可変', required: 'omit', note: '記録を省略する。' },
    { key: 'benefitRatio', name: '給付割合', mode: '数字', maxBytes: 3, format: '可変', kind: 'integer', required: 'conditional', note: '国民健康保険の場合は、給付割合を百分率（％）で記録する。その他の場合は、記録を省略する。' },
    { key: 'specialNotes', name: 'レセプト特記', mode: '英数', maxBytes: 10, format: '可変', kind: 'code', table: 'houkan:6', repeat: { unit: 2, max: 5 }, required: 'conditional', note: '特記が必要な場合は、別表６ レセプト特記コードを記録する。ただし、最大５個までの記録とする。記録するバイト数は、２の倍数とする。その他の場合は、記録を省略する。' },
    { key: 'standardBurdenClass', name: '一部負担金区分', mode: '数字', maxBytes: 1, format: '可変', kind: 'code', table: 'houkan:7', required: 'conditional', note: '一部負担金額について、限度額適用・標準負担額減額認定証等が提示された場合は、別表７ 一部負担金区分コードを記録する。その他の場合は、記録を省略する。' },
    { key: 'chartNumber', name: '訪問看護記録番号等', mode: '英数', maxBytes: 20, format: '可変', kind: 'text', required: 'optional', personal: true, note: '訪問看護記録番号又は患者ＩＤ番号等を記録する。記録は任意とする。' },
    { key: 'searchNumber', name: '検索番号', mode: '数字', maxBytes: 30, format: '可変', kind: 'digits', required: 'conditional', mask: { searchNumber: true }, note: '検索番号を記録する（１７～３０桁で構成する）。審査支払機関から返戻される返戻ファイルの請求データと履歴請求データに記録する。審査支払機関に再請求する返戻ファイルに係る再請求ファイルの請求データと履歴請求データに係る再請求ファイルの請求データに記録する。その他の場合は、記録を省略する。備考: 一次請求の場合は、記録を省略する。審査支払機関が一次請求返戻ファイルに記録した検索番号は、訪問看護ステーションから再請求され、保険者等へ請求する際に新たに記録する。' },
  ],
});
