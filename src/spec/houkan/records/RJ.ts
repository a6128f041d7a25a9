// Transcribed from 「オンラインによる請求に係る記録条件仕様（訪問看護用）」令和６年６月版（別添１－５）,
// 第1章 3 (4) エ (オ) 利用者情報レコード (p.14–15). Official text: no confidence marks. 項目名 join the table's group
// labels (訪問した場所１～３, 訪問終了, 状況, 死亡の状況, 場所, 他の訪問看護ステーション １/２) to the item with a space.
// Sources: shared/spec/nursing-R06/kiroku-nursing-R0606.txt (pdftotext -layout of kiroku-nursing-R0606.pdf, the file
// R06bt1_5_kiroku_nursing.pdf of bscode-watanabejun/nasreco-visiting-nursing docs/recept/medical-insurance/, commit 63e3d87);
// 記録必須 (※) marks, the character limits and the CSV examples (29 fields) checked in the 支払基金「電子レセプトの作成
// 手引き（訪問看護）」令和６年６月版 第13章 p.27–30 (shared/spec/nursing-R06/tebiki-nursing-R0606.txt).
import { defineRecord } from '../../types.js';

export const RJ = /* @__PURE__ */ defineRecord({
  id: 'RJ',
  name: '利用者情報レコード',
  family: 'claim',
  source: '記録条件仕様（訪問看護用）R06.6 第1章3(4)エ(オ) p.14-15',
  note: '利用者の状況を記録（必須、１レセプトに複数不可）。手引きの記録例: RJ,20240610,01,,,,,,,,20240630,1530,01,,,,,,01,13,6,2345678,東京都港区新橋２丁目１－３,訪問看護ステーション△△,,,,,',
  fields: [
    { key: 'recordId', name: 'レコード識別情報', mode: '英数', maxBytes: 2, format: '固定', kind: 'code', required: 'required', note: '“RJ”を記録する。' },
    { key: 'visitStartDate', name: '訪問開始年月日', mode: '数字', maxBytes: 8, format: '固定', kind: 'ymd', required: 'required', note: '指定訪問看護を開始した年月日を西暦で記録する。' },
    { key: 'place1Code', name: '訪問した場所１ コード', mode: '数字', maxBytes: 2, format: '固定', kind: 'code', table: 'houkan:16', required: 'required', note: '訪問した場所について別表１６ 場所コードを記録する（コード“31”“32”は死亡の状況の場所コードとしてのみ使用する）。' },
    { key: 'place1Text', name: '訪問した場所１ 文字データ', mode: '漢字', maxBytes: 130, format: '可変', kind: 'text', required: 'conditional', personal: true, note: '訪問した場所１コードが“99”の場合は、その場所を記録する。その他の場合は、記録を省略する。' },
    { key: 'place2ChangeDate', name: '訪問した場所２ 訪問場所変更年月日', mode: '数字', maxBytes: 8, format: '可変', kind: 'ymd', required: 'conditional', note: '当月内に、訪問した場所が変更となる場合は、変更となる年月日を西暦で記録する。その他の場合は、記録を省略する。' },
    { key: 'place2Code', name: '訪問した場所２ コード', mode: '数字', maxBytes: 2, format: '可変', kind: 'code', table: 'houkan:16', required: 'conditional', note: '変更後の訪問した場所について別表１６ 場所コードを記録する。その他の場合は、記録を省略する。' },
    { key: 'place2Text', name: '訪問した場所２ 文字データ', mode: '漢字', maxBytes: 130, format: '可変', kind: 'text', required: 'conditional', personal: true, note: '訪問した場所２コードが“99”の場合は、その場所を記録する。その他の場合は、記録を省略する。' },
    { key: 'place3ChangeDate', name: '訪問した場所３ 訪問場所変更年月日', mode: '数字', maxBytes: 8, format: '可変', kind: 'ymd', required: 'conditional', note: '当月内に、訪問した場所の変更が複数あった場合は、変更となる年月日を西暦で記録する（手引き: ２回目の変更となる年月日）。その他の場合は、記録を省略する。' },
    { key: 'place3Code', name: '訪問した場所３ コード', mode: '数字', maxBytes: 2, format: '可変', kind: 'code', table: 'houkan:16', required: 'conditional', note: '変更後の訪問した場所について別表１６ 場所コードを記録する。その他の場合は、記録を省略する。' },
    { key: 'place3Text', name: '訪問した場所３ 文字データ', mode: '漢字', maxBytes: 130, format: '可変', kind: 'text', required: 'conditional', personal: true, note: '訪問した場所３コードが“99”の場合は、その場所を記録する。その他の場合は、記録を省略する。' },
    { key: 'endDate', name: '訪問終了 年月日', mode: '数字', maxBytes: 8, format: '可変', kind: 'ymd', required: 'conditional', note: '指定訪問看護を終了した場合は、その年月日を西暦で記録する。その他の場合は、記録を省略する。' },
    { key: 'endTime', name: '訪問終了 時刻', mode: '数字', maxBytes: 4, format: '可変', kind: 'hm', required: 'conditional', note: '指定訪問看護を終了した場合は、その時刻を記録する（hhmm、24時間表記）。その他の場合は、記録を省略する。' },
    { key: 'endStatusCode', name: '訪問終了 状況 コード', mode: '数字', maxBytes: 2, format: '可変', kind: 'code', table: 'houkan:15', required: 'conditional', note: '指定訪問看護を終了した場合は、別表１５ 訪問終了の状況コードを記録する。その他の場合は、記録を省略する。' },
    { key: 'endStatusText', name: '訪問終了 状況 文字データ', mode: '漢字', maxBytes: 20, format: '可変', kind: 'text', required: 'conditional', personal: true, note: '訪問終了の状況コードが“99”の場合は、その状況を記録する（手引き: 全角最大10文字）。その他の場合は、記録を省略する。' },
    { key: 'deathDate', name: '死亡の状況 年月日', mode: '数字', maxBytes: 8, format: '可変', kind: 'ymd', required: 'conditional', personal: true, note: '訪問看護ターミナルケア療養費を算定した場合は、その年月日を西暦で記録する。その他の場合は、記録を省略する。' },
    { key: 'deathTime', name: '死亡の状況 時刻', mode: '数字', maxBytes: 4, format: '可変', kind: 'hm', required: 'conditional', note: '訪問看護ターミナルケア療養費を算定した場合は、その時刻を記録する（hhmm、24時間表記）。その他の場合は、記録を省略する。' },
    { key: 'deathPlaceCode', name: '死亡の状況 場所 コード', mode: '数字', maxBytes: 2, format: '可変', kind: 'code', table: 'houkan:16', required: 'conditional', note: '訪問看護ターミナルケア療養費を算定した場合は、別表１６ 場所コードを記録する。その他の場合は、記録を省略する。' },
    { key: 'deathPlaceText', name: '死亡の状況 場所 文字データ', mode: '漢字', maxBytes: 20, format: '可変', kind: 'text', required: 'conditional', personal: true, note: '死亡の状況の場所コードが“99”の場合は、その場所を記録する（手引き: 全角最大10文字）。その他の場合は、記録を省略する。' },
    { key: 'userInfoCodes', name: '利用者情報コード', mode: '数字', maxBytes: 20, format: '可変', kind: 'code', table: 'houkan:17', repeat: { unit: 2, max: 10 }, required: 'conditional', note: '訪問開始年月日から死亡の状況までの記録の他に、利用者に関する記録を必要とする場合は、別表１７ 利用者情報コードを記録する。記録するバイト数は、２の倍数のバイト数とする。同じコードは重複して記録しない。その他の場合は、記録を省略する。' },
    { key: 'otherStation1Prefecture', name: '他の訪問看護ステーション １ 都道府県', mode: '数字', maxBytes: 2, format: '可変', kind: 'code', table: 'houkan:2', required: 'conditional', note: '他の訪問看護ステーションが訪問看護を行っている場合は、所在する別表２ 都道府県コードを記録する。その他の場合は、記録を省略する（手引き: 利用者情報コードが“01”又は“02”の場合に記録）。' },
    { key: 'otherStation1ScoreTable', name: '他の訪問看護ステーション １ 点数表', mode: '数字', maxBytes: 1, format: '可変', kind: 'code', table: 'houkan:3', required: 'conditional', note: '他の訪問看護ステーションが訪問看護を行っている場合は、使用する別表３ 点数表コードを記録する。その他の場合は、記録を省略する。' },
    { key: 'otherStation1Code', name: '他の訪問看護ステーション １ 訪問看護ステーションコード', mode: '数字', maxBytes: 7, format: '可変', kind: 'digits', required: 'conditional', note: '他の訪問看護ステーションが訪問看護を行っている場合は、定められた訪問看護ステーションコードを記録する。コードが不明な場合は、“0000000”を記録する。その他の場合は、記録を省略する。' },
    { key: 'otherStation1Address', name: '他の訪問看護ステーション １ 所在地', mode: '漢字', maxBytes: 130, format: '可変', kind: 'text', required: 'conditional', note: '他の訪問看護ステーション１の所在地を記録する。その他の場合は、記録を省略する。' },
    { key: 'otherStation1Name', name: '他の訪問看護ステーション １ 名称', mode: '漢字', maxBytes: 40, format: '可変', kind: 'text', required: 'conditional', note: '他の訪問看護ステーション１の名称を記録する（手引き: 全角最大20文字）。その他の場合は、記録を省略する。' },
    { key: 'otherStation2Prefecture', name: '他の訪問看護ステーション ２ 都道府県', mode: '数字', maxBytes: 2, format: '可変', kind: 'code', table: 'houkan:2', required: 'conditional', note: '２箇所の他の訪問看護ステーションが訪問看護を行っている場合は、２箇所目のステーションの所在する別表２ 都道府県コードを記録する。その他の場合は、記録を省略する（手引き: 利用者情報コードが“02”の場合に記録）。' },
    { key: 'otherStation2ScoreTable', name: '他の訪問看護ステーション ２ 点数表', mode: '数字', maxBytes: 1, format: '可変', kind: 'code', table: 'houkan:3', required: 'conditional', note: '２箇所の他の訪問看護ステーションが訪問看護を行っている場合は、使用する別表３ 点数表コードを記録する。その他の場合は、記録を省略する。' },
    { key: 'otherStation2Code', name: '他の訪問看護ステーション ２ 訪問看護ステーションコード', mode: '数字', maxBytes: 7, format: '可変', kind: 'digits', required: 'conditional', note: '２箇所の他の訪問看護ステーションが訪問看護を行っている場合は、定められた訪問看護ステーションコードを記録する。コードが不明な場合は、“0000000”を記録する。その他の場合は、記録を省略する。' },
    { key: 'otherStation2Address', name: '他の訪問看護ステーション ２ 所在地', mode: '漢字', maxBytes: 130, format: '可変', kind: 'text', required: 'conditional', note: '他の訪問看護ステーション２の所在地を記録する。その他の場合は、記録を省略する。' },
    { key: 'otherStation2Name', name: '他の訪問看護ステーション ２ 名称', mode: '漢字', maxBytes: 40, format: '可変', kind: 'text', required: 'conditional', note: '他の訪問看護ステーション２の名称を記録する（手引き: 全角最大20文字）。その他の場合は、記録を省略する。' },
  ],
});
