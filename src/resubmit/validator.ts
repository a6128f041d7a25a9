/**
 * The resubmission writer checks its own output with the validator's `resubmission` preset
 * (src/validate). This adapter is the only place that knows the validator's calling convention.
 */
import { validate } from '../validate/index.js';
import type { OutputValidator } from '../write/check.js';

/** Checks a written resubmission file; returns findings (errors block writing unless forced). */
export type { OutputValidator };

/** validate(file, { preset: 'resubmission' }) from src/validate. */
export const resubmissionValidator: OutputValidator = (file, { showPersonalData }) => validate(file, { preset: 'resubmission', showPersonalData: showPersonalData ?? false });
