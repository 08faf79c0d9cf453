import { z } from 'zod';

const code = z.string().regex(/^\d+(_\d+)?$/, 'code must be digits, optionally with a _subcode');
const optionalHttp = z
  .string()
  .regex(/^(\d{3})?$/, 'http_status must be a 3-digit status or empty');
const nonEmpty = z.string().trim().min(1, 'must not be empty');
const cjk = nonEmpty.regex(/[\u3400-\u9fff]/, 'must contain Chinese text');
/** Editorial category of a code, v5 and legacy alike. */
const category = z.enum(['auth', 'balance', 'ip', 'order', 'other', 'permission', 'rate-limit', 'signature', 'system', 'timestamp', 'websocket']);
/** Our Chinese rendering of an OKX message: the glossary's punctuation policy says no final 。 (content/glossary.zh.md). */
const messageZh = cjk.refine((s) => !s.endsWith('。'), 'message_zh ends without 。 (content/glossary.zh.md, punctuation policy)');

export const V5_HEADER = [
  'code',
  'http_status',
  'message',
  'message_zh',
  'message_okx_zh',
  'ccxt_exception',
  'ccxt_match',
  'category',
  'docs_section',
  'source',
  'note',
  'note_zh',
  'added',
  'removed',
] as const;

const optionalDate = z.string().regex(/^(\d{4}-\d{2}-\d{2})?$/, 'must be a date YYYY-MM-DD or empty');

export const v5RowSchema = z.object({
  code,
  http_status: optionalHttp,
  message: nonEmpty,
  message_zh: messageZh,
  /** OKX's own Chinese message (docs, Chinese error table); empty where OKX gives none. */
  message_okx_zh: z.string().refine((s) => s === '' || /[\u3400-\u9fff]/.test(s), 'must contain Chinese text or be empty'),
  ccxt_exception: z.string().regex(/^([A-Z][A-Za-z]+)?$/, 'ccxt_exception must be a ccxt class name'),
  ccxt_match: z.string(),
  category,
  docs_section: nonEmpty,
  source: z.string().regex(/^(okx-docs-v5@\d{4}-\d{2}-\d{2}|ccxt-[\d.]+-comment)$/, 'unknown source'),
  note: z.string(),
  note_zh: z.string(),
  /** Crawl date on which the updater first saw the code in OKX's docs (empty: in the first import). */
  added: optionalDate,
  /** Crawl date from which OKX's docs no longer list the code (its page stays). */
  removed: optionalDate,
}).refine((r) => (r.note === '') === (r.note_zh === ''), { message: 'note_zh is set exactly when note is', path: ['note_zh'] });
export type V5Row = z.infer<typeof v5RowSchema>;

export const LEGACY_HEADER = [
  'key',
  'code',
  'api',
  'family',
  'message',
  'message_zh',
  'live_message',
  'ccxt_exception',
  'v5_equivalent',
  'v5_confidence',
  'category',
  'source',
  'note',
  'note_zh',
] as const;

