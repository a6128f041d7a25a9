import { ALL_PRESETS, defineRule } from '../define.js';
import { historyHead, trailingMn } from '../search-number.js';

export const firstLine = defineRule({
  id: 'history/first-line',
  severity: 'warning',
  presets: ALL_PRESETS,
  scope: 'receipt',
  description:
    'A history block carries its 検索番号 where readers look for it: on its first line, a prefixed RE or MN (歯科: after the IR that heads the receipt), or in an MN after its closing RC.',
  descriptionJa:
    '履歴管理ブロックは検索番号を読み手が探す位置に持つ: 先頭行が履歴管理情報を前置した RE 又は MN（歯科はレセプト先頭の IR の次）、又は最後の RC の後の MN。',
  why:
    'Only ORCA’s re-claim check states the first-line order (it compares 検索番号 on the first history line, [M]); an insurer-side real file puts MN after RC at the end of each receipt instead, so that order is accepted too. Whether a block may start otherwise (e.g. with IR) is unknown ([INF]).',
  whyJa:
    '先頭行の順を示すのは ORCA の再請求チェックだけであり（履歴の先頭行で検索番号を比べる、[M]）、保険者側の実ファイルは代わりに各レセプトの末尾の RC の後に MN を置くため、その順も受け付ける。ブロックがそれ以外で始まってよいか（例：IR で）は分からない（[INF]）。',
  reference: 'return-files.md §2.9, §4.2, §5.2 (ORCA check_sai); issue 9 §4 (insurer-side file)',
  receipt(info, ctx) {
    const first = historyHead(info);
    if (!first || !first.prefixed) return;
    if (first.id === 'RE' || first.id === 'MN') return;
    if (trailingMn(info)) return; // the insurer-side order: …, RC, MN
    ctx.report(firstLine, { rec: first, at: first.offset, expected: 'RE or MN', found: first.id || '?', params: { found: first.id || '?' } });
  },
});
