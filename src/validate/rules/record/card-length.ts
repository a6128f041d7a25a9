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
  description: 'HO 被保険者証（手帳）等の記号 and 番号 together hold at most 19 characters (英数 19, 漢字 19), beyond each field’s own byte limit.',
  descriptionJa: '保険者レコードの被保険者証（手帳）等の記号と番号を合せた文字数は１９以内（英数：１９、漢字：１９）。',
  why: 'The values are personal data: the finding gives the character count only.',
  whyJa: '値は個人情報のため、指摘には文字数だけを示す。',
  reference: 'HO 被保険者証（手帳）等の記号・番号 備考',
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
