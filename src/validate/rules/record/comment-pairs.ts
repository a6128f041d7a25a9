import { ALL_RECORD_DEFS } from '../../../spec/kinds.js';
import type { RecordDef } from '../../../spec/types.js';
import { boundsOf, defOf, fieldAt, fieldEmpty, positionsOf } from '../../engine/read.js';
import { ALL_PRESETS, defineRule } from '../define.js';

const KEYS = ['commentCode1', 'commentText1', 'commentCode2', 'commentText2', 'commentCode3', 'commentText3'];
const cache = new WeakMap<RecordDef, number[] | null>();

/** Records with three コメントコード/文字データ pairs (SI, IY, TO …) in any kind, found from the tables. */
const RECORD_IDS = [...new Set(ALL_RECORD_DEFS.filter((d) => positionsOf(d, KEYS) !== undefined).map((d) => d.id))];

export const commentPairs = defineRule({
  id: 'record/comment-pairs',
  severity: 'error',
  presets: ALL_PRESETS,
  scope: 'record',
  records: RECORD_IDS,
  record(rec, _info, ctx) {
    if (rec.prefixed) return;
    const def = defOf(rec)!;
    let p = cache.get(def);
    if (p === undefined) cache.set(def, (p = positionsOf(def, KEYS) ?? null));
    if (!p) return;
    // the common case: all six comment fields empty (they are contiguous), i.e. only commas
    const { a, o, n } = boundsOf(rec);
    const first = p[0]!;
    const last = p[5]!;
    if (last < n && last === first + 5 && a[o + last]! - a[o + first - 1]! === 6) return;
    let gap = false;
    for (let k = 0; k < 3; k++) {
      const codePos = p[k * 2]!;
      const textPos = p[k * 2 + 1]!;
      const hasCode = !fieldEmpty(rec, codePos);
      const hasText = !fieldEmpty(rec, textPos);
      const f = def.fields[(hasCode ? codePos : textPos) - 1]!;
      const field = { key: f.key, name: f.name, position: hasCode ? codePos : textPos };
      if (hasText && !hasCode) {
        ctx.report(commentPairs, { rec, field, at: fieldAt(rec, textPos), expected: 'コメントコード with its 文字データ', found: '文字データ without コメントコード', params: { n: k + 1, problem: 'text-without-code' } });
        return;
      }
      if (hasCode && gap) {
        ctx.report(commentPairs, { rec, field, at: fieldAt(rec, codePos), expected: 'comments filled from ①', found: `comment ${k + 1} after an empty one`, params: { n: k + 1, problem: 'gap' } });
        return;
      }
      if (!hasCode) gap = true;
    }
  },
});
