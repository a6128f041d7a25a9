/** The resubmit message catalogue: both locales, every code the module emits, no value leaks. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RESUBMIT_MESSAGES_EN, RESUBMIT_MESSAGES_JA } from '../../src/messages/resubmit.js';
import { renderMessage } from '../../src/diagnostics/index.js';
import { ROOT } from '../helpers/files.js';

describe('resubmit messages', () => {
  it('ja and en have the same codes', () => {
    expect(Object.keys(RESUBMIT_MESSAGES_EN).sort()).toEqual(Object.keys(RESUBMIT_MESSAGES_JA).sort());
  });

  it('every code used in src/resubmit has a message (and is merged into the main catalogue)', () => {
    const dir = join(ROOT, 'src', 'resubmit');
    const used = new Set<string>();
    for (const f of readdirSync(dir)) {
      if (f === 'messages.ts') continue;
      for (const m of readFileSync(join(dir, f), 'utf8').matchAll(/'((?:resubmit|splice)\/[a-z0-9-]+)'/g)) used.add(m[1]!);
    }
    for (const c of used) {
      expect(Object.keys(RESUBMIT_MESSAGES_JA), c).toContain(c);
      expect(renderMessage(c, {}, 'ja')).not.toContain(c + ' {');
    }
  });

  it('renders with empty params without throwing', () => {
    for (const [code, t] of Object.entries({ ...RESUBMIT_MESSAGES_JA })) expect(() => t({}), code).not.toThrow();
    for (const [code, t] of Object.entries({ ...RESUBMIT_MESSAGES_EN })) expect(() => t({}), code).not.toThrow();
  });
});
