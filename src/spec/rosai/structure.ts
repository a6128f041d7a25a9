// Record order of the 労災 claim files, from shared/spec/kinds-nursing-rousai-dental-returns.md §2.3 (order [H]:
// ORCA18 checks, error codes quoted below; SK RecedenViewModel/ReceiptDataModel and KW write the same order) and §2.5.
// Sources: miyucy/jma-receipt scripts/monthly/rosai_receden_check.rb.in @04e543cc4ecf502d50eef4cf522a070fa1c6a0be and
// rosai_receden_error.rb.in @2bd5b38c779091513ca04384a6b4367843431a5e (ORCA18); Sotatek-ChinhVu/smart-test
// CalculateService/Receipt/Models/ReceiptDataModel.cs @8be0ca4e10cd35effc84a56ee158185be2f7e8ce (RousaiRecedenRecord,
// AfterCareRecedenRecord) and CalculateService/Receipt/ViewModels/RecedenViewModel.cs
// @1bc3c08865bc62d00369ec1e037c50d67bb7aab9 (SK); KW compat_workers.js (read_file id 71329477297).
import type { StructureDef } from '../types.js';

/** 労災診療費の請求ファイル（RRECnn00.UKE 一次請求 / RRECnn00.UKS 再請求）。 */
export const ROSAI_STRUCTURE: StructureDef = {
  header: 'IR',
  trailer: 'RS',
  receipt: [
    {
      ids: ['RE'],
      required: true,
      single: true,
      confidence: 'H',
      note: 'レセプトの先頭。IR の直後（ORCA 19230）又は前のレセプトの直後に記録する。レセプト番号はファイル内で１から昇順（19170）。',
    },
    {
      ids: ['RR'],
      required: true,
      single: true,
      confidence: 'H',
      note: '労災レセプトレコード。RE の直後に１件だけ（ORCA 25400 記録なし / 25470 複数; KW）。',
    },
    {
      ids: ['SY'],
      required: true,
      confidence: 'H',
      note: '傷病名。１件以上99件まで（ORCA 25540 / 22020）。',
    },
    {
      ids: ['RI', 'IY', 'TO', 'CO'],
      required: true,
      confidence: 'H',
      note: '摘要。RI・IY・TO・CO を合わせて１件以上（ORCA 25550）。診療識別の昇順に記録する（ORCA 23060「診療種別が昇順に記録されていません」: 診療識別を記録したレコードの値が直前の値より小さいと誤り）。01・99 は CO だけ（23810）。CO は摘要の中でも記録できる（医科の CO の上段・下段の別は労災では見ていない [INF]）。',
    },
    {
      ids: ['SJ'],
      required: false,
      confidence: 'H',
      note: '症状詳記（任意）。999件まで（ORCA 23820）。最初の SJ は症状詳記区分を記録する（23830）。',
    },
  ],
  source: 'kinds-nursing-rousai-dental-returns.md §2.3 (ORCA18 rosai_receden_check.rb.in check_lv1 / check_receipt; SK; KW)',
  confidence: 'H',
  note: 'IR（先頭に１件、ORCA 19281/19282）、レセプトごとに RE → RR → SY… → 摘要（RI/IY/TO/CO）… → SJ…、RS（末尾に１件、ORCA 10001/10002）。医科の HO・KO・SN・JD・MF・GR・GO と臓器提供者ブロックはない。返戻ファイル RRECEC.HEN は同じレセプトの並び（RE … SJ）だけで、IR・RS・HI・HR・HG・履歴管理ブロックを持たない [INF: ORCA18 ORCBM550 は他のレコード識別を誤りとする]。再請求（.UKS）は IR … RS の通常の並びで、履歴管理ブロックを付けない [H]。',
};

/** アフターケア委託費の請求ファイル（ARECnn00.UKE）。 */
export const ROSAI_AFTERCARE_STRUCTURE: StructureDef = {
  header: 'IR',
  trailer: 'AS',
  receipt: [
    {
      ids: ['RE'],
      required: true,
      single: true,
      confidence: 'H',
      note: 'レセプトの先頭（アフターケアの RE、第9・10・20・37項目は予備）。',
    },
    {
      ids: ['AR'],
      required: true,
      single: true,
      confidence: 'H',
      note: 'アフターケアのレセプトレコード。RE の直後に１件（SK・KW）。「必須・複数不可」は労災の RR からの類推 [INF]。',
    },
    {
      ids: ['RI', 'IY', 'TO', 'CO'],
      required: true,
      confidence: 'M',
      note: '摘要。SY は記録しない（SK は SY の書き出しを無効にしている、KW は書かない）[H]。１件以上・診療識別の昇順は労災と同じとみなす [INF]。',
    },
    {
      ids: ['SJ'],
      required: false,
      confidence: 'H',
      note: '症状詳記（任意）。症状詳記区分は記録しない（SK）[M]。',
    },
  ],
  source: 'kinds-nursing-rousai-dental-returns.md §2.3, §2.5 (SK AfterCareRecedenRecord, RecedenViewModel mode 3; KW AFTERCARE_RECORD_FIELD_COUNTS)',
  confidence: 'H',
  note: 'IR（先頭、労災と同じレイアウト、SK はマルチボリューム識別情報を空欄）、レセプトごとに RE → AR → 摘要 → SJ、AS（末尾）。傷病名レコードはない。KW は997レセプトごとにファイルを分ける [L]。',
};
