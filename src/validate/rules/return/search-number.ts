import { keyRef, keySpan, keyText } from '../../engine/read.js';
import { defineRule, RETURN_PRESET } from '../define.js';
import { historySearchNumbers, validSearchNumber } from '../search-number.js';

export const returnSearchNumber = defineRule({
  id: 'return/search-number',
  severity: 'error',
  presets: RETURN_PRESET,
  scope: 'receipt',
  description:
    'A returned receipt’s RE 検索番号 is 17–30 digits, and each HR, the history block’s first line (RE, or MN field 4) and an MN after the closing RC carry the same number.',
  descriptionJa:
    '返戻レセプトの RE 検索番号は 17〜30 桁の数字で、返戻理由レコード、履歴管理ブロック先頭行（RE、又は MN の第４項目）及び最後の RC の後の MN の検索番号と一致する。',
  why:
    'MN field 4 is a 検索番号 ([M]: 17-digit values in an insurer-side real file; ORCA compares it when MN is the first history line), so a mismatch on the first line is an error. An MN after the closing RC is the order of that insurer-side file; that it repeats the receipt’s own 検索番号 is inferred ([INF]), so a mismatch there is a warning.',
  whyJa:
    'MN 第4項目は検索番号である（[M]：保険者側の実ファイルでは 17 桁の値。ORCA は MN が履歴の先頭行の場合にこれを比べる）ため、先頭行での不一致はエラーとする。閉じる RC の後の MN はその保険者側のファイルの順であり、それがレセプト自体の検索番号を繰り返すことは推定（[INF]）のため、そこでの不一致は警告とする。',
  reference: 'RE 検索番号; return-files.md §2.3 (HR 検索番号), §2.9 (MN); issue 9 §4 (insurer-side file)',
  receipt(info, ctx) {
    if (!ctx.file.isReturn) return;
    const re = info.re;
    const sn = keyText(re, 'searchNumber');
    if (!validSearchNumber(sn)) {
      ctx.report(returnSearchNumber, { rec: re, field: keyRef(re, 'searchNumber'), at: keySpan(re, 'searchNumber') ?? re.offset, expected: '17–30 digits', found: sn === '' ? 'empty' : `${sn.length} characters`, params: { problem: 'shape' } });
      return;
    }
    for (const hr of info.reasons) {
      if (hr.id !== 'HR') continue;
      const v = keyText(hr, 'searchNumber');
      if (v !== sn) ctx.report(returnSearchNumber, { rec: hr, field: keyRef(hr, 'searchNumber'), at: keySpan(hr, 'searchNumber') ?? hr.offset, expected: `RE 検索番号 ${sn}`, found: v === '' ? 'empty' : v, params: { problem: 'hr', value: v, want: sn } });
    }
    for (const h of historySearchNumbers(info)) {
      if (h.value === sn) continue;
      ctx.report(returnSearchNumber, {
        rec: h.rec,
        field: keyRef(h.rec, 'searchNumber'),
        at: h.rec.span(h.pos)?.start ?? h.rec.offset,
        expected: `RE 検索番号 ${sn}`,
        found: h.value === '' ? 'empty' : h.value,
        params: { problem: h.trailing ? 'history-last' : 'history', value: h.value, want: sn },
        severity: h.trailing ? 'warning' : undefined,
      });
    }
  },
});
