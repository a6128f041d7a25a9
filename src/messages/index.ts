/**
 * Every catalogue, merged per locale. Only the renderer (src/diagnostics/render.ts) imports this.
 */
import { MESSAGES_EN } from './parse-en.js';
import { MESSAGES_JA } from './parse-ja.js';
import { correctionContext, RESUBMIT_MESSAGES_EN, RESUBMIT_MESSAGES_JA } from './resubmit.js';
import type { Locale, MessageCatalogue, MessageParams } from './types.js';
import { VALIDATE_MESSAGES_EN, VALIDATE_MESSAGES_JA } from './validate.js';
import { JSON_MESSAGES_EN, JSON_MESSAGES_JA } from './json.js';

export type { Locale, MessageCatalogue, MessageParams, MessageTemplate } from './types.js';

// Merged by a call marked pure (an object spread is not, to a bundler): a bundle that renders no message drops them all.
export const CATALOGUES: Readonly<Record<Locale, MessageCatalogue>> = {
  ja: /* @__PURE__ */ Object.assign({}, MESSAGES_JA, VALIDATE_MESSAGES_JA, RESUBMIT_MESSAGES_JA, JSON_MESSAGES_JA),
  en: /* @__PURE__ */ Object.assign({}, MESSAGES_EN, VALIDATE_MESSAGES_EN, RESUBMIT_MESSAGES_EN, JSON_MESSAGES_EN),
};

/**
 * Where a finding arose, in the caller's terms, put before its message: `params.contextKind` names
 * the kind of context (`correction`: which correction a refused value came from, from the params
 * `at` and `target`; `facility`: the facility data of a built header).
 */
export function contextOf(p: MessageParams, locale: Locale): string {
  switch (p.contextKind) {
    case 'correction':
      return correctionContext(p, locale);
    case 'facility':
      return locale === 'en' ? 'facility data' : '医療機関情報';
    default:
      return '';
  }
}
