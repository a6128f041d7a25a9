/** The messages between the app's page and its Worker (plain data: structured-clone safe). */
import type { Correction, FieldInfo, Locale } from 'receden';

export interface OpenedFile {
  readonly name: string;
  readonly kind: string;
  readonly claimKind: string;
  readonly payer: string;
  readonly receipts: readonly ListedReceipt[];
  /** Findings of the parse (errors only), rendered. */
  readonly errors: readonly string[];
}

export interface ListedReceipt {
  readonly position: number;
  readonly searchNumber: string;
  readonly serviceMonth: string;
  readonly reasons: readonly { readonly text: string; readonly code: string; readonly practice: string }[];
}

export interface EditorField extends FieldInfo {
  readonly value: string;
}

export interface EditorRecord {
  /** 1-based line of the record in the receipt's 請求データ (RE = 1). */
  readonly line: number;
  readonly id: string;
  readonly name: string;
  /** 1-based occurrence among the receipt's records of its id. */
  readonly occurrence: number;
  readonly fields: readonly EditorField[];
}

export interface ReceiptView {
  readonly html: string;
  readonly records: readonly EditorRecord[];
  /** Records that may be added (the kind's receipt records but RE), with their レコード名. */
  readonly insertable: readonly { readonly id: string; readonly name: string }[];
  /** Messages of corrections of this receipt that could not be applied. */
  readonly problems: readonly string[];
}

export type Request =
  | { readonly type: 'open'; readonly files: readonly { readonly name: string; readonly bytes: ArrayBuffer }[]; readonly locale: Locale }
  | { readonly type: 'receipt'; readonly file: number; readonly position: number; readonly corrections: readonly Correction[]; readonly locale: Locale; readonly showNames: boolean }
  | { readonly type: 'fields'; readonly file: number; readonly record: string }
  | { readonly type: 'verdict'; readonly file: number; readonly record: string; readonly position: number; readonly value: string; readonly reclaimed: boolean; readonly locale: Locale }
  | { readonly type: 'audit'; readonly corrections: readonly Correction[]; readonly locale: Locale }
  | { readonly type: 'resubmit'; readonly corrections: readonly Correction[]; readonly billingMonth: string; readonly facilityName: string; readonly phone: string; readonly force: boolean; readonly locale: Locale }
  | { readonly type: 'corrections'; readonly corrections: readonly Correction[] }
  | { readonly type: 'print'; readonly file: number; readonly corrections: readonly Correction[]; readonly locale: Locale; readonly showNames: boolean };

export interface ResubmitReply {
  readonly ok: boolean;
  readonly files: readonly { readonly path: string; readonly fileName: string; readonly payer: string; readonly bytes: Uint8Array }[] | undefined;
  readonly summary: readonly string[];
  /** Errors and warnings, each with where to fix it. */
  readonly problems: readonly { readonly severity: string; readonly where: string; readonly message: string }[];
}
