import { readSpecDate } from '../../../codec/dates.js';
import { valueParams } from '../../engine/read.js';
import { CLAIM_PRESETS, defineFieldRule } from '../define.js';
import { validDate } from './date.js';

export const dateWareki = defineFieldRule({
  id: 'field/date-wareki',
  severity: 'error',
  presets: CLAIM_PRESETS,
  scope: 'field',
  history: false,
  editionDates: 'seireki',
  description: 'In a claim file of a 西暦 edition (令和4年4月版; its header 請求年月 is YYYYMM), dates are recorded in 西暦 (YYYYMM / YYYYMMDD), not in 和暦 (GYYMM / GYYMMDD).',
  descriptionJa: '西暦の版（令和4年4月版。ヘッダーの請求年月が YYYYMM）の請求ファイルでは、日付は西暦で記録する（和暦 GYYMM / GYYMMDD は旧版の形式）。',
  why: 'Not run on a file of a 和暦 edition (a header 請求年月 GYYMM: an edition before R02, e.g. 平成30年4月版), where 和暦 is the rule; there field/date-seireki reports the 西暦 dates instead. A kind that switched to 西暦 at a known 請求年月 (労災: 2020-05 [M], KindDef.seirekiFrom) also accepts 和暦 dates in files whose header month is earlier.',
  whyJa:
    '和暦の版のファイル（ヘッダーの請求年月が GYYMM：R02 より前の版。例えば平成30年4月版）では和暦が正しいため実行せず、そこでは field/date-seireki が西暦の日付を報告する。分かっている請求年月から西暦に切り替えた種類（労災：2020-05 [M]、KindDef.seirekiFrom）では、ヘッダーの月がそれより前のファイルで和暦の日付も受け付ける。',
  reference: '第1章3(3)ウ(エ)「対象の年の記録に当たっては西暦を使用し」; 別表4 削除; 労災: kinds-nursing-rousai-dental-returns.md §2.1',
  applies: (f) => (f.kind === 'ym' || f.kind === 'ymd') && f.pos > 1,
  check(v, ctx) {
    if (v.length !== 5 && v.length !== 7) return;
    if (!v.allDigits()) return;
    const d = validDate(v);
    if (!d || typeof d === 'string' || d.layout !== 'wareki') return;
    // A file of the kind's 和暦 edition (its header month before the switch to 西暦).
    const from = ctx.file.kindDef?.seirekiFrom;
    if (from) {
      const h = readSpecDate(ctx.file.headerBillingMonth);
      if (h && h.iso.slice(0, 7).replace('-', '') < from.month) return;
    }
    ctx.report(dateWareki, {
      rec: v.rec,
      field: v.spec.field,
      at: v.start,
      length: v.length,
      expected: v.spec.kind === 'ym' ? 'YYYYMM (西暦)' : 'YYYYMMDD (西暦)',
      found: v.spec.kind === 'ym' ? 'GYYMM (和暦)' : 'GYYMMDD (和暦)',
      params: valueParams(v, ctx.showPersonalData),
    });
  },
});
