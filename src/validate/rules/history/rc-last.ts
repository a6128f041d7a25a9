import { ALL_PRESETS, defineRule } from '../define.js';
import { trailingMn } from '../search-number.js';

export const rcLast = defineRule({
  id: 'history/rc-last',
  severity: 'error',
  presets: ALL_PRESETS,
  scope: 'receipt',
  description: 'A receipt’s history block ends with the RC (レコード管理情報) line, or with RC then MN (the order of an insurer-side file).',
  descriptionJa: '履歴管理ブロックの最終行はレコード管理情報レコード（RC）とする（RC の後に MN が続く順も受け付ける）。',
  why:
    'RC then MN is accepted without a finding in return files (an insurer-side real file has MN after RC) and is a warning in a claim file: ORCA’s re-claim check wants RC last (21150), and whether payers take a re-claim whose kept history ends with MN is unknown ([INF]).',
  whyJa:
    '返戻ファイルでは RC の後の MN を指摘なく受け付け（保険者側の実ファイルでは RC の後に MN がある）、請求ファイルでは警告とする：ORCA の再請求チェックは RC が最後であることを求め（21150）、残した履歴が MN で終わる再請求を保険者が受け付けるかは分からない（[INF]）。',
  reference: 'return-files.md §2.6, §2.9, §4.1 (ORCA 21150); issue 9 §4 (insurer-side file)',
  receipt(info, ctx) {
    const h = info.history;
    if (h.length === 0) return;
    const last = h[h.length - 1]!;
    if (last.prefixed && last.id === 'RC') return;
    if (trailingMn(info)) {
      if (!ctx.file.isReturn) ctx.report(rcLast, { rec: last, at: last.offset, expected: 'RC last', found: 'MN after RC', params: { found: 'MN', after: 'RC' }, severity: 'warning' });
      return;
    }
    ctx.report(rcLast, { rec: last, at: last.offset, expected: 'RC last', found: last.id || '?', params: { found: last.id || '?' } });
  },
});
