import { isRecordId } from '../../../spec/registry.js';
import { ALL_PRESETS, defineRule } from '../define.js';

/** Records of the return/history family that never appear unprefixed inside a receipt. */
const HISTORY_ONLY = new Set(['RC', 'JY', 'EX', 'MN', 'MD', 'RT', 'JR', 'MK', 'ON']);
const FILE_LEVEL = new Set(['HI', 'HG', 'IR', 'GO']);

export const unexpectedRecord = defineRule({
  id: 'structure/unexpected-record',
  severity: 'error',
  presets: ALL_PRESETS,
  scope: 'receipt',
  description: 'A receipt holds only records that may appear there: history-only records (RC, JY, EX, MN, MD, RT, JR, MK, ON) only prefixed in the history block, HI/HG never.',
  descriptionJa: 'レセプト内には記録できるレコードのみがある（RC・JY・EX・MN・MD・RT・JR・MK・ON は履歴管理ブロック内に履歴管理情報を前置して記録し、HI・HG はレセプト内に記録しない）。',
  why: 'A prefixed HI/HG/GO inside a history block is a warning: one transcription shows it, no other source does ([L]).',
  reference: 'return-files.md §2.1, §2.2, §4.1',
  receipt(info, ctx) {
    for (const list of [info.claim, info.reasons]) {
      for (const rec of list) {
        const id = rec.id;
        if (!isRecordId(id)) continue;
        if (HISTORY_ONLY.has(id) || id === 'HI' || id === 'HG') {
          ctx.report(unexpectedRecord, { rec, at: rec.offset, expected: 'claim record (RE … SJ) or HR', found: id, params: { where: 'claim' } });
        }
      }
    }
    for (const rec of info.history) {
      if (rec.prefixed && FILE_LEVEL.has(rec.id) && rec.id !== 'IR') {
        ctx.report(unexpectedRecord, { rec, at: rec.offset, expected: 'no HI/HG/GO in a history block', found: rec.id, params: { where: 'history' }, severity: 'warning' });
      }
    }
  },
});