export const LEGACY_SOURCES: Record<string, { label: string; labelZh: string; url: string }> = {
  'ccxt ts/src/bitget.ts@9cd4724': {
    label: 'OKEx v3 error table as kept in ccxt (ts/src/bitget.ts, inherited from okex3)',
    labelZh: 'ccxt 保留的 OKEx v3 错误码表（ts/src/bitget.ts，沿用自 okex3）',
    url: 'https://github.com/ccxt/ccxt/blob/9cd47246f5c790cf0d5391715908cc86c21b6f6d/ts/src/bitget.ts',
  },
  'ccxt python/ccxt/okex3.py@4eb7d53': {
    label: 'ccxt OKEx v3 client (python/ccxt/okex3.py)',
    labelZh: 'ccxt 的 OKEx v3 客户端（python/ccxt/okex3.py）',
    url: 'https://github.com/ccxt/ccxt/blob/4eb7d532c01559394c4f1a94e67892a2bd1c851c/python/ccxt/okex3.py',
  },
  'gocryptotrader exchanges/okex/okex.go@5e5ca8a': {
    label: 'OKEx v1 error map in gocryptotrader (exchanges/okex/okex.go)',
    labelZh: 'gocryptotrader 中的 OKEx v1 错误码表（exchanges/okex/okex.go）',
    url: 'https://github.com/thrasher-corp/gocryptotrader/blob/5e5ca8a8871a45e9e7b1e43d5b44ef0e7e507f84/exchanges/okex/okex.go',
  },
  'gocryptotrader exchanges/okcoin/okcoin.go@b915edd': {
    label: 'OKCoin v1 REST error map in gocryptotrader (exchanges/okcoin/okcoin.go)',
    labelZh: 'gocryptotrader 中的 OKCoin v1 REST 错误码表（exchanges/okcoin/okcoin.go）',
    url: 'https://github.com/thrasher-corp/gocryptotrader/blob/b915edd278639222db44cbcfb396a7c06cf4006c/exchanges/okcoin/okcoin.go',
  },
  'gocryptotrader exchanges/okcoin/okcoin_websocket.go@b915edd': {
    label: 'OKCoin v1 WebSocket error map in gocryptotrader (exchanges/okcoin/okcoin_websocket.go)',
    labelZh: 'gocryptotrader 中的 OKCoin v1 WebSocket 错误码表（exchanges/okcoin/okcoin_websocket.go）',
    url: 'https://github.com/thrasher-corp/gocryptotrader/blob/b915edd278639222db44cbcfb396a7c06cf4006c/exchanges/okcoin/okcoin_websocket.go',
  },
  'gocryptotrader exchanges/okgroup/okgroup.go@2ac165a': {
    label: 'OKEx v3 error map in gocryptotrader (exchanges/okgroup/okgroup.go)',
    labelZh: 'gocryptotrader 中的 OKEx v3 错误码表（exchanges/okgroup/okgroup.go）',
    url: 'https://github.com/thrasher-corp/gocryptotrader/blob/2ac165a477a4957dad84d563bc2f9113054015fa/exchanges/okgroup/okgroup.go',
  },
};

export const legacyRowSchema = z
  .object({
    key: z.string().regex(/^(?:(?:v3|v1|v1ws)-)?\d+$/, 'key must be the code, or v3-/v1-/v1ws- and the code'),
    code: z.string().regex(/^\d+$/, 'code must be digits'),
    api: z.enum(['v1', 'v3']),
    family: z.enum(['spot-rest', 'futures-rest', 'websocket', 'general/auth', 'common', 'undocumented', 'futures', 'spot/margin', 'account/funding', 'swap', 'options']),
    message: nonEmpty,
    message_zh: messageZh,
    live_message: z.string(),
    ccxt_exception: z.string().regex(/^([A-Z][A-Za-z]+)?$/, 'ccxt_exception must be a ccxt class name'),
    v5_equivalent: z.string().regex(/^(\d+( \d+)*)?$/, 'v5_equivalent: codes separated by spaces'),
    v5_confidence: z.enum(['inferred', 'uncertain', '']),
    category,
    source: z.string().refine((s) => s in LEGACY_SOURCES, 'unknown source'),
    note: z.string(),
    note_zh: z.string(),
  })
  .refine((r) => r.key.endsWith(r.code) && (r.key === r.code || r.key.startsWith(`${r.api}`)), { message: 'key is the code, or the api prefix and the code', path: ['key'] })
  .refine((r) => (r.v5_equivalent === '') === (r.v5_confidence === ''), {
    message: 'v5_confidence is set exactly when v5_equivalent is',
  })
  .refine((r) => (r.note === '') === (r.note_zh === ''), { message: 'note_zh is set exactly when note is', path: ['note_zh'] });
export type LegacyRow = z.infer<typeof legacyRowSchema>;

