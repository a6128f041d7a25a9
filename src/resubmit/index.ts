/**
 * Returns to resubmission: reasons, corrections, splicing and the 再請求 RECEIPTC.UKE writer.
 * Browser-safe (models and bytes only). See the README, "Returns and resubmission".
 */
export {
  reasons,
  groupReasons,
  reasonsToCsv,
  groupsToCsv,
  REASON_COLUMNS,
  REASON_GROUP_KEYS,
  type ReasonRow,
  type ReasonSource,
  type ReasonsOptions,
  type ReasonGroup,
  type ReasonGroupKey,
  type CsvOptions,
  type CsvResult,
} from './reasons.js';
export {
  applyCorrections,
  payerOfInsurer,
  receiptSearchNumber,
  resolveField,
  type Correction,
  type SetOp,
  type InsertOp,
  type DeleteOp,
  type PayerOp,
  type SplitOp,
  type DropOp,
  type ReceiptRef,
  type RecordRef,
  type FieldRef,
  type CorrectionOptions,
  type CorrectionResult,
  type ReceiptAudit,
  type RecordChange,
  type FieldChange,
  type UnitInfo,
} from './corrections.js';
export {
  readCorrections,
  readCorrectionsJson,
  readCorrectionsCsv,
  correctionsFromObject,
  decodeCsvBytes,
  CorrectionsFileSchema,
  type CorrectionsFile,
  type CorrectionsRead,
} from './corrections-file.js';
export { checkValue, type ValueCheck, type ValueCheckOptions, type ValueProblem } from './values.js';
export { spliceReceipt, editFieldBytes, storeReturn, storeReturns, storedHistory, type StoredReturn, type SpliceInput, type SpliceResult, type SpliceOptions } from './splice.js';
export { computeTotals, receiptTotals, type Totals, type HasClaim } from '../model/totals.js';
export { diffFiles, diffRecords, renderDiff, renderAudit, renderChanges, maskPersonal, type FileDiff, type ReceiptDiff, type RenderOptions } from './diff.js';
export {
  resubmit,
  PAYER_DIR,
  claimFileName,
  type ResubmitInput,
  type ResubmitResult,
  type ResubmitOutput,
  type ReceiptDisposition,
  type ReceiptStatus,
  type RegeneratedReceipt,
  type Facility,
  type Payer,
} from './resubmit.js';
export { resubmissionValidator, type OutputValidator } from './validator.js';
export { checkResubmission, type CheckResubmissionOptions, type ResubmissionCheck } from './check.js';
export { type LineOrigin } from './resubmit.js';
export { resubmitStream, ResubmissionRefused, type ResubmitStreamInput, type ResubmitStreamPlan, type StreamedOutput } from './stream.js';
