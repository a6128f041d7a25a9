// Transcribed from 「オンラインによる請求に係る記録条件仕様（訪問看護用）」令和６年６月版（別添１－５）,
// 第1章 3 (4) ウ (ウ) 資格確認レコード (p.9, 注1–3). Official text: no confidence marks.
// Sources: shared/spec/nursing-R06/kiroku-nursing-R0606.txt (pdftotext -layout of kiroku-nursing-R0606.pdf, the file
// R06bt1_5_kiroku_nursing.pdf of bscode-watanabejun/nasreco-visiting-nursing docs/recept/medical-insurance/, commit 63e3d87);
// 記録必須 (※) marks and the CSV example checked in the 支払基金「電子レセプトの作成手引き（訪問看護）」令和６年６月版
// 第5章 p.13–14 (shared/spec/nursing-R06/tebiki-nursing-R0606.txt).
import { defineRecord } from '../../types.js';

export const SN = /* @__PURE__ */ defineRecord({
  id: 'SN',
  name: '資格確認レコード',
  family: 'claim',
  source: '記録条件仕様（訪問看護用）R06.6 第1章3(4)ウ(ウ) p.9',
  note: '資格確認の状況を記録（任意、可※1）。訪問看護ステーションからの請求時は、保険者レコード及び公費レコード（公費負担医療の 12 から始まる負担者番号のみ）に対応する資格確認レコードを記録する。12 から始まる負担者番号以外の公費レコードに対応する資格確認レコードは記録不可（第1章3(3)ア(エ) 注2）。注1: 負担者種別が「1」の場合は保険者レコードを記録したうえで「確認区分」及び「枝番」を、「2」～「5」の場合は対応する公費レコード（12 から始まる負担者番号のみ）を記録したうえで「確認区分」を記録する。注2: 「枝番」の記録内容４又は５に該当する場合は、資格確認レコードの記録を省略して差し支えない。注3: 複数記録する場合、別表２３ 負担者種別コードの昇順で記録する。医科の SN と同じ９項目・同じ並び。手引きの記録例: SN,1,01,,,,03,,',
  fields: [
    { key: 'recordId', name: 'レコード識別情報', mode: '英数', maxBytes: 2, format: '固定', kind: 'code', required: 'required', note: '“SN”を記録する。' },
    { key: 'payerType', name: '負担者種別', mode: '数字', maxBytes: 1, format: '固定', kind: 'code', table: 'houkan:23', required: 'required', note: '別表２３ 負担者種別コードを記録する。' },
    { key: 'confirmationType', name: '確認区分', mode: '数字', maxBytes: 2, format: '固定', kind: 'code', table: 'houkan:24', required: 'required', note: '別表２４ 確認区分コードを記録する（一次請求の場合は別表２４の網掛けのコードは使用しない）。' },
    { key: 'insurerNumberConfirmed', name: '保険者番号等（資格確認）', mode: '英数', maxBytes: 8, format: '可変', kind: 'digits', required: 'omit', mask: { checkDigit: true, keep: { 8: 4, 6: 2 } }, note: '記録を省略する。備考: 一次請求の場合は、記録を省略する。履歴請求データについては、審査支払機関で記録されたままとする。' },
    { key: 'cardSymbolConfirmed', name: '被保険者証（手帳）等の記号（資格確認）', mode: '英数又は漢字', maxBytes: 38, format: '可変', kind: 'text', required: 'omit', personal: true, note: '記録を省略する。備考: 一次請求の場合は、記録を省略する。履歴請求データについては、審査支払機関で記録されたままとする。' },
    { key: 'cardNumberConfirmed', name: '被保険者証（手帳）等の番号（資格確認）', mode: '英数又は漢字', maxBytes: 38, format: '可変', kind: 'text', required: 'omit', personal: true, note: '記録を省略する。備考: 一次請求の場合は、記録を省略する。履歴請求データについては、審査支払機関で記録されたままとする。' },
    { key: 'branchNumber', name: '枝番', mode: '英数', maxBytes: 2, format: '可変', kind: 'digits', required: 'conditional', personal: true, note: '１ 電子資格確認を行った場合は、資格確認時にオンライン資格確認システムから通知した枝番を記録する。２ 健康保険被保険者証、受給資格者票及び国民健康保険被保険者証等による資格確認を行った場合は、当該証の「枝番」欄の番号を記録する。３ 「枝番」が２桁に満たない場合は、先頭に“0”を記録し、２桁で記録する。４ 被保険者証等に「枝番」が記載されていない場合は、記録を省略しても差し支えない。５ 保険者が後期高齢者医療である場合又は負担者種別が公費負担医療である場合は、記録を省略する。備考: オンライン請求システムによりレセプトの請求を行っている訪問看護ステーションであって、審査支払機関から通知された「枝番」を使用できる場合は、１と同様に記録する。' },
    { key: 'recipientNumber', name: '受給者番号', mode: '数字', maxBytes: 7, format: '可変', kind: 'digits', required: 'omit', mask: { checkDigit: true }, personal: true, note: '記録を省略する。備考: 一次請求の場合は、記録を省略する。履歴請求データについては、審査支払機関で記録されたままとする。' },
    { key: 'reserved1', name: '予備', mode: '数字', maxBytes: 1, format: '可変', required: 'omit', note: '記録を省略する。' },
  ],
});
