/**
 * Japanese messages (the default locale), keyed by diagnostic code.
 * House style: 何が起きたか（期待値・実際の形）— 次にすること. Templates receive only shapes and
 * positions, never a patient-identifying value unless the caller asked for personal data.
 */
import type { MessageCatalogue } from './types.js';

export const MESSAGES_JA: MessageCatalogue = {
  // --- byte layer (parse) ---
  'file/empty': () => 'ファイルが空です — 正しいファイルを指定してください',
  'encoding/utf8-bom': () => 'UTF-8 の BOM で始まっています（Shift_JIS であるべきファイルです） — Shift_JIS で保存し直してください',
  'encoding/utf8': () => 'UTF-8 で書かれたファイルのようです（Shift_JIS であるべきファイルです） — Shift_JIS で保存し直してください',
  'encoding/invalid-sjis': (p) => `Shift_JIS として不正なバイト列があります（${p.found}） — 文字化けしたデータを修正してください`,
  'encoding/cp932-extension': (p) => `JIS X 0208 にない CP932 拡張文字があります（${p.found}） — 読み込みはしましたが、請求ファイルには記録できません`,
  'encoding/user-defined': (p) => `外字（ユーザー定義領域）の文字があります（${p.found}） — 請求ファイルには記録できません`,
  'encoding/control': (p) => `制御文字があります（${p.found}） — 削除してください`,
  'line/lf-only': (p) => `改行が LF のみの行があります（${p.count}行、最初は${p.first}行目。仕様は CR+LF） — 書き出し時は CR+LF になります`,
  'line/lone-cr': () => 'LF を伴わない CR があります（仕様の改行は CR+LF） — 改行を修正してください',
  'line/no-final-eol': () => '最終行に改行がありません（仕様は各レコードの末尾に CR+LF） — 書き出し時に補われます',
  'line/too-long': (p) => `行が長すぎます（最大 ${p.expected}、実際 ${p.found}） — 改行の欠落やファイルの破損がないか確認してください`,
  'line/empty': () => '空行があります — 削除してください',
  'eof/missing': () => 'ファイル終端の EOF (0x1A) がありません（仕様では CR+LF の後に 1 バイト） — 書き出し時は付加されます',
  'eof/not-last': () => 'EOF (0x1A) の後にデータがあります — ファイルの破損がないか確認してください',
  'record/unknown': (p) => `未知のレコード（${p.found}）です — 内容はそのまま保持します`,
  'record/no-id': () => 'レコード識別情報がありません — 行の内容を確認してください',
  'structure/no-header': (p) => `先頭に${p.expected}がありません（実際 ${p.found}） — ファイルの先頭レコードを確認してください`,
  'structure/duplicate-header': (p) => `${p.record} が複数あります（${p.line}行目） — 1 ファイルに 1 レコードです`,
  'structure/no-trailer': (p) =>
    p.found ? `最後が${p.expected}ではなく${p.found}です — ファイルの種類（医科・歯科・調剤など）を確認してください` : `最後に${p.expected}がありません — ファイルが途中で切れていないか確認してください`,
  'structure/after-trailer': () => '合計レコードの後にデータがあります — ファイルの結合誤りがないか確認してください',
  'structure/before-first-receipt': (p) => `最初のレセプトより前に ${p.found} があります — レコード順を確認してください`,
  'structure/ir-as-return-header': (p) => `返戻ファイルが返戻用のヘッダではなく ${p.record} で始まっています — 一部の返戻元の既知の挙動として受け付けました`,
  'kind/unknown': () => 'ファイルの種類（医科・歯科・調剤・訪問看護・DPC・労災）を内容から判別できません — そのまま保持し、レコードは検査していません。種類が分かっていれば指定してください（--kind）',
};
