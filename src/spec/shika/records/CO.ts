// 歯科 CO コメントレコード — 記録条件仕様（歯科用）令和8年6月版 第1章 3 (4), as transcribed by SR (p.26).
// Confidence of the table: M (order [H]: SR, AV, UP, PHP-R, PHP-W and 11-field samples; 文字データ width and the modes of the 予備 [M]: SR only). Reconstructed from shared/spec/claim-records.md §4.1, §3.13 (notes; [M]/[H]).
// Sources used:
//   - ryo02suzu/-Sourirette src/receipt/records.ts @aebfec73af8c9b327607de94badaf92e01046f4c and docs/specs/uke-records-research-R0806.txt @370e73b775c967c83e0a5cfb9694f1ce4e1f574a (SR: transcription of R08bt1_3_kiroku_dental.pdf)
//   - avaice/dental-uke-reader @5f118b81b401482ef1cbb9fd71478079d97cc3c6 src/explain/*.ts, src/misc/constants.ts, UKE/sample.UKE, UKE/RECEIPTS_REG.UKE (AV: R06-era explainer and samples)
//   - sosuke-hirayama/uke-parser @ff553ce55e6695f0065ed0c0031af74034f79cc9 uke_parser_shika.rb, uke/shika_shaho.csv (UP: H30-era field list and ORCA sample)
//   - public PHP 歯科 UKE reader, repository not identified (read_file id 43600401180; PHP-R, H-era field list)
//   - public PHP 歯科 UKE writer (RECEIPTS.UKE), repository not identified (read_file id 18406260360; PHP-W, production-style writer)
import { defineRecord } from '../../types.js';
import { TOOTH_UNIT } from '../teeth.js';

export const CO = /* @__PURE__ */ defineRecord({
  id: 'CO',
  name: 'コメントレコード',
  family: 'claim',
  source: 'claim-records.md §4.1 CO (SR R08 第1章3(4) p.26; AV explainCO; UP; PHP-R; PHP-W)',
  confidence: 'M',
  note: '摘要情報（記録は任意、複数可）。医科のコメントレコード（CO、5 項目）と同じ識別子だが、歯式コード（コメント）と予備５項目がある（11 項目）。',
  fields: [
    { key: 'recordId', name: 'レコード識別情報', mode: '英数', maxBytes: 2, format: '固定', kind: 'code', required: 'required', note: '“CO”を記録する。' },
    { key: 'practiceCategory', name: '診療識別', mode: '数字', maxBytes: 2, format: '可変', kind: 'code', table: 'shika:20', required: 'conditional', confidence: 'H', note: '別表２０ 診療識別コードを記録する。診療識別を必要としないコメントの場合は省略。' },
    { key: 'burdenCategory', name: '負担区分', mode: '英数', maxBytes: 1, format: '固定', kind: 'code', table: 'shika:21', required: 'required', confidence: 'H', note: '別表２１ 負担区分コードを記録する。' },
    { key: 'code', name: 'コメントコード', mode: '数字', maxBytes: 9, format: '固定', kind: 'digits', required: 'required', confidence: 'H', note: '別に定めるコメントコードを記録する。' },
    { key: 'text', name: '文字データ', mode: '漢字', maxBytes: 400, format: '可変', kind: 'text', required: 'conditional', personal: true, confidence: 'M', note: 'コメントコードに応じた文字情報又は数字情報等を記録する（コメントマスターのパターン）。文字データの記録を要しないコメントコードの場合は省略。400 バイトは SR（R08）による。医科 R04 の CO は 76 バイト（claim-records §5.3）[M]。' },
    { key: 'toothCodes', name: '歯式コード（コメント）', mode: '英数', maxBytes: 384, format: '可変', kind: 'code', repeat: TOOTH_UNIT, required: 'conditional', confidence: 'H', note: 'コメントに歯式が必要な場合に記録する（診療行為に係る歯式はここに記録する。SS に歯式の項目はない）。歯式コードは１単位６バイト（英数）＝歯種コード４桁＋状態コード１桁＋部分コード１桁。最大６４個（384 バイト）を区切りなしで連結し、記録するバイト数は６の倍数。複数歯は右上遠心→右上近心、左上近心→左上遠心、右下遠心→右下近心、左下近心→左下遠心の順。乳歯・過剰歯が同部位に永久歯と並存する場合は２つの歯式コードを同じ配列順で記録。口腔内のブロック（1000 口腔全体 等）を表す歯種は単独で記録する。歯種・状態・部分の値は R06 以前の別表１５～１７（shika:15〜17）、R08 では別に定める歯式コード（歯式マスター）による。' },
    { key: 'reserved1', name: '予備', mode: '英数', maxBytes: 1, format: '可変', required: 'omit', confidence: 'M', note: '記録を省略する。' },
    { key: 'reserved2', name: '予備', mode: '英数', maxBytes: 2, format: '可変', required: 'omit', confidence: 'M', note: '記録を省略する。' },
    { key: 'reserved3', name: '予備', mode: '英数', maxBytes: 3, format: '可変', required: 'omit', confidence: 'M', note: '記録を省略する。' },
    { key: 'reserved4', name: '予備', mode: '数字', maxBytes: 7, format: '可変', required: 'omit', confidence: 'M', note: '記録を省略する。' },
    { key: 'reserved5', name: '予備', mode: '数字', maxBytes: 7, format: '可変', required: 'omit', confidence: 'M', note: '記録を省略する。' },
  ],
});
