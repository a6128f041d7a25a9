/** Messages of the JSON form (JSON and JSON Lines → bytes), keyed by diagnostic code. */
import type { MessageCatalogue } from './types.js';

export const JSON_MESSAGES_JA: MessageCatalogue = {
  'json/syntax': (p) => `${p.path ? `${p.path}: ` : ''}JSON として読めません（${p.detail}） — JSON の形式を確認してください`,
  'json/schema': (p) => `${p.path || '(全体)'}: JSON 形式の規則に合いません（${p.detail}） — README「JSON form」の形式を確認してください`,
  'json/after-end': (p) => `${p.path}: 終わりの行（{"type":"end",…}）の後にも行があります — JSON Lines が結合されていないか確認してください`,
  'json/no-end': (p) => `${p.path}: 終わりの行（{"type":"end",…}）がありません — JSON Lines が途中で切れていないか確認してください`,
  'json/unwritable': (p) => `${p.path}: ${p.record ?? ''} の ${p.index} 文字目は書き出せません — 値を確認してください`,
};

export const JSON_MESSAGES_EN: MessageCatalogue = {
  'json/syntax': (p) => `${p.path ? `${p.path}: ` : ''}not JSON (${p.detail}) — check the JSON`,
  'json/schema': (p) => `${p.path || '(root)'}: does not fit the JSON form (${p.detail}) — see the README, "JSON form"`,
  'json/after-end': (p) => `${p.path}: a line after the end line ({"type":"end",…}) — were JSON Lines files joined?`,
  'json/no-end': (p) => `${p.path}: no end line ({"type":"end",…}) — the JSON Lines are cut short`,
  'json/unwritable': (p) => `${p.path}: character ${p.index} of the ${p.record ?? ''} line cannot be written — check the value`,
};
