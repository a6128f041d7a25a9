// 歯科 HS 傷病名部位レコード — 記録条件仕様（歯科用）令和8年6月版 第1章 3 (4), as transcribed by SR (p.14-15).
// Confidence of the table: H (order: SR, AV, UP, PHP-R, PHP-W and 13-field samples; widths: SR, with 傷病名コード/修飾語 equal to 医科 SY). Reconstructed from shared/spec/claim-records.md §4.1, §3.13 (notes; [M]/[H]).
// Sources used:
//   - ryo02suzu/-Sourirette src/receipt/records.ts @aebfec73af8c9b327607de94badaf92e01046f4c and docs/specs/uke-records-research-R0806.txt @370e73b775c967c83e0a5cfb9694f1ce4e1f574a (SR: transcription of R08bt1_3_kiroku_dental.pdf)
//   - avaice/dental-uke-reader @5f118b81b401482ef1cbb9fd71478079d97cc3c6 src/explain/*.ts, src/misc/constants.ts, UKE/sample.UKE, UKE/RECEIPTS_REG.UKE (AV: R06-era explainer and samples)
//   - sosuke-hirayama/uke-parser @ff553ce55e6695f0065ed0c0031af74034f79cc9 uke_parser_shika.rb, uke/shika_shaho.csv (UP: H30-era field list and ORCA sample)
//   - public PHP 歯科 UKE reader, repository not identified (read_file id 43600401180; PHP-R, H-era field list)
//   - public PHP 歯科 UKE writer (RECEIPTS.UKE), repository not identified (read_file id 18406260360; PHP-W, production-style writer)
//   - public TS layout file citing R08, repository not identified (read_file id 70910360952; positions of HS only)
import { defineRecord } from '../../types.js';
import { TOOTH_UNIT } from '../teeth.js';

