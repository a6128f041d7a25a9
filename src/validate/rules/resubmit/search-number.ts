import { keyRef, keySpan, keyText } from '../../engine/read.js';
import { CLAIM_PRESETS, defineRule } from '../define.js';
import { historySearchNumbers, validSearchNumber } from '../search-number.js';

export const resubmitSearchNumber = defineRule({
  id: 'resubmit/search-number',
  severity: 'error',
  presets: CLAIM_PRESETS,
  scope: 'receipt',
  description:
    'A re-claimed receipt (one with a history block) carries RE 検索番号 (17–30 digits) equal to the one on its history block’s first line (RE, or MN field 4) and in an MN after the closing RC.',
  descriptionJa:
    '再請求するレセプト（履歴管理ブロックのあるレセプト）の RE 検索番号は 17〜30 桁の数字で、履歴管理ブロック先頭行（RE、又は MN の第４項目）及び最後の RC の後の MN の検索番号と一致する。',
  why: 'A mismatch with an MN after the closing RC is a warning: that such an MN repeats the receipt’s 検索番号 is inferred from one insurer-side file ([INF]; see return/search-number). On the first line it is an error (ORCA 21200).',
  whyJa:
    '閉じる RC の後の MN との不一致は警告とする：そのような MN がレセプトの検索番号を繰り返すことは保険者側の１つのファイルからの推定である（[INF]。return/search-number を参照）。先頭行での不一致はエラーとする（ORCA 21200）。',
  reference: 'RE 検索番号 記録内容3; return-files.md §2.9, §5.2 (ORCA 21200); issue 9 §4 (insurer-side file)',
  receipt(info, ctx) {
    if (!info.reclaimed) return;
    // (A kind re-claimed by reception number has no history block and no 検索番号: resubmit/reception-number.)
    if (ctx.file.kindDef?.resubmission?.mode === 'reception-number') return;
    const re = info.re;
    const sn = keyText(re, 'searchNumber');
    if (!validSearchNumber(sn)) {
      ctx.report(resubmitSearchNumber, { rec: re, field: keyRef(re, 'searchNumber'), at: keySpan(re, 'searchNumber') ?? re.offset, expected: '17–30 digits', found: sn === '' ? 'empty' : `${sn.length} characters`, params: { problem: 'shape' } });
      return;
    }
    for (const h of historySearchNumbers(info)) {
      if (h.value === sn) continue;
      ctx.report(resubmitSearchNumber, {
        rec: re,
        field: keyRef(re, 'searchNumber'),
        at: keySpan(re, 'searchNumber'),
        expected: `history 検索番号 ${h.value || '(empty)'}`,
        found: sn,
        params: { problem: 'history', value: sn, want: h.value },
        severity: h.trailing ? 'warning' : undefined,
      });
    }
  },
});
