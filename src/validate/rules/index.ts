/**
 * Every rule, in report order of the documentation. Adding a rule: write its module, list it here,
 * add its ja + en messages (../messages.ts) and its metadata, from which the README rule reference is generated (a test checks all three).
 */
import type { Rule } from '../types.js';
import { fieldCount } from './field/count.js';
import { maxBytes } from './field/max-bytes.js';
import { fixedLength } from './field/fixed-length.js';
import { modeRule } from './field/mode.js';
import { modeMixed } from './field/mode-mixed.js';
import { jisX0208 } from './field/jis-x0208.js';
import { trailingSpace } from './field/trailing-space.js';
import { leadingZero } from './field/leading-zero.js';
import { digits } from './field/digits.js';
import { fractionZero } from './field/fraction-zero.js';
import { decimalSplit } from './field/decimal-split.js';
import { upperCase } from './field/upper-case.js';
import { numberFormat } from './field/number-format.js';
import { dateRule } from './field/date.js';
import { dateWareki } from './field/date-wareki.js';
import { dateSeireki } from './field/date-seireki.js';
import { required } from './field/required.js';
import { omitted } from './field/omitted.js';
import { repeatUnit } from './field/repeat-unit.js';
import { codeUnknown } from './code/unknown.js';
import { codeOpenFamily } from './code/open-family.js';
import { codeFirstClaim } from './code/first-claim.js';
import { codeHistoryUnknown } from './code/history-unknown.js';
import { codeSetting } from './code/setting.js';
import { codePeriod } from './code/period.js';
import { codeInsurance } from './code/insurance.js';
import { timesSum } from './record/times-sum.js';
import { uncodedDisease } from './record/uncoded-disease.js';
import { commentPairs } from './record/comment-pairs.js';
import { department } from './record/department.js';
import { inpatient } from './record/inpatient.js';
import { cardLength } from './record/card-length.js';
import { kanaName } from './record/kana-name.js';
import { conditionalFields } from './record/conditional-fields.js';
import { startMonth } from './record/start-month.js';
import { qualification } from './record/qualification.js';
import { calcUnit } from './record/calc-unit.js';
import { visitDays } from './record/visit-days.js';
import { headerTrailer } from './structure/header-trailer.js';
import { unexpectedRecord } from './structure/unexpected-record.js';
import { foreignRecord } from './structure/foreign-record.js';
import { recordOrder } from './structure/record-order.js';
import { insurerRecords } from './structure/insurer-records.js';
import { requiredRecords } from './structure/required-records.js';
import { optionalRecords } from './structure/optional-records.js';
import { donorRecords } from './structure/donor-records.js';
import { publicOrder } from './structure/public-order.js';
import { categoryRun } from './structure/category-run.js';
import { noReceipts } from './structure/no-receipts.js';
import { jdPayers } from './structure/jd-payers.js';
import { payerRecords } from './structure/payer-records.js';
import { dateOrder } from './structure/date-order.js';
import { visitDays as visitDaysByDate } from './structure/visit-days.js';
import { singleRecords } from './structure/single-records.js';
import { suspendedRecords } from './structure/suspended-records.js';
import { additionBelowBase } from './structure/addition-below-base.js';
import { practiceOrder } from './structure/practice-order.js';
import { receiptVariant } from './structure/receipt-variant.js';
import { receiptGroup } from './structure/receipt-group.js';
import { burdenPayers } from './cross/burden-payers.js';
import { payerTotals } from './cross/payer-totals.js';
import { payerAmounts } from './cross/payer-amounts.js';
import { recordArithmetic } from './cross/record-arithmetic.js';
import { birthDate, ageType } from './cross/patient-age.js';
import { unprefixedLine } from './history/unprefixed-line.js';
import { rcLast } from './history/rc-last.js';
import { rcFormat } from './history/rc-format.js';
import { historyPrefix } from './history/prefix.js';
import { dataKind } from './history/data-kind.js';
import { firstLine } from './history/first-line.js';
import { returnReasons } from './return/reasons.js';
import { returnSearchNumber } from './return/search-number.js';
import { categoryKind } from './return/category-kind.js';
import { historyMissing } from './return/history-missing.js';
import { resubmitSearchNumber } from './resubmit/search-number.js';
import { reField20 } from './resubmit/re-field-20.js';
import { unprefixedHr } from './resubmit/unprefixed-hr.js';
import { noReclaims } from './resubmit/no-reclaims.js';
import { totals } from './cross/totals.js';
import { receiptNumber } from './cross/receipt-number.js';
import { donorReceiptNumber } from './cross/donor-receipt-number.js';
import { serviceMonth } from './cross/service-month.js';
import { searchNumberOmitted } from './cross/search-number-omitted.js';
import { insurerNumber } from './cross/insurer-number.js';
import { insurerCheckDigit } from './cross/insurer-check-digit.js';
import { publicPayerNumber } from './cross/public-payer-number.js';
import { publicPayerCheckDigit } from './cross/public-payer-check-digit.js';
import { recipientNumber } from './cross/recipient-number.js';
import { lawNumber } from './cross/law-number.js';
import { benefitRatio } from './cross/benefit-ratio.js';
import { multiVolume } from './cross/multi-volume.js';
import { amounts } from './cross/amounts.js';
import { headerMonth } from './cross/header-month.js';
import { fileSplit } from './cross/file-split.js';
import { resubmitReceptionNumber } from './resubmit/reception-number.js';

