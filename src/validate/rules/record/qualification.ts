import { contextOf } from '../../engine/context.js';
import { keyAt, keyEmpty, keyLength, keyPos, keyRef, keyText } from '../../engine/read.js';
import { CLAIM_PRESETS, defineRule } from '../define.js';

/** 負担者種別 “1”: 医療保険、国民健康保険、退職者医療又は後期高齢者医療 (別表28). */
const INSURER = '1';
/** 保険種別 of a 後期高齢者 レセプト種別 (second digit). */
const KOUKI = '3';

export const qualification = defineRule({
  id: 'record/qualification',
  severity: 'error',
  presets: CLAIM_PRESETS,
  scope: 'record',
  records: ['SN'],
  record(rec, info, ctx) {
    if (rec.prefixed || !info || keyPos(rec, 'payerType') === 0) return;
    const payer = keyText(rec, 'payerType');
    if (payer === '') return; // field/required
    // 保険種別 from レセプト種別 ('' when the kind's types do not follow the 医科 pattern: 後期高齢者 is then unknown).
    const insurance = contextOf(rec, info, ctx.file.kindDef).insurance;
    const kouki = insurance === KOUKI;
    const branchEmpty = keyEmpty(rec, 'branchNumber');
    if (payer === INSURER && keyEmpty(rec, 'confirmationType')) {
      ctx.report(qualification, { rec, field: keyRef(rec, 'confirmationType'), at: keyAt(rec, 'confirmationType'), expected: '確認区分 (負担者種別 1)', found: 'empty', params: { problem: 'confirmation' } });
    }
    if (!branchEmpty && (kouki || payer !== INSURER)) {
      ctx.report(qualification, { rec, field: keyRef(rec, 'branchNumber'), at: keyAt(rec, 'branchNumber'), expected: kouki ? 'empty (後期高齢者医療)' : 'empty (公費負担医療)', found: 'recorded', params: { problem: 'omit', kouki: kouki ? 1 : 0 } });
    } else if (!branchEmpty && keyLength(rec, 'branchNumber') !== 2) {
      ctx.report(qualification, { rec, field: keyRef(rec, 'branchNumber'), at: keyAt(rec, 'branchNumber'), expected: '2 digits (leading “0”)', found: `${keyLength(rec, 'branchNumber')} digit`, params: { problem: 'width' } });
    } else if (branchEmpty && payer === INSURER && insurance !== '' && !kouki) {
      ctx.report(qualification, { rec, field: keyRef(rec, 'branchNumber'), at: keyAt(rec, 'branchNumber'), expected: '枝番 (負担者種別 1)', found: 'empty', params: { problem: 'branch' }, severity: 'warning' });
    }
  },
});
