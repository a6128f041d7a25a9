/**
 * Presets: which rules run, and how severe their findings may be.
 *
 * - `claim` — a RECEIPTC.UKE as a 医療機関 sends it. Field, code, record, structure and cross-record
 *   rules. Receipts that carry a history block are re-claims: the `resubmit/*` rules run on them, so a
 *   UKE containing re-claimed receipts gets the resubmission rules without asking.
 * - `resubmission` — the same rules, and a warning when no receipt is a re-claim.
 * - `return` — a RECEIPTC.HEN / RECEIPTC.SAH as received from the payer: tolerant. The file structure,
 *   the history blocks, 検索番号 and the HG totals are checked at full severity; field, code and
 *   record-content findings on the payer's data are capped at warning (fix them in the re-claim, where
 *   the `resubmission` preset reports them as errors).
 *
 * The default preset follows the file kind: UKE → `claim`, HEN/SAH → `return`.
 */
import type { Severity } from '../diagnostics/index.js';
import type { FileKind } from '../model/file.js';
import type { PresetId } from './types.js';

export interface PresetDef {
  readonly id: PresetId;
  readonly description: string;
  readonly descriptionJa: string;
  /** Rule-id prefixes (ending in '/') or exact ids, with the highest severity they may report. */
  readonly caps: Readonly<Record<string, Severity>>;
}

export const PRESETS: Readonly<Record<PresetId, PresetDef>> = {
  claim: {
    id: 'claim',
    description: 'A first claim (RECEIPTC.UKE); re-claimed receipts in it get the resubmission rules too.',
    descriptionJa: '一次請求（RECEIPTC.UKE）。履歴管理ブロックを持つレセプト（再請求分）には再請求のルールも適用する。',
    caps: {},
  },
  resubmission: {
    id: 'resubmission',
    description: 'A RECEIPTC.UKE with re-claimed receipts (history blocks, 検索番号, RC last, RE field 20 empty).',
    descriptionJa: '返戻分を含む再請求ファイル（RECEIPTC.UKE）。履歴管理ブロック・検索番号・RC・RE の予備（旧 記録条件仕様年月情報）を検査する。',
    caps: {},
  },
  return: {
    id: 'return',
    description: 'A return file (RECEIPTC.HEN / RECEIPTC.SAH) as received: structure at full severity, the payer’s field data at most warnings.',
    descriptionJa: '受け取った返戻ファイル（RECEIPTC.HEN / RECEIPTC.SAH）。構造は通常どおり、審査支払機関が記録した項目の内容は警告までとする。',
    caps: {
      'field/max-bytes': 'warning',
      'field/fixed-length': 'warning',
      'field/mode': 'warning',
      'field/mode-mixed': 'warning',
      'field/jis-x0208': 'warning',
      'field/leading-zero': 'warning',
      'field/fraction-zero': 'warning',
      'field/decimal-split': 'warning',
      'field/upper-case': 'warning',
      'field/date': 'warning',
      'field/required': 'warning',
      'field/repeat-unit': 'warning',
      'code/': 'warning',
      'record/': 'warning',
      'structure/record-order': 'warning',
      'structure/insurer-records': 'warning',
      'structure/required-records': 'warning',
      'structure/donor-records': 'warning',
      'structure/category-run': 'warning',
      'cross/insurer-number': 'warning',
      'cross/insurer-check-digit': 'warning',
      'cross/public-payer-number': 'warning',
      'cross/public-payer-check-digit': 'warning',
      'cross/recipient-number': 'warning',
    },
  },
};

/** The highest severity a rule may report under a preset (undefined: its own). */
export function presetCap(preset: PresetId, ruleId: string): Severity | undefined {
  const caps = PRESETS[preset].caps;
  const exact = caps[ruleId];
  if (exact) return exact;
  const slash = ruleId.indexOf('/');
  return slash > 0 ? caps[ruleId.slice(0, slash + 1)] : undefined;
}

/** The preset used when none is given: UKE → claim, HEN/SAH → return. */
export function defaultPreset(kind: FileKind): PresetId {
  return kind === 'HEN' || kind === 'SAH' ? 'return' : 'claim';
}
