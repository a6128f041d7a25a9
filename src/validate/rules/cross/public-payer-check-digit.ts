import { ALL_PRESETS } from '../define.js';
import { defineCheckDigitRule } from './check-digit.js';

export const publicPayerCheckDigit = defineCheckDigitRule(
  {
    id: 'cross/public-payer-check-digit',
    severity: 'warning',
    presets: ALL_PRESETS,
  },
  { record: 'KO', key: 'payerNumber', shape: /^\d{8}$/ },
);
