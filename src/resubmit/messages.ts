/**
 * Messages of the resubmit module, keyed by diagnostic code, merged into the catalogues in
 * src/diagnostics.ts. Same house style as src/messages/ja.ts.
 */
import type { MessageCatalogue } from '../diagnostics.js';

export const RESUBMIT_MESSAGES_JA: MessageCatalogue = {};
export const RESUBMIT_MESSAGES_EN: MessageCatalogue = {};