export const HS = /* @__PURE__ */ defineRecord({
  id: 'HS',
  name: '傷病名部位レコード',
  family: 'claim',
  source: 'claim-records.md §4.1 HS (SR R08 第1章3(4) p.14-15; AV explainHS; UP; PHP-R; PHP-W)',
  confidence: 'H',
  note: '傷病名部位情報。医科の傷病名レコード（SY）に代わる歯科固有のレコード（必須、１レセプトに複数可）。診療開始日の昇順に記録する（SR 調査 [M]）。１レセプトに 100 件以上はエラー（支払基金 事務点検 ASP、SR 調査 [L]）。部位は歯式コード（６バイト単位）で表す。',
  fields: [
    { key: 'recordId', name: 'レコード識別情報', mode: '英数', maxBytes: 2, format: '固定', kind: 'code', required: 'required', note: '“HS”を記録する。' },
    { key: 'startDate', name: '診療開始日', mode: '数字', maxBytes: 8, format: '可変', kind: 'ymd', required: 'conditional', confidence: 'H', note: '入院レセプトの場合に限り、傷病名ごとに保険診療を開始した年月日を西暦で記録する（入院外は RE に記録）。' },
    { key: 'outcome', name: '転帰区分', mode: '数字', maxBytes: 1, format: '可変', kind: 'code', table: 'shika:8', required: 'conditional', confidence: 'H', note: '入院レセプトの場合に限り、別表８ 転帰区分コードを記録する（入院外は RE に記録）。' },
    { key: 'toothCodes', name: '歯式コード（傷病名）', mode: '英数', maxBytes: 384, format: '可変', kind: 'code', repeat: TOOTH_UNIT, required: 'conditional', confidence: 'H', note: '傷病名に歯式が必要な場合に記録する。歯式コードは１単位６バイト（英数）＝歯種コード４桁＋状態コード１桁＋部分コード１桁。最大６４個（384 バイト）を区切りなしで連結し、記録するバイト数は６の倍数。複数歯は右上遠心→右上近心、左上近心→左上遠心、右下遠心→右下近心、左下近心→左下遠心の順。乳歯・過剰歯が同部位に永久歯と並存する場合は２つの歯式コードを同じ配列順で記録。口腔内のブロック（1000 口腔全体 等）を表す歯種は単独で記録する。歯種・状態・部分の値は R06 以前の別表１５～１７（shika:15〜17）、R08 では別に定める歯式コード（歯式マスター）による。' },
    { key: 'diseaseCode', name: '傷病名コード', mode: '数字', maxBytes: 7, format: '固定', kind: 'digits', required: 'required', confidence: 'H', note: '別に定める傷病名コード。未コード化傷病名については“0000999”を記録する。' },
    { key: 'modifierCodes', name: '修飾語コード', mode: '英数', maxBytes: 80, format: '可変', kind: 'digits', repeat: { unit: 4, max: 20 }, required: 'conditional', confidence: 'H', note: '接頭語又は接尾語が必要な場合に別に定める修飾語コードを順に記録。最大２０個まで。バイト数は４の倍数。' },
    { key: 'diseaseName', name: '傷病名称', mode: '漢字', maxBytes: 40, format: '可変', kind: 'text', required: 'conditional', confidence: 'H', note: '未コード化傷病名（“0000999”）に限り、当該傷病名を記録する。その他は省略。' },
    { key: 'coexistingCount', name: '併存傷病名数', mode: '数字', maxBytes: 1, format: '可変', kind: 'integer', required: 'conditional', confidence: 'M', note: '同じ歯式に併存する傷病名の数を記録する。最初のレコードにのみ記録し、後続の HS が同じ歯式を共有する（AV、PHP-W の記録方法）[M]。' },
    { key: 'conditionTransition', name: '病態移行', mode: '数字', maxBytes: 1, format: '可変', kind: 'code', table: 'shika:18', required: 'conditional', confidence: 'H', note: '病態移行がある場合に別表１８ 病態移行コードを記録する。移行前傷病名と移行後傷病名は別レコードに分けて記録する。' },
    { key: 'mainDisease', name: '主傷病', mode: '数字', maxBytes: 2, format: '可変', kind: 'code', table: 'shika:19', required: 'conditional', confidence: 'H', note: '入院レセプトで主傷病の場合に別表１９ 主傷病コードを記録する。その他は省略。' },
    { key: 'commentCode', name: 'コメントコード', mode: '数字', maxBytes: 9, format: '可変', kind: 'digits', required: 'conditional', confidence: 'M', note: '傷病名に対する補足コメントが必要な場合に、別に定めるコメントコードを記録する。' },
    { key: 'supplementaryComment', name: '補足コメント', mode: '漢字', maxBytes: 100, format: '可変', kind: 'text', required: 'conditional', confidence: 'M', note: '文字データを要するコメントコード（“810000001” 等、パターン１０）の場合に補足コメントを記録する。医科 SY の補足コメント（40 バイト）より長い。' },
    { key: 'commentToothCodes', name: '歯式コード（補足コメント）', mode: '英数', maxBytes: 384, format: '可変', kind: 'code', repeat: TOOTH_UNIT, required: 'conditional', confidence: 'H', note: '補足コメントに歯式表示が必要な場合に記録する。歯式コードは１単位６バイト（英数）＝歯種コード４桁＋状態コード１桁＋部分コード１桁。最大６４個（384 バイト）を区切りなしで連結し、記録するバイト数は６の倍数。複数歯は右上遠心→右上近心、左上近心→左上遠心、右下遠心→右下近心、左下近心→左下遠心の順。乳歯・過剰歯が同部位に永久歯と並存する場合は２つの歯式コードを同じ配列順で記録。口腔内のブロック（1000 口腔全体 等）を表す歯種は単独で記録する。歯種・状態・部分の値は R06 以前の別表１５～１７（shika:15〜17）、R08 では別に定める歯式コード（歯式マスター）による。' },
  ],
});
