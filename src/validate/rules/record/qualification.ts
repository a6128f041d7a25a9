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
  description:
    'In a claim, an SN with 負担者種別 “1” records 確認区分 and 枝番; 枝番 is two digits (a leading “0”), and is omitted when the insurer is 後期高齢者医療 or the 負担者種別 is a 公費.',
  descriptionJa:
    '保険医療機関からの請求時は、負担者種別が“1”の資格確認レコードに確認区分及び枝番を記録する。枝番は２桁（２桁に満たない場合は先頭に“0”）とし、後期高齢者医療又は負担者種別が公費負担医療の場合は省略する。',
  why:
    'A missing 枝番 is a warning: 「被保険者証等に「枝番」が記載されていない場合は、記録を省略しても差し支えない」 (記録内容４), and 注2 lets the whole SN be omitted then. 後期高齢者 is told by レセプト種別 (second digit 3). Not asked where 後期高齢者 cannot be told (kinds whose レセプト種別 do not follow the 医科 pattern). History lines are the payer’s data and are not checked.',
  whyJa:
    '枝番がないのは警告とする：「被保険者証等に「枝番」が記載されていない場合は、記録を省略しても差し支えない」（記録内容４）とされ、その場合は注2 により SN 全体も省略できる。後期高齢者はレセプト種別（２桁目が 3）で判断する。後期高齢者を判断できない場合（レセプト種別が医科の形に従わない種類）は求めない。履歴行は保険者のデータのため確認しない。',
  reference: 'SN 注1 (R04 l.847–848); 枝番 記録内容３〜５ (l.838–845); 注2 (l.849–850)',
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
