/**
 * The README's Masking section lists the rules whose findings may depend on personal values: derived
 * here from the rule modules (those that read a field the masker replaces, by key), so a new rule that
 * reads one fails this test until the README says how masking treats it.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/files.js';
import { ALL_RECORD_DEFS } from '../../src/index.js';

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? files(p) : p.endsWith('.ts') ? [p] : [];
  });
}

/** Rule ids of the modules that read a personal or masked field by its key. */
export function rulesReadingMaskedFields(): string[] {
  const keys = new Set(ALL_RECORD_DEFS.flatMap((d) => d.fields.filter((f) => f.personal || f.mask).map((f) => f.key)));
  const out = new Set<string>();
  for (const f of files(join(ROOT, 'src', 'validate', 'rules'))) {
    const text = readFileSync(f, 'utf8');
    if (![...keys].some((k) => text.includes(`'${k}'`))) continue;
    for (const m of text.matchAll(/\bid: '([a-z]+\/[a-z0-9-]+)'/g)) out.add(m[1]!);
  }
  return [...out].sort();
}

describe('README: Masking', () => {
  // The Japanese README (the front page) and the English one, each with its section heading.
  for (const [file, heading] of [['README.md', '## マスキング（receden mask）'], ['README.en.md', '## Masking (receden mask)']] as const) {
    it(`${file} names every rule that reads a masked field`, () => {
      const readme = readFileSync(join(ROOT, file), 'utf8');
      const start = readme.indexOf(heading);
      expect(start).toBeGreaterThan(0);
      const section = readme.slice(start, readme.indexOf('\n## ', start + 10));
      const rules = rulesReadingMaskedFields();
      expect(rules.length).toBeGreaterThan(10);
      for (const id of rules) expect(section, id).toContain(`\`${id}\``);
    });
  }
});
