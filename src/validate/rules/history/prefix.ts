import { ALL_PRESETS, defineRule } from '../define.js';
import { boundsOf, recBuffer } from '../../engine/read.js';
import { closingRc } from '../search-number.js';

function digits(b: Uint8Array, s: number, e: number, max: number): boolean {
  if (e <= s || e - s > max) return false;
  for (let i = s; i < e; i++) if (b[i]! < 0x30 || b[i]! > 0x39) return false;
  return true;
}

export const historyPrefix = defineRule({
  id: 'history/prefix',
  severity: 'error',
  presets: ALL_PRESETS,
  scope: 'record',
  records: '*',
  description: 'The 履歴管理情報 prefix of a history line is データ識別 (1–2 digits), 行番号 (1–5 digits), 枝番号 (1–3 digits).',
  descriptionJa: '履歴管理情報はデータ識別（数字２桁以内）・行番号（数字５桁以内）・枝番号（数字３桁以内）とする。',
  why: 'Error on a receipt’s closing RC line (the last one, or the one before a trailing MN), which payers check on re-claim (ORCA 21130/21140); a warning on other history lines, which are the payer’s data kept as written.',
  whyJa:
    'レセプトを閉じる RC 行（最後の RC、又は末尾の MN の前の RC）ではエラーとする：保険者が再請求時に確認する（ORCA 21130/21140）。その他の履歴行は保険者のデータを記録されたまま残したものであり、警告とする。',
  reference: 'return-files.md §2.5, §2.6',
  record(rec, info, ctx) {
    if (!rec.prefixed) return;
    const { a: bounds, o } = boundsOf(rec);
    const b = recBuffer(rec);
    const f1 = bounds[o + 1]!;
    const f2 = bounds[o + 2]!;
    const line = digits(b, f1, f2 - 1, 5);
    const branch = digits(b, f2, bounds[o + 3]! - 1, 3);
    if (line && branch) return;
    const isLast = rec.id === 'RC' && info !== undefined && closingRc(info) === rec;
    const which = line ? '枝番号' : '行番号';
    ctx.report(historyPrefix, {
      rec,
      at: line ? f2 : f1,
      expected: line ? '枝番号 1–3 digits' : '行番号 1–5 digits',
      found: 'other',
      params: { which },
      severity: isLast ? undefined : 'warning',
    });
  },
});
