/** Every rule is documented: ja + en messages, complete metadata, a row in the README rule reference. */
import { KINDS } from '../../src/spec/kinds.js';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { knownCodes, renderMessage } from '../../src/diagnostics/index.js';
import { presetCap, PRESETS, RULES } from '../../src/validate/index.js';
import { VALIDATE_MESSAGES_EN, VALIDATE_MESSAGES_JA } from '../../src/messages/validate.js';
import { PRESET_IDS } from '../../src/validate/types.js';
import { ruleReference, RULES_END, RULES_START } from '../../src/validate/reference.js';
import { RULE_DOCS } from '../../src/validate/rules/docs.js';
import { ROOT } from '../helpers/files.js';

// The English README's rule reference (the Japanese one, README.md, has the same rows in Japanese: test/unit/spec-tables.test.ts keeps both generated).
const DOC = readFileSync(join(ROOT, 'README.en.md'), 'utf8');
const DOC_JA = readFileSync(join(ROOT, 'README.md'), 'utf8');

/** Each rule with its documentation. */
const DOCUMENTED = RULES.map((r) => ({ ...r, ...RULE_DOCS[r.id]! }));

describe('rule catalogue', () => {
  it('rule ids are unique and well-formed', () => {
    const ids = RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^(field|code|record|structure|history|return|resubmit|cross)\/[a-z0-9-]+$/);
  });

  it('every rule has its documentation (RULE_DOCS), and every entry of RULE_DOCS is a rule', () => {
    expect(Object.keys(RULE_DOCS).sort()).toEqual(RULES.map((r) => r.id).sort());
  });

  it('every rule has descriptions, presets, and a why when it is not an error', () => {
    for (const r of DOCUMENTED) {
      expect(r.description.length, r.id).toBeGreaterThan(20);
      expect(r.descriptionJa.length, r.id).toBeGreaterThan(10);
      expect(r.presets.length, r.id).toBeGreaterThan(0);
      for (const p of r.presets) expect(PRESET_IDS).toContain(p);
      if (r.severity !== 'error') expect(r.why, r.id).toBeTruthy();
    }
  });

  it('every rule with a why has its Japanese whyJa, and only those', () => {
    for (const r of DOCUMENTED) {
      expect(r.whyJa === undefined, r.id).toBe(r.why === undefined);
      if (r.why === undefined) continue;
      expect(r.whyJa!.trim().length, r.id).toBeGreaterThan(0);
      // Japanese text: at least one kana or kanji.
      expect(r.whyJa, r.id).toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/);
    }
  });

  it('every rule id (and validate/truncated) has a Japanese and an English message', () => {
    for (const id of [...RULES.map((r) => r.id), 'validate/truncated']) {
      expect(VALIDATE_MESSAGES_JA[id], id).toBeTypeOf('function');
      expect(VALIDATE_MESSAGES_EN[id], id).toBeTypeOf('function');
    }
    expect(Object.keys(VALIDATE_MESSAGES_JA).sort()).toEqual(Object.keys(VALIDATE_MESSAGES_EN).sort());
    expect(knownCodes('ja')).toEqual(knownCodes('en'));
  });

  it('messages render from empty params without throwing', () => {
    for (const id of Object.keys(VALIDATE_MESSAGES_JA)) {
      expect(renderMessage(id, {}, 'ja').length).toBeGreaterThan(5);
      expect(renderMessage(id, {}, 'en').length).toBeGreaterThan(5);
    }
  });

  it('the README rule reference has a row per rule with its severity and presets', () => {
    for (const r of DOCUMENTED) {
      const row = DOC.split('\n').find((l) => l.startsWith(`| \`${r.id}\` |`));
      expect(row, r.id).toBeDefined();
      const cells = row!.split(' | ');
      expect(cells[1], r.id).toBe(r.severity);
      for (const p of r.presets) expect(cells[2], r.id).toContain(p);
      for (const p of PRESET_IDS) if (!r.presets.includes(p)) expect(cells[2]!.split(', ').map((x) => x.replace(/ \(.*/, '')), r.id).not.toContain(p);
      const cap = presetCap('return', r.id);
      if (r.presets.includes('return') && cap && cap !== r.severity && r.severity === 'error') expect(cells[2], r.id).toContain(`return (≤ ${cap})`);
      // The claim kinds it runs for: every kind, or those its metadata names.
      expect(cells[3], r.id).toBe(r.kinds ? r.kinds.map((k) => KINDS[k].name).join('・') : 'all');
    }
  });

  it('the Japanese README rule reference has a row per rule with its severity and its Japanese description', () => {
    for (const r of DOCUMENTED) {
      const row = DOC_JA.split('\n').find((l) => l.startsWith(`| \`${r.id}\` |`));
      expect(row, r.id).toBeDefined();
      const cells = row!.split(' | ');
      expect(cells[1], r.id).toBe(r.severity);
      expect(cells[3], r.id).toBe(r.kinds ? r.kinds.map((k) => KINDS[k].name).join('・') : 'すべて');
      expect(cells[4], r.id).toBe(r.descriptionJa.replace(/\|/g, '\\|').replace(/\n/g, ' '));
    }
  });

  it('the Japanese rule reference has a row per rule with its descriptionJa and whyJa, between the same markers', () => {
    const ja = ruleReference('ja');
    const lines = ja.split('\n');
    expect(lines[0]).toBe(RULES_START);
    expect(lines.at(-1)).toBe(RULES_END);
    expect(lines[2]).toBe('| id | 重大度 | プリセット | 種別 | 内容 | 理由・出典 |');
    const rows = lines.filter((l) => l.startsWith('| `'));
    expect(rows.length).toBe(RULES.length);
    const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');
    for (const r of DOCUMENTED) {
      const row = rows.find((l) => l.startsWith(`| \`${r.id}\` |`));
      expect(row, r.id).toBeDefined();
      expect(row, r.id).toContain(cell(r.descriptionJa));
      if (r.whyJa) expect(row, r.id).toContain(cell(r.whyJa));
      if (r.why) expect(row, r.id).not.toContain(cell(r.why));
      expect(row, r.id).not.toContain(cell(r.description));
    }
    // The English table keeps the English rationale.
    const en = ruleReference('en');
    expect(ruleReference()).toBe(en);
    for (const r of DOCUMENTED) if (r.why) expect(en, r.id).toContain(cell(r.why));
  });

  it('presets are documented', () => {
    for (const p of Object.values(PRESETS)) {
      expect(DOC).toContain(`| \`${p.id}\` |`);
      expect(DOC_JA).toContain(`| \`${p.id}\` |`);
    }
  });
});
