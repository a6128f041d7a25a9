import { keyAt, keyRef, keyText } from '../../engine/read.js';
import { ALL_PRESETS, defineRule } from '../define.js';

/** 「記号と番号を合せた文字数の上限は、モードごとに次のとおりとする。英数：１９ 漢字：１９」 */
const MAX_CHARS = 19;

export const cardLength = defineRule({
  id: 'record/card-length',
  severity: 'error',
  presets: ALL_PRESETS,
  // 「記号と番号を合せた文字数の上限は１９」: 医科 R04, 歯科 [H]; 調剤 not stated in the notes.
  kinds: ['ika', 'shika', 'dpc'],
  scope: 'record',
  records: ['HO'],
  record(rec, _info, ctx) {
    // Characters, not bytes: a double-byte character counts once (the decoded text's length).
    const n = [...keyText(rec, 'cardSymbol')].length + [...keyText(rec, 'cardNumber')].length;
    if (n <= MAX_CHARS) return;
    ctx.report(cardLength, {
      rec,
      field: keyRef(rec, 'cardNumber'),
      at: keyAt(rec, 'cardSymbol'),
      expected: `記号＋番号 ${MAX_CHARS} characters max`,
      found: `${n} characters`,
      params: { chars: n, max: MAX_CHARS },
      severity: rec.prefixed ? 'warning' : undefined,
    });
  },
});
