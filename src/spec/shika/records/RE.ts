// 歯科 RE レセプト共通レコード — 記録条件仕様（歯科用）令和8年6月版 第1章 3 (4), as transcribed by SR (p.7-8).
// Confidence of the table: M (field order [H]: SR, AV, UP, PHP-R and the 27-field sample lines; widths [M]: SR, [H] where they equal 医科 R04). Reconstructed from shared/spec/claim-records.md §4.1, §3.13 (notes; [M]/[H]).
// Sources used:
//   - ryo02suzu/-Sourirette src/receipt/records.ts @aebfec73af8c9b327607de94badaf92e01046f4c and docs/specs/uke-records-research-R0806.txt @370e73b775c967c83e0a5cfb9694f1ce4e1f574a (SR: transcription of R08bt1_3_kiroku_dental.pdf)
//   - avaice/dental-uke-reader @5f118b81b401482ef1cbb9fd71478079d97cc3c6 src/explain/*.ts, src/misc/constants.ts, UKE/sample.UKE, UKE/RECEIPTS_REG.UKE (AV: R06-era explainer and samples)
//   - sosuke-hirayama/uke-parser @ff553ce55e6695f0065ed0c0031af74034f79cc9 uke_parser_shika.rb, uke/shika_shaho.csv (UP: H30-era field list and ORCA sample)
//   - public PHP 歯科 UKE reader, repository not identified (read_file id 43600401180; PHP-R, H-era field list)
//   - HealthDataWorks/fhir-ig-jp-rezept-dental @52f89ecef22a7455e8b1c28a02e97c495b4cef7c gofsh_output/input/fsh/*-CodeSystem.fsh (HDW: 別表 numbers of the R02 歯科 spec)
import { defineRecord } from '../../types.js';

