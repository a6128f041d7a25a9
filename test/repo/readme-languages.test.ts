/**
 * The two READMEs — README.md in Japanese (the front page) and README.en.md in English — say the same
 * things: the same sections at the same levels, the same code (comments aside, which are translated), the
 * same generated references (each in its language: test/unit/spec-tables.test.ts), and every in-page link
 * of each lands on one of its own headings. A section added to one and not the other fails here.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/files.js';
import { headings, pageLinks } from '../helpers/markdown.js';
import { READMES } from '../scripts/readme-parts.js';

const read = (f: string) => readFileSync(join(ROOT, f), 'utf8');

/** The README with its generated blocks emptied (they differ by language by design, and are checked elsewhere). */
function authored(md: string): string {
  return md.replace(/(<!-- ([a-z-]+):start [^\n]*-->)[\s\S]*?(<!-- \2:end -->)/g, '$1\n$3');
}

/** Its fenced code blocks, each with its info string, comments dropped (`//` and `#` to the end of a line, after a space or at its start). */
function codeBlocks(md: string): string[] {
  const out: string[] = [];
  const lines = md.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const open = /^```(\S*)$/.exec(lines[i]!);
    if (!open) continue;
    const body: string[] = [];
    for (i++; i < lines.length && lines[i] !== '```'; i++) {
      const l = lines[i]!.replace(/(^|\s)(\/\/|#)(?![!{]).*$/, '').trimEnd();
      if (l !== '') body.push(l);
    }
    out.push(`${open[1]}\n${body.join('\n')}`);
  }
  return out;
}

describe('README.md (日本語) and README.en.md', () => {
  const ja = authored(read('README.md'));
  const en = authored(read('README.en.md'));

  it('the Japanese README is the front page and links the English one, which links back', () => {
    expect(READMES.map((r) => r.file)).toEqual(['README.md', 'README.en.md']);
    expect(ja.split('\n').slice(0, 4).join('\n')).toContain('[English](README.en.md)');
    expect(en.split('\n').slice(0, 4).join('\n')).toContain('[日本語](README.md)');
    expect(ja).toMatch(/[\u3040-\u30ff]/);
    // Japanese prose: almost every prose line (outside code blocks and tables) holds hiragana.
    const prose = ja
      .replace(/```[\s\S]*?```/g, '')
      .split('\n')
      .filter((l) => /^[^|`<#\s-]/.test(l) && l.length > 30);
    expect(prose.length).toBeGreaterThan(200);
    expect(prose.filter((l) => /[\u3040-\u309f]/.test(l)).length / prose.length).toBeGreaterThan(0.95);
  });

  it('have the same sections: one heading for each, at the same level, in the same order', () => {
    const levels = (md: string) => headings(md).map((h) => h.level);
    expect(levels(ja)).toEqual(levels(en));
  });

  it('have the same code blocks (comments may be translated; the code may not)', () => {
    expect(codeBlocks(ja)).toEqual(codeBlocks(en));
  });

  for (const { file } of READMES) {
    it(`every in-page link of ${file} lands on one of its headings`, () => {
      const md = read(file);
      const anchors = new Set(headings(md).map((h) => h.anchor));
      expect(pageLinks(md).filter((l) => !anchors.has(l.anchor))).toEqual([]);
      expect(pageLinks(md).length).toBeGreaterThan(20);
    });
  }
});