export const CAUSES_HEADER = [
  'id',
  'title',
  'meaning',
  'title_zh',
  'meaning_zh',
  'check',
  'check_zh',
  'source',
  'source_zh',
  'source_url',
  'basis',
] as const;
const causeId = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'cause id must be kebab-case');
export const causeRowSchema = z
  .object({
    id: causeId,
    title: nonEmpty,
    meaning: nonEmpty,
    title_zh: cjk,
    meaning_zh: cjk,
    check: z.string(),
    check_zh: z.string(),
    source: z.string(),
    source_zh: z.string(),
    source_url: z.string().regex(/^(https:\/\/\S+( https:\/\/\S+)*)?$/, 'source_url: https URLs separated by spaces'),
    basis: z.enum(['documented', 'inferred', 'observed', '']),
  })
  .refine((r) => (r.check === '') === (r.check_zh === ''), { message: 'check_zh is set exactly when check is', path: ['check_zh'] })
  .refine((r) => r.source.split(' ; ').length === r.source_zh.split(' ; ').length, { message: 'source and source_zh name the same number of sources', path: ['source_zh'] })
  .refine((r) => r.source === '' || r.source.split(' ; ').length === r.source_url.split(' ').length, { message: 'one source_url per source label', path: ['source_url'] })
  .refine((r) => r.basis !== 'observed' || /github\.com|\/\/(?!www\.okx\.com)/.test(r.source_url), { message: 'an observed cause cites a public report', path: ['source_url'] });
export type CauseRow = z.infer<typeof causeRowSchema>;

/** A catalog key: a v5 code (50102, 51008_1000) or a legacy page key (30008, v3-1, v1ws-10001). */
const codeKey = z.string().regex(/^(?:(?:v3|v1|v1ws)-)?\d+(_\d+)?$/, 'code must be a catalog code or legacy key');

export const CODE_CAUSES_HEADER = ['code', 'cause', 'prior', 'source'] as const;
export const codeCauseRowSchema = z.object({
  code: codeKey,
  cause: causeId,
  prior: z.string().regex(/^\d{1,2}$/, 'prior must be an integer 1..99').transform(Number).refine((n) => n >= 1, 'prior must be an integer 1..99'),
  source: nonEmpty,
});
export type CodeCauseRow = z.infer<typeof codeCauseRowSchema>;

export const FIXES_HEADER = ['fix', 'causes', 'text', 'text_zh'] as const;
export const fixRowSchema = z.object({
  fix: causeId,
  causes: z.string().regex(/^[a-z0-9-]+( [a-z0-9-]+)*$/, 'causes: cause ids separated by spaces'),
  text: nonEmpty,
  text_zh: cjk,
});
export type FixRow = z.infer<typeof fixRowSchema>;

export const ALIASES_HEADER = ['code', 'live_message', 'source', 'source_zh'] as const;
export const aliasRowSchema = z.object({
  code,
  live_message: nonEmpty,
  source: nonEmpty,
  source_zh: cjk,
});
export type AliasRow = z.infer<typeof aliasRowSchema>;

/** A ` | `-separated list of plain strings (no regex: the doctor matches them as substrings). */
const plainList = z
  .string()
  .trim()
  .min(1, 'must not be empty')
  .transform((s) => s.split(' | ').map((x) => x.trim()))
  .refine((xs) => xs.every((x) => x.length >= 3 && x.length <= 80 && !x.includes('\t')), 'each item: 3 to 80 characters, separated by " | "');

/** Client libraries the doctor recognises by their stack frames, module paths and version strings. */
export const LIBRARIES_HEADER = ['id', 'name', 'frames', 'version_prefixes', 'source'] as const;
export const libraryRowSchema = z.object({
  id: z.string().regex(/^[A-Za-z][\w.-]{1,40}$/, 'id: a library id'),
  name: nonEmpty,
  frames: plainList,
  version_prefixes: z
    .string()
    .transform((s) => (s.trim() === '' ? [] : s.split(' | ').filter((x) => x.trim() !== '')))
    .refine((xs) => xs.every((x) => x.trim().length >= 3 && x.length <= 40), 'each prefix: 3 to 40 characters'),
  source: z.string().regex(/^https:\/\/[\w.-]+(?:\/|$)/, 'source must be an https URL'),
});
export type LibraryRow = z.infer<typeof libraryRowSchema>;

