import { fieldEmpty } from '../../engine/read.js';
import { ALL_PRESETS, defineRule } from '../define.js';

export const LIMIT = 98;

export const categoryRun = defineRule<{ receipt: number; run: number }>({
  id: 'structure/category-run',
  severity: 'error',
  presets: ALL_PRESETS,
  scope: 'record',
  records: '*',
  description: 'At most 98 consecutive SI / IY / TO records without 診療識別 (CO records in between are not counted and do not break the run).',
  descriptionJa: '診療識別の記録を省略した診療行為・医薬品・特定器材レコードを連続して記録する場合は 98 レコードを限度とする（間のコメントレコードは数えず、連続も途切れないものとする）。',
  why: 'Whether CO counts is not stated; counting only SI/IY/TO reports the fewest false positives.',
  reference: '第1章3(3)ア(オ) 注1, (キ) 注3',
  init: () => ({ receipt: -1, run: 0 }),
  record(rec, info, ctx, s) {
    if (!info || rec.prefixed) return;
    if (info.ordinal !== s.receipt) {
      s.receipt = info.ordinal;
      s.run = 0;
    }
    const id = rec.id;
    if (id === 'CO') return;
    if (id !== 'SI' && id !== 'IY' && id !== 'TO') {
      s.run = 0;
      return;
    }
    if (!fieldEmpty(rec, 2)) {
      s.run = 0;
      return;
    }
    s.run++;
    if (s.run === LIMIT + 1) ctx.report(categoryRun, { rec, at: rec.offset, expected: `at most ${LIMIT} consecutive records without 診療識別`, found: `${LIMIT + 1}th`, params: { limit: LIMIT } });
  },
});
