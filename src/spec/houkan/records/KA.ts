// Transcribed from 「オンラインによる請求に係る記録条件仕様（訪問看護用）」令和６年６月版（別添１－５）,
// 第1章 3 (4) オ 訪問看護療養費情報「訪問看護療養費レコード」 (p.17). Official text: no confidence marks. Fields 4–9 sit
// under the table's group label 療養費 (the 手引き's format table shows the same group), joined to the item with a space.
// Sources: shared/spec/nursing-R06/kiroku-nursing-R0606.txt (pdftotext -layout of kiroku-nursing-R0606.pdf, the file
// R06bt1_5_kiroku_nursing.pdf of bscode-watanabejun/nasreco-visiting-nursing docs/recept/medical-insurance/, commit 63e3d87);
// 記録必須 (※) marks, the master-driven conditions and the CSV examples checked in the 支払基金「電子レセプトの作成手引き
// （訪問看護）」令和６年６月版 第18章 p.39–51 (shared/spec/nursing-R06/tebiki-nursing-R0606.txt).
import { defineRecord } from '../../types.js';

export const KA = /* @__PURE__ */ defineRecord({
  id: 'KA',
  name: '訪問看護療養費レコード',
  family: 'claim',
  source: '記録条件仕様（訪問看護用）R06.6 第1章3(4)オ p.17',
  note: '訪問看護療養費を記録（必須、１レセプト内に１レコード以上記録）。医科の SI と異なり回数の項目はなく、１レコードが１算定（同一日に２回算定する加算は２レコード）。手引き第18章: 算定日が早い順に記録し、算定日ごとに同一の療養費区分内で基本項目、加算項目の順に記録する。割合等により規定されている加算は加算対象の基本療養費の直下のレコードに記録する。訪問日に関わらず月１回に限り算定する療養費は最初の訪問日に記録する。加算のみを算定する場合は加算のコードのみを記録する。記録例: KA,20240615,1,510000110,,5550,03,01,01 / KA,20240615,1,510002670,,1300,,, / KA,20240615,1,510000310,,7575,07,01,01 + KA,20240615,1,510002370,,0,,,（特別地域訪問看護加算 50/100 を基本療養費に合算）',
  fields: [
    { key: 'recordId', name: 'レコード識別情報', mode: '英数', maxBytes: 2, format: '固定', kind: 'code', required: 'required', note: '“KA”を記録する。' },
    { key: 'calcDate', name: '算定年月日', mode: '数字', maxBytes: 8, format: '固定', kind: 'ymd', required: 'required', note: '訪問看護療養費の算定年月日を西暦で記録する。' },
    { key: 'burdenCategory', name: '負担区分', mode: '英数', maxBytes: 1, format: '固定', kind: 'code', table: 'houkan:22', required: 'required', note: '当該療養費の別表２２ 負担区分コードを記録する。' },
    { key: 'code', name: '療養費 訪問看護療養費コード', mode: '数字', maxBytes: 9, format: '固定', kind: 'digits', required: 'required', note: '別に定める訪問看護療養費コードを記録する（手引き: ９桁の訪問看護療養費コード）。' },
    { key: 'quantity', name: '療養費 数量データ', mode: '数字', maxBytes: 8, format: '可変', kind: 'integer', required: 'conditional', note: '数量データを必要とする訪問看護療養費の場合は、訪問看護療養費コードで規定している単位で整数値を記録する。その他の場合は、記録を省略する。手引き: きざみ値計算識別が「1」のコードは「0」より大きい整数値を必ず記録し、「0」のコードは記録しない。' },
    { key: 'amount', name: '療養費 金額', mode: '数字', maxBytes: 6, format: '可変', kind: 'integer', required: 'required', note: '当該療養費に係る金額を記録する（円）。加算を算定する場合で、当該療養費が割合等により規定されている場合は、当該加算の金額を0で記録し、加算対象の療養費においては、当該加算の割合等に応じた額を合算した金額で記録する。当該療養費が点数により規定されている場合は、点数に10を乗じた値を記録する。' },
    { key: 'staffCodes', name: '療養費 職種等', mode: '英数', maxBytes: 20, format: '可変', kind: 'code', table: 'houkan:20', repeat: { unit: 2, max: 10 }, required: 'conditional', note: '職種等の指定がある場合は、別表２０ 職種等コードを記録する。記録するバイト数は、２の倍数とする。１の場合であって、同日複数回の指定訪問看護を実施し、同日訪問回数に「０２」又は「０３」を記録した場合は、訪問回ごとに、主として訪問看護を実施した者に該当する職種等コードをそれぞれ記録する。その他の場合は、記録を省略する。手引き: 職種区分が「00」以外の訪問看護療養費コードの場合に記録（例: 1回目 01・2回目 11 → “0111”、看護師が同行した複数名訪問 → “0303”）。' },
    { key: 'sameDayVisits', name: '療養費 同日訪問回数', mode: '数字', maxBytes: 2, format: '可変', kind: 'code', table: 'houkan:19', required: 'conditional', note: '別に定める訪問看護療養費マスターの項番４４「実施回数区分」が「０：記録が不要な訪問看護療養費」以外の訪問看護療養費コードを記録した場合、該当する別表１９ 訪問看護回数コードを記録する。その他の場合は、記録を省略する。' },
    { key: 'instructionType', name: '療養費 指示区分', mode: '数字', maxBytes: 2, format: '可変', kind: 'code', table: 'houkan:12', required: 'conditional', note: '訪問看護指示書に基づく訪問看護を行った場合は、指示区分コード（別表１２）のうち、該当する訪問看護指示に係るコードを記録する。その他の場合は、記録を省略する。手引き: 訪問看護療養費マスターの訪問看護指示区分が「1」「3」「5」、特別訪問看護指示区分が「2」「4」「6」のコードの場合に記録。' },
  ],
});
