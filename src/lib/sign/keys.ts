/**
 * checkKeys: warnings about the API key, secret and passphrase as pasted.
 * Warn, never block: OKX publishes no formal format for keys (facts §4.1).
 * Findings never carry the values themselves.
 */
import { PART_CODE, scanChars } from './chars.ts';
import type { Finding, KeyInputs, Part } from './types.ts';

type KeyPart = 'apiKey' | 'secret' | 'passphrase';

export const UUID_RE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const UUID_ANY_CASE_RE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export const SECRET_RE = /^[0-9A-Fa-f]{32}$/;
const SIGNATURE_RE = /^[A-Za-z0-9+/]{43}=$/;
const PASSPHRASE_SPECIAL_RE = /[^A-Za-z0-9]/;

/** Code when the field is empty (facts §6.1, §9). The secret has no header of its own. */
const EMPTY_CODE: Record<KeyPart, { code: string; probable: boolean }> = {
  apiKey: { code: '50103', probable: false },
  passphrase: { code: '50104', probable: false },
  secret: { code: '50113', probable: true },
};

const LABEL_RE =
  /^(?:export\s+|set\s+|\$env:)?["']?((?:ok[-_]access[-_](?:key|sign|passphrase|timestamp))|(?:okx[-_]?)?(?:api[-_]?key|api[-_]?secret|secret[-_]?key|secret|passphrase|password|access[-_]?key))["']?\s*[:=]\s*/i;
const PLACEHOLDER_RES = [
  /^<[^<>]*>$/,
  /^\$\{?[A-Za-z_][A-Za-z0-9_]*\}?$/,
  /^%[A-Za-z_][A-Za-z0-9_]*%$/,
  /^\{\{\s*[A-Za-z_][A-Za-z0-9_]*\s*\}\}$/,
  /^(?:x{3,}|\.{3,})$/i,
  /^your[-_ ]?(?:okx[-_ ]?)?(?:api[-_ ]?)?(?:key|secret(?:[-_ ]?key)?|pass(?:phrase|word)?)(?:[-_ ]?here)?$/i,
  /^(?:api[-_ ]?key|secret[-_ ]?key|api[-_ ]?secret|secret|passphrase|password|placeholder|changeme|example)$/i,
  /^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*_(?:KEY|SECRET|PASSPHRASE|PASS)$/,
];
const NULL_STRINGS = new Set(['nan', 'none', 'null', 'undefined', 'nil']);
const QUOTES: Array<[string, string]> = [
  ['"', '"'],
  ["'", "'"],
  ['`', '`'],
  ['\u201c', '\u201d'],
  ['\u2018', '\u2019'],
  ['\u300c', '\u300d'],
];

function f(id: string, part: Part, severity: Finding['severity'], code?: string, probable = true, params: Finding['params'] = {}): Finding {
  const out: Finding = { id, part, severity, params };
  if (code) out.code = code;
  if (code && probable) out.probable = true;
  return out;
}

function looksLikePassphrase(v: string): boolean {
  return v.length >= 8 && v.length <= 32 && /[a-z]/.test(v) && /[A-Z]/.test(v) && /\d/.test(v) && PASSPHRASE_SPECIAL_RE.test(v) && !SECRET_RE.test(v);
}

const INVISIBLE_RE = /[\s\ufeff\u200b-\u200d\u2060\u00a0\u202f]/g;
const MASK_RE = /\*{3,}|•{3,}|●{3,}/;
const SHELL_RE = /\$[A-Za-z0-9_{(!#?*@$-]|`/;

/**
 * Copy-paste damage common to all three fields. Returns the value with the damage
 * removed (label, quotes, invisible characters), for the shape checks.
 */
function pasteChecks(v: string, part: KeyPart, out: Finding[]): string {
  const code = PART_CODE[part];
  let core = v.trim();
  const label = LABEL_RE.exec(core);
  if (label) {
    out.push(f('key-with-label', part, 'error', code, true, { label: label[1]! }));
    core = core.slice(label[0].length).replace(/[;,]$/, '').trim();
  }
  const q = QUOTES.find(([a, b]) => core.length >= 2 && core.startsWith(a) && core.endsWith(b));
  if (q) {
    out.push(f('key-wrapped-quotes', part, 'error', code, true, { quote: q[0] }));
    core = core.slice(1, -1);
  }
  // The label's own space and the wrapping smart quotes are already reported above.
  out.push(...scanChars(v, part).filter((x) => !(label && x.id === 'char-inner-space') && !(q && x.id === 'char-smart-quote')));
  core = core.replace(INVISIBLE_RE, '');
  if (MASK_RE.test(core)) out.push(f('key-masked', part, 'error', code, true, {}));
  if (NULL_STRINGS.has(core.toLowerCase())) out.push(f('key-null-string', part, 'error', code, true, { value: core.toLowerCase() }));
  else if (PLACEHOLDER_RES.some((re) => re.test(core))) out.push(f('key-placeholder', part, 'error', code, true, {}));
  else {
    const shell = SHELL_RE.exec(core);
    if (shell) out.push(f('key-shell-expansion', part, 'warning', code, true, { char: shell[0][0]! }));
  }
  return core;
}

function checkApiKey(v: string, out: Finding[]): void {
  const core = pasteChecks(v, 'apiKey', out);
  if (SECRET_RE.test(core)) out.push(f('api-key-looks-like-secret', 'apiKey', 'error', '50111', true));
  else if (UUID_ANY_CASE_RE.test(core) && !UUID_RE.test(core)) out.push(f('api-key-uppercase', 'apiKey', 'warning', '50111', true));
  else if (!UUID_RE.test(core) && !out.some((x) => x.part === 'apiKey' && (x.id === 'key-masked' || x.id === 'key-placeholder' || x.id === 'key-null-string')))
    out.push(f('api-key-shape', 'apiKey', 'warning', '50111', true, { length: core.length }));
}

function checkSecret(v: string, out: Finding[]): void {
  const core = pasteChecks(v, 'secret', out);
  if (UUID_ANY_CASE_RE.test(core)) out.push(f('secret-looks-like-api-key', 'secret', 'error', '50113', true));
  else if (SIGNATURE_RE.test(core)) out.push(f('secret-looks-like-signature', 'secret', 'error', '50113', true));
  else if (looksLikePassphrase(core)) out.push(f('secret-looks-like-passphrase', 'secret', 'error', '50113', false));
  else if (SECRET_RE.test(core)) {
    if (/[a-f]/.test(core) && !/[A-F]/.test(core)) out.push(f('secret-lowercase', 'secret', 'info'));
  } else if (!out.some((x) => x.part === 'secret' && (x.id === 'key-masked' || x.id === 'key-placeholder' || x.id === 'key-null-string')))
    out.push(f('secret-shape', 'secret', 'warning', '50113', true, { length: core.length }));
}

function checkPassphrase(v: string, out: Finding[]): void {
  const core = pasteChecks(v, 'passphrase', out);
  if (UUID_ANY_CASE_RE.test(core)) out.push(f('passphrase-looks-like-api-key', 'passphrase', 'error', '50105', true));
  else if (SECRET_RE.test(core)) out.push(f('passphrase-looks-like-secret', 'passphrase', 'error', '50105', true));
  if (out.some((x) => x.part === 'passphrase' && (x.id === 'key-masked' || x.id === 'key-placeholder' || x.id === 'key-null-string'))) return;
  const missing: string[] = [];
  if (core.length < 8 || core.length > 32) missing.push('length');
  if (!/[A-Z]/.test(core)) missing.push('upper');
  if (!/[a-z]/.test(core)) missing.push('lower');
  if (!/\d/.test(core)) missing.push('digit');
  if (!PASSPHRASE_SPECIAL_RE.test(core)) missing.push('special');
  if (missing.length) out.push(f('passphrase-rule', 'passphrase', 'info', undefined, true, { missing: missing.join(','), length: core.length }));
}

/** Findings about pasted credentials. Fields left undefined are not checked. */
export function checkKeys(keys: KeyInputs): Finding[] {
  const out: Finding[] = [];
  const fields: Array<[KeyPart, string | undefined, (v: string, out: Finding[]) => void]> = [
    ['apiKey', keys.apiKey, checkApiKey],
    ['secret', keys.secret, checkSecret],
    ['passphrase', keys.passphrase, checkPassphrase],
  ];
  for (const [part, value, check] of fields) {
    if (value === undefined) continue;
    if (value.trim() === '') {
      const e = EMPTY_CODE[part];
      out.push(f('key-empty', part, 'error', e.code, e.probable, { whitespaceOnly: value === '' ? 'no' : 'yes' }));
      continue;
    }
    check(value, out);
  }
  const vals = fields.filter(([, v]) => v !== undefined && v.trim() !== '').map(([p, v]) => [p, v!.trim()] as const);
  for (let i = 0; i < vals.length; i++) {
    for (let j = i + 1; j < vals.length; j++) {
      if (vals[i]![1] === vals[j]![1]) out.push(f('key-duplicate', vals[j]![0], 'error', PART_CODE[vals[j]![0]], true, { other: vals[i]![0] }));
    }
  }
  return out;
}
