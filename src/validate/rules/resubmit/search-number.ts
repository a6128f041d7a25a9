import { keyRef, keySpan, keyText } from '../../engine/read.js';
import { CLAIM_PRESETS, defineRule } from '../define.js';
import { historySearchNumber, validSearchNumber } from '../search-number.js';

export const resubmitSearchNumber = defineRule({
  id: 'resubmit/search-number',
  severity: 'error',
  presets: CLAIM_PRESETS,
  scope: 'receipt',
  description: 'A re-claimed receipt (one with a history block) carries RE 検索番号 (17–30 digits) equal to the one on its history block’s first line (RE, or MN field 4).',
  descriptionJa: '再請求するレセプト（履歴管理ブロックのあるレセプト）の RE 検索番号は 17〜30 桁の数字で、履歴管理ブロック先頭行（RE、又は MN の第４項目）の検索番号と一致する。',
  why: 'A mismatch with MN field 4 is a warning ([M]/[INF], see return/search-number).',
  reference: 'RE 検索番号 記録内容3; return-files.md §5.2 (ORCA 21200)',
  receipt(info, ctx) {
    if (!info.reclaimed) return;
    const re = info.re;
    const sn = keyText(re, 'searchNumber');
    if (!validSearchNumber(sn)) {
      ctx.report(resubmitSearchNumber, { rec: re, field: keyRef(re, 'searchNumber'), at: keySpan(re, 'searchNumber') ?? re.offset, expected: '17–30 digits', found: sn === '' ? 'empty' : `${sn.length} characters`, params: { problem: 'shape' } });
      return;
    }
    const h = historySearchNumber(info);
    if (h && h.value !== sn) {
      ctx.report(resubmitSearchNumber, {
        rec: re,
        field: keyRef(re, 'searchNumber'),
        at: keySpan(re, 'searchNumber'),
        expected: `history 検索番号 ${h.value || '(empty)'}`,
        found: sn,
        params: { problem: 'history', value: sn, want: h.value },
        severity: h.fromMn ? 'warning' : undefined,
      });
    }
  },
});