/** A client library's own error text that tells the cause (hummingbot's ConversionSyntax → the account mode). */
export const LIBRARY_SIGNATURES_HEADER = ['library', 'text', 'cause', 'source', 'note'] as const;
export const librarySignatureRowSchema = z.object({
  library: z.string().regex(/^[A-Za-z][\w.-]{1,40}$/, 'library: an id from libraries.tsv'),
  text: z.string().refine((s) => s.trim() === s && s.length >= 6 && s.length <= 80, 'text: 6 to 80 characters, no surrounding blanks'),
  cause: z.string().regex(/^[a-z0-9-]+$/, 'cause: an id from causes.tsv'),
  source: z.string().regex(/^https:\/\/[\w.-]+\//, 'source must be the https URL of the report that established the cause'),
  note: nonEmpty,
});
export type LibrarySignatureRow = z.infer<typeof librarySignatureRowSchema>;

/** How people retell an OKX message in Chinese forum prose, per code (matched like OKX's own Chinese messages). */
export const PHRASES_ZH_HEADER = ['code', 'phrase', 'note'] as const;
export const phraseZhRowSchema = z.object({
  code,
  phrase: cjk.refine((s) => s.length >= 4 && s.length <= 40, 'phrase: 4 to 40 characters'),
  note: nonEmpty,
});
export type PhraseZhRow = z.infer<typeof phraseZhRowSchema>;

/** Other exchanges by the names they go by in any language; a paste naming one is not OKX's unless it also points at OKX. */
export const EXCHANGES_HEADER = ['name', 'names', 'source', 'negative_codes'] as const;
export const exchangeRowSchema = z.object({
  name: nonEmpty,
  names: z
    .string()
    .trim()
    .min(1, 'must not be empty')
    .transform((s) => s.split(' | ').map((x) => x.trim()))
    .refine((xs) => xs.every((x) => x.length >= 2 && x.length <= 40), 'each name: 2 to 40 characters, separated by " | "'),
  source: z.string().regex(/^https:\/\/[\w.-]+(?:\/|$)/, 'source must be an https URL'),
  /** Where the exchange documents its negative error codes (Binance's -1021…); empty when its codes are not negative. */
  negative_codes: z.union([z.literal(''), z.string().regex(/^https:\/\/[\w.-]+\//, 'negative_codes: empty, or the https URL of the exchange’s error-code list')]),
});
export type ExchangeRow = z.infer<typeof exchangeRowSchema>;

/** OKX v5 REST endpoint parameters and the format OKX's docs give them (scripts/endpoint-params-import.ts writes the file). */
export const ENDPOINT_PARAMS_HEADER = ['method', 'path', 'param', 'format', 'detail', 'anchor'] as const;
export const endpointParamRowSchema = z
  .object({
    method: z.enum(['GET', 'POST']),
    path: z.string().regex(/^\/api\/v5\/[\w-]+(?:\/[\w-]+)*$/, 'path: /api/v5/… without a query string'),
    param: z.string().regex(/^(?:\*|[A-Za-z][\w.]{0,40})$/, 'param: a parameter name, or * for the whole body'),
    format: z.enum(['ms', 'int', 'decimal', 'bool', 'csv', 'array', 'strings', 'enum']),
    detail: z.string().max(400, 'detail: at most 400 characters'),
    anchor: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'anchor: an OKX docs anchor id (kebab-case)'),
  })
  .refine((r) => (r.format === 'enum' ? /^[\w.-]+(?:\|[\w.-]+)+$/.test(r.detail) : r.format === 'csv' || r.format === 'int' || r.format === 'array' ? /^\d{0,5}$/.test(r.detail) : r.detail === ''), {
    message: 'detail: enum → two or more values separated by |; csv/int/array → a number or empty; other formats → empty',
    path: ['detail'],
  })
  .refine((r) => r.param !== '*' || r.format === 'array', { message: 'param * (the body) can only be an array', path: ['format'] });
export type EndpointParamRow = z.infer<typeof endpointParamRowSchema>;
