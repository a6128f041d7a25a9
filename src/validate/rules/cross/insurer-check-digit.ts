import { ALL_PRESETS } from '../define.js';
import { defineCheckDigitRule } from './check-digit.js';
import { INSURER_SHAPE } from './insurer-number.js';

export const insurerCheckDigit = defineCheckDigitRule(
  {
    id: 'cross/insurer-check-digit',
    severity: 'error',
    presets: ALL_PRESETS,
  },
  { record: 'HO', key: 'insurerNumber', shape: INSURER_SHAPE, severity: (n) => (n.length === 6 ? 'warning' : undefined) },
);
