import { defineRule, RETURN_PRESET } from '../define.js';

export const historyMissing = defineRule({
  id: 'return/history-missing',
  severity: 'warning',
  presets: RETURN_PRESET,
  scope: 'receipt',
  description: 'A returned receipt ends with a 履歴管理ブロック (the payer’s history, needed for the re-claim).',
  descriptionJa: '返戻レセプトは履歴管理ブロックで終わる（再請求に必要）。',
  why: 'Only one importer requires it ([M]); the spec text for the history block of 一次請求返戻 is not available.',
  whyJa: 'これを求めるのは１つの取込みソフトだけであり（[M]）、一次請求返戻の履歴管理ブロックについての仕様の本文は入手できない。',
  reference: 'return-files.md §4.1',
  receipt(info, ctx) {
    if (!ctx.file.isReturn || info.history.length > 0 || !ctx.file.kindDef?.returns?.history) return;
    ctx.report(historyMissing, { rec: info.re, at: info.re.offset, expected: 'history block', found: 'none', params: {} });
  },
});