export const RE = /* @__PURE__ */ defineRecord({
  id: 'RE',
  name: 'レセプト共通レコード',
  family: 'claim',
  source: 'claim-records.md §4.1 RE (SR R08 第1章3(4) p.7-8; AV explainRE; UP; PHP-R)',
  confidence: 'M',
  note: 'レセプト単位データの IR の次に記録する（必須、１レセプトに複数不可）。27 項目。医科 RE（38 項目）と同じ識別子だが構成が異なる: 入院外の診療開始日・転帰区分を RE に持ち、病床数・診療科がなく、未来院請求がある。検索番号は第20項目（医科は第19項目）。',
  fields: [
    { key: 'recordId', name: 'レコード識別情報', mode: '英数', maxBytes: 2, format: '固定', kind: 'code', required: 'required', note: '“RE”を記録する。' },
    { key: 'receiptNumber', name: 'レセプト番号', mode: '数字', maxBytes: 6, format: '可変', kind: 'integer', required: 'required', confidence: 'H', note: 'レセプト記録順に１から昇順に連続番号を記録する。複数のボリュームをまたいで連番（AV）。' },
    { key: 'receiptType', name: 'レセプト種別', mode: '数字', maxBytes: 4, format: '固定', kind: 'code', table: 'shika:6', required: 'required', confidence: 'H', note: '別表６ レセプト種別コードを記録する。歯科は“3”で始まる４桁。' },
    { key: 'serviceMonth', name: '診療年月', mode: '数字', maxBytes: 6, format: '固定', kind: 'ym', required: 'required', confidence: 'H', note: '診療年月を西暦（YYYYMM）で記録する。' },
    { key: 'patientName', name: '氏名', mode: '英数又は漢字', maxBytes: 40, format: '可変', kind: 'text', required: 'required', personal: true, confidence: 'H', note: '姓と名の間に１文字分の“スペース”を記録する。英数モードと漢字モードの文字を混在して記録しない。文字数の上限は英数：４０、漢字：２０。' },
    { key: 'sex', name: '男女区分', mode: '数字', maxBytes: 1, format: '固定', kind: 'code', table: 'shika:7', required: 'required', confidence: 'H', note: '別表７ 男女区分コードを記録する。' },
    { key: 'birthDate', name: '生年月日', mode: '数字', maxBytes: 8, format: '固定', kind: 'ymd', required: 'required', personal: true, confidence: 'H', note: '生年月日を西暦（YYYYMMDD）で記録する。' },
    { key: 'benefitRatio', name: '給付割合', mode: '数字', maxBytes: 3, format: '可変', kind: 'integer', required: 'conditional', confidence: 'H', note: '国民健康保険及び退職者医療の場合は給付割合を百分率（％）で記録する。被爆者健康手帳の交付を受け国保の被保険者証の交付を受けていない場合等は“30”。その他は省略（医科と同じ規則）。' },
    { key: 'admissionDate', name: '入院年月日', mode: '数字', maxBytes: 8, format: '可変', kind: 'ymd', inpatient: 'required', required: 'conditional', confidence: 'H', note: '入院レセプトの場合に、入院基本料の起算日としての入院年月日を西暦で記録する。その他は省略。' },
    { key: 'startDate', name: '診療開始日', mode: '数字', maxBytes: 8, format: '可変', kind: 'ymd', required: 'conditional', confidence: 'H', note: '入院外レセプトの場合に限り、保険診療を開始した年月日を西暦で記録する（歯科固有。医科では傷病名ごとに SY に記録、歯科の入院では HS に記録）。' },
    { key: 'outcome', name: '転帰区分', mode: '数字', maxBytes: 1, format: '可変', kind: 'code', table: 'shika:8', required: 'conditional', confidence: 'H', note: '入院外レセプトの場合に限り、別表８ 転帰区分コードを記録する（歯科固有。入院では HS に記録）。' },
    { key: 'wardType', name: '病棟区分', mode: '英数', maxBytes: 8, format: '可変', kind: 'code', table: 'shika:9', repeat: { unit: 2, max: 4 }, inpatient: 'only', required: 'conditional', confidence: 'H', note: '入院レセプトで必要な場合に別表９ 病棟区分コードを記録。月途中で移動した場合は移動した順に記録、最大４つまで。バイト数は２の倍数。' },
    { key: 'standardBurdenClass', name: '一部負担金・食事療養費・生活療養費標準負担額区分', mode: '数字', maxBytes: 1, format: '可変', kind: 'code', table: 'shika:10', required: 'conditional', confidence: 'H', note: '別表１０ のコードを記録する。限度額適用・標準負担額減額認定証等が提示された場合に記録、その他は省略。' },
    { key: 'specialNotes', name: 'レセプト特記事項', mode: '英数', maxBytes: 10, format: '可変', kind: 'code', table: 'shika:11', repeat: { unit: 2, max: 5 }, required: 'conditional', confidence: 'H', note: '特記事項が必要な場合に別表１１ レセプト特記事項コードを記録。最大５つまで。バイト数は２の倍数（PHP-W は数字の若い順に連結する）。' },
    { key: 'reserved1', name: '予備', mode: '数字', maxBytes: 4, format: '可変', required: 'omit', confidence: 'M', note: '記録を省略する（医科ではこの位置が病床数）。' },
    { key: 'chartNumber', name: 'カルテ番号等', mode: '英数', maxBytes: 20, format: '可変', kind: 'text', required: 'optional', personal: true, confidence: 'H', note: 'カルテ番号又は患者ＩＤ番号等。記録は任意とする。コンマと引用符は記録しない。' },
    // [M] name 請求情報１ (SR R08) vs meaning 割引点数単価 (SR note, AV) — claim-records §5.13; key chosen by meaning.
    { key: 'discountUnitPrice', name: '請求情報１', mode: '数字', maxBytes: 2, format: '可変', kind: 'integer', required: 'conditional', confidence: 'M', note: 'SR の転記では項目名「請求情報１」、記録内容「割引点数単価等」。AV はこの項目を割引点数単価（健康保険法第７６条第３項に基づく割引点数単価による請求の場合）と説明する。医科の「割引点数単価」に当たると解して同じキーを用いた [M]。' },
    { key: 'reserved2', name: '予備', mode: '数字', maxBytes: 2, format: '可変', required: 'omit', confidence: 'M', note: '記録を省略する。' },
    { key: 'unvisitedClaim', name: '未来院請求', mode: '数字', maxBytes: 2, format: '可変', kind: 'code', table: 'shika:12', required: 'conditional', confidence: 'H', note: '未来院請求を行う入院外レセプトの場合に別表１２ 未来院請求コード（“01”）を記録する。その他は省略。' },
    { key: 'searchNumber', name: '検索番号', mode: '数字', maxBytes: 30, format: '可変', kind: 'digits', required: 'conditional', mask: { searchNumber: true }, confidence: 'H', note: '一次請求の場合は省略。返戻・再請求等の場合に審査支払機関が付した検索番号を記録する（医科は RE 第19項目、歯科は第20項目）。文字列として扱う。' },
    { key: 'specVersionInfo', name: '予備', mode: '数字', maxBytes: 5, format: '可変', required: 'omit', confidence: 'M', note: '記録を省略する（SR R08）。H30 版（UP、PHP-R）ではこの位置が「記録条件仕様年月情報」であり、旧版のファイルや返戻ファイルでは値が入っていることがある（医科 RE の同名キーと同じ扱い）。' },
    { key: 'claimInfo', name: '請求情報２', mode: '英数又は漢字', maxBytes: 40, format: '可変', kind: 'text', required: 'optional', confidence: 'M', note: '保険医療機関固有の情報。英数モードと漢字モードの文字を混在して記録しない。記録は任意とする（医科の「請求情報」に当たる）。' },
    { key: 'reserved3', name: '予備', mode: '数字', maxBytes: 2, format: '可変', required: 'omit', confidence: 'M', note: '記録を省略する。' },
    { key: 'reserved4', name: '予備', mode: '数字', maxBytes: 3, format: '可変', required: 'omit', confidence: 'M', note: '記録を省略する。' },
    { key: 'reserved5', name: '予備', mode: '数字', maxBytes: 3, format: '可変', required: 'omit', confidence: 'M', note: '記録を省略する。' },
    { key: 'patientNameKana', name: 'カタカナ（氏名）', mode: '漢字', maxBytes: 80, format: '可変', kind: 'text', required: 'optional', personal: true, confidence: 'H', note: '氏名のフリガナを全角カタカナで記録（長音“ー”815b は可、“―”815c・“－”817c は不可）。姓と名の間に“スペース”を記録しない。記録は任意。' },
    { key: 'patientStatus', name: '患者の状態', mode: '数字', maxBytes: 60, format: '可変', kind: 'code', table: 'shika:26', repeat: { unit: 3, max: 20 }, required: 'conditional', confidence: 'M', note: '患者の状態等が必要な診療行為を算定する場合に別表２６ 患者の状態コードを記録。最大２０個まで。バイト数は３の倍数。別表番号は SR（R08）による。HDW（R02）は別表３６とするが DPC 用からの転記の誤りと判断した [M]。' },
  ],
});
