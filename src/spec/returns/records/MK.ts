// Reconstructed from shared/spec/return-files.md §2.13 (MK 再審査等申し出結果レコード). Sources: MD13 (医科 table
// numbers), MDH (DPC table numbers); HP reads the same positions [H].
import { defineRecord } from '../../types.js';

export const MK = /* @__PURE__ */ defineRecord({
  id: 'MK',
  name: '再審査等申し出結果レコード',
  family: 'history',
  source: 'return-files.md §2.13 (MD13 rezept.hrl; MDH rezept_med.hrl; HP HenParser.py)',
  confidence: 'H',
  note: '履歴管理ブロック内にのみ、履歴管理情報を前置して現れる（この表は前置を除いた形）。審査支払機関での再審査等結果を記録する。MD13: 「連絡」及び「原審(請求)どおり理由」は審査結果コードに応じて必須又は任意（◎/○ の表、未転記）。',
  fields: [
    { key: 'recordId', name: 'レコード識別情報', mode: '英数', maxBytes: 2, format: '固定', kind: 'code', required: 'required', note: '“MK”を記録する。' },
    { key: 'requestSeq', name: '申し出一連番号', mode: '数字', maxBytes: 3, format: '可変', kind: 'integer', required: 'required' },
    // [M] width 8 (YYYYMMDD): HenParser reads 8 digits and R04 records every 年月日 as YYYYMMDD — a later correction is a one-line edit here.
    { key: 'receivedDate', name: '申し出受付年月日', mode: '数字', maxBytes: 8, format: '可変', kind: 'ymd', required: 'required', confidence: 'M', note: '西暦 8 桁 YYYYMMDD: pinus/HenParser HenParser.py は MK の申し出受付年月日を 8 桁の年月日として読む。R04 第1章3(3)ウ(エ): 年月は“YYYYMM”6桁、年月日は“YYYYMMDD”8桁で全桁を記録する。和暦の旧版は 7 桁 GYYMMDD（MD13）。形式「可変」は MD13 の転記のまま。' },
    { key: 'requester', name: '再審査等申し出機関', mode: '数字', maxBytes: 3, format: '固定', kind: 'code', table: 'ret:moushide-kikan', required: 'required', note: '再審査等申し出機関コード（別表14）。国保は 200番台。' },
    // [M] width 6 (YYYYMM): HenParser reads 6 digits and R04 records every 年月 as YYYYMM — a later correction is a one-line edit here.
    { key: 'processingMonth', name: '処理年月', mode: '数字', maxBytes: 6, format: '固定', kind: 'ym', required: 'required', confidence: 'M', note: '保険者等の再審査等調整を行った年月。西暦 6 桁 YYYYMM: pinus/HenParser HenParser.py は MK の処理年月を 6 桁の年月として読む。R04 第1章3(3)ウ(エ): 年月は“YYYYMM”6桁、年月日は“YYYYMMDD”8桁で全桁を記録する。和暦の旧版は 5 桁 GYYMM（MD13）。' },
    // [M] one source: only HenParser says which table (it looks the value up in its 理由番号 dictionary); findings are warnings (history-only record, code/history-unknown) — a later correction is a one-line edit here.
    { key: 'changeReasonNumber', name: '変更理由番号', mode: '数字', maxBytes: 6, format: '可変', kind: 'code', table: 'ret:riyu-bango', required: 'conditional', confidence: 'M', note: '理由番号コード（別表9、MD.理由番号と同じ表）。MD13 はコード表を転記していない。表の指定は pinus/HenParser HenParser.py だけが示す（MK の変更理由番号を Ref.py の理由番号の辞書で引く）。出典が１つなので検査は警告にとどめる。' },
    { key: 'result', name: '審査結果', mode: '数字', maxBytes: 3, format: '固定', kind: 'code', table: 'ret:shinsa-kekka', required: 'required', note: '審査結果コード（別表15）。国保は 200番台。' },
    { key: 'message', name: '連絡', mode: '漢字', maxBytes: 600, format: '可変', kind: 'text', required: 'conditional', note: '審査結果コードに応じて必須又は任意（MD13 の◎/○表）。' },
    { key: 'reason1', name: '理由1', mode: '数字', maxBytes: 6, format: '可変', kind: 'code', table: 'ret:gensin-riyu', required: 'conditional', note: '原審(請求)どおり理由コード(医科)（別表16）。DPC 版は 原審(請求)どおり理由コード(DPC)。' },
    { key: 'reason2', name: '理由2', mode: '数字', maxBytes: 6, format: '可変', kind: 'code', table: 'ret:gensin-riyu', required: 'conditional', note: '原審(請求)どおり理由コード(医科)（別表16）。' },
    { key: 'reason3', name: '理由3', mode: '数字', maxBytes: 6, format: '可変', kind: 'code', table: 'ret:gensin-riyu', required: 'conditional', note: '原審(請求)どおり理由コード(医科)（別表16）。' },
    { key: 'requesterInsurerNumber', name: '申し出保険者番号等', mode: '英数', maxBytes: 8, format: '固定', kind: 'text', required: 'conditional', note: '「8桁以内で設定された保険者番号等については、右づめに記録し残りは“スペース”を記録する。」 固定 8 バイト、右詰め・左側をスペースで埋める（例 “  138057”）。値を trim しないこと。' },
    { key: 'payerUse', name: '審査支払機関使用欄', mode: '英数又は漢字', maxBytes: 500, format: '可変', kind: 'text', required: 'optional' },
    { key: 'reserved1', name: '予備', mode: '英数', maxBytes: 5, format: '可変', required: 'omit' },
    { key: 'reserved2', name: '予備', mode: '英数又は漢字', maxBytes: 10, format: '可変', required: 'omit' },
    { key: 'reserved3', name: '予備', mode: '英数又は漢字', maxBytes: 30, format: '可変', required: 'omit' },
  ],
});
