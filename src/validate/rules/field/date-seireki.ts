import { valueParams } from '../../engine/read.js';
import { isLow } from '../../engine/compile.js';
import { CLAIM_PRESETS, defineFieldRule } from '../define.js';
import { validDate } from './date.js';

/**
 * The mirror of field/date-wareki for files of a 和暦 edition: there a 西暦 date is the odd one out
 * (a writer that mixed layouts, or a date pasted in from a newer file).
 */
export const dateSeireki = defineFieldRule({
  id: 'field/date-seireki',
  severity: 'error',
  presets: CLAIM_PRESETS,
  scope: 'field',
  history: false,
  editionDates: 'wareki',
  description: 'In a claim file of a 和暦 edition (before R02, e.g. 平成30年4月版; its header 請求年月 is GYYMM), dates are 和暦 GYYMM / GYYMMDD too, not 西暦 (YYYYMM / YYYYMMDD).',
  descriptionJa: '和暦の版（令和2年改正前。平成30年4月版など。ヘッダーの請求年月が GYYMM）の請求ファイルでは、日付も和暦 GYYMM / GYYMMDD で記録する（西暦 YYYYMM / YYYYMMDD を混ぜない）。',
  why:
    'Runs only on files of a 和暦 edition (told from the header, or forced with the edition option). An error where the edition is documented (医科 平成30年4月版: the H-era text and real files are [H]); a warning where the edition itself is inferred ([INF]: 医科 平成28年4月版以前 and the other kinds’ 平成 editions, whose layout is not modelled).',
  whyJa:
    '和暦の版のファイル（ヘッダーから判断、又は edition オプションで指定）でのみ実行する。版が文書化されている場合（医科 平成30年4月版：平成期の記載と実ファイルは [H]）はエラー、版自体が推定の場合（[INF]：医科 平成28年4月版以前と他の種類の平成の版。レイアウトはモデル化していない）は警告とする。',
  reference: '平成版 第1章「…を和暦で年号区分コード（別表4）を含めた形で記録する」「数字“GYYMM”の形式で記録する」 (claim-records.md §1, as transcribed in MD)',
  applies: (f) => (f.kind === 'ym' || f.kind === 'ymd') && f.pos > 1,
  check(v, ctx) {
    if (v.length !== 6 && v.length !== 8) return;
    if (!v.allDigits()) return;
    if (validDate(v) !== 'seireki') return;
    ctx.report(dateSeireki, {
      rec: v.rec,
      field: v.spec.field,
      at: v.start,
      length: v.length,
      expected: v.spec.kind === 'ym' ? 'GYYMM (和暦)' : 'GYYMMDD (和暦)',
      found: v.spec.kind === 'ym' ? 'YYYYMM (西暦)' : 'YYYYMMDD (西暦)',
      params: valueParams(v, ctx.showPersonalData),
      severity: isLow(ctx.file.edition?.confidence) ? 'warning' : undefined,
    });
  },
});
