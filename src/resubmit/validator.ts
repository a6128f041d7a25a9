/**
 * The resubmission writer checks its own output with the validator's `resubmission` preset
 * (src/validate). This adapter is the only place that knows the validator's calling convention.
 */
import type { Diagnostic, Locale } from '../diagnostics.js';
import type { ReceFile } from '../model/file.js';
import { validate } from '../validate/index.js';

/** Checks a written resubmission file; returns findings (errors block writing unless forced). */
export type OutputValidator = (file: ReceFile, options: { readonly locale: Locale; readonly showPersonalData?: boolean }) => readonly Diagnostic[];

/** validate(file, { preset: 'resubmission' }) from src/validate. */
export const resubmissionValidator: OutputValidator = (file, { locale, showPersonalData }) =>
  validate(file, { preset: 'resubmission', locale, showPersonalData: showPersonalData ?? false });