export const ALL_RULES: readonly Rule[] = [
  fieldCount,
  maxBytes,
  fixedLength,
  modeRule,
  modeMixed,
  jisX0208,
  trailingSpace,
  leadingZero,
  digits,
  fractionZero,
  decimalSplit,
  upperCase,
  numberFormat,
  dateRule,
  dateWareki,
  dateSeireki,
  required,
  omitted,
  repeatUnit,
  codeUnknown,
  codeOpenFamily,
  codeFirstClaim,
  codeHistoryUnknown,
  codeSetting,
  codePeriod,
  codeInsurance,
  timesSum,
  uncodedDisease,
  commentPairs,
  department,
  inpatient,
  cardLength,
  kanaName,
  conditionalFields,
  startMonth,
  qualification,
  calcUnit,
  visitDays,
  headerTrailer,
  unexpectedRecord,
  foreignRecord,
  recordOrder,
  insurerRecords,
  requiredRecords,
  optionalRecords,
  donorRecords,
  publicOrder,
  categoryRun,
  noReceipts,
  jdPayers,
  payerRecords,
  dateOrder,
  visitDaysByDate,
  singleRecords,
  suspendedRecords,
  additionBelowBase,
  practiceOrder,
  receiptVariant,
  receiptGroup,
  unprefixedLine,
  rcLast,
  rcFormat,
  historyPrefix,
  dataKind,
  firstLine,
  returnReasons,
  returnSearchNumber,
  categoryKind,
  historyMissing,
  resubmitSearchNumber,
  reField20,
  unprefixedHr,
  noReclaims,
  resubmitReceptionNumber,
  totals,
  amounts,
  headerMonth,
  fileSplit,
  payerTotals,
  payerAmounts,
  recordArithmetic,
  burdenPayers,
  receiptNumber,
  donorReceiptNumber,
  serviceMonth,
  searchNumberOmitted,
  insurerNumber,
  insurerCheckDigit,
  publicPayerNumber,
  publicPayerCheckDigit,
  recipientNumber,
  lawNumber,
  benefitRatio,
  multiVolume,
  birthDate,
  ageType,
] as Rule[];

/** Rules by id. */
export const RULES_BY_ID: ReadonlyMap<string, Rule> = new Map(ALL_RULES.map((r) => [r.id, r]));
