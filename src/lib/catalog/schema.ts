import { z } from 'zod';

const code = z.string().regex(/^\d+(_\d+)?$/, 'code must be digits, optionally with a _subcode');
const optionalHttp = z
  .string()
  .regex(/^(\d{3})?$/, 'http_status must be a 3-digit status or empty');
const nonEmpty = z.string().trim().min(1, 'must not be empty');
const cjk = nonEmpty.regex(/[\u3400-\u9fff]/, 'must contain Chinese text');

export const V5_HEADER = [
  'code',
  'http_status',
  'message',
  'message_zh',
  'ccxt_exception',
  'ccxt_match',
  'category',
  'docs_section',
  'source',
  'note',
  'note_zh',
] as const;

export const v5RowSchema = z.object({
  code,
  http_status: optionalHttp,
  message: nonEmpty,
  message_zh: cjk,
  ccxt_exception: z.string().regex(/^([A-Z][A-Za-z]+)?$/, 'ccxt_exception must be a ccxt class name'),
  ccxt_match: z.string(),
  category: z.enum([
    'auth',
    'balance',
    'ip',
    'order',
    'other',
    'permission',
    'rate-limit',
    'signature',
    'system',
    'timestamp',
    'websocket',
  ]),
  docs_section: nonEmpty,
  source: z.string().regex(/^(okx-docs-v5@\d{4}-\d{2}-\d{2}|ccxt-[\d.]+-comment)$/, 'unknown source'),
  note: z.string(),
  note_zh: z.string(),
}).refine((r) => (r.note === '') === (r.note_zh === ''), { message: 'note_zh is set exactly when note is', path: ['note_zh'] });
export type V5Row = z.infer<typeof v5RowSchema>;

export const V3_HEADER = [
  'code',
  'message',
  'message_zh',
  'live_message',
  'ccxt_exception',
  'v5_equivalent',
  'v5_confidence',
  'category',
  'section',
  'note',
  'note_zh',
] as const;

export const v3RowSchema = z
  .object({
    code: z.string().regex(/^3[0-5]\d{3}$/, 'v3 code must be 30000-35999'),
    message: nonEmpty,
    message_zh: cjk,
    live_message: z.string(),
    ccxt_exception: z.string().regex(/^[A-Z][A-Za-z]+$/, 'ccxt_exception must be a ccxt class name'),
    v5_equivalent: z.string().regex(/^(\d+( \d+)*)?$/, 'v5_equivalent: codes separated by spaces'),
    v5_confidence: z.enum(['inferred', 'uncertain', '']),
    category: nonEmpty,
    section: z.enum(['v3 general', 'v3 futures', 'v3 spot/margin']),
    note: z.string(),
    note_zh: z.string(),
  })
  .refine((r) => (r.v5_equivalent === '') === (r.v5_confidence === ''), {
    message: 'v5_confidence is set exactly when v5_equivalent is',
  })
  .refine((r) => (r.note === '') === (r.note_zh === ''), { message: 'note_zh is set exactly when note is', path: ['note_zh'] });
export type V3Row = z.infer<typeof v3RowSchema>;

export const CAUSES_HEADER = ['id', 'typical_codes', 'title', 'meaning', 'title_zh', 'meaning_zh'] as const;
export const causeRowSchema = z.object({
  id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'cause id must be kebab-case'),
  typical_codes: z.string().regex(/^(\d+( \d+)*)?$/),
  title: nonEmpty,
  meaning: nonEmpty,
  title_zh: cjk,
  meaning_zh: cjk,
});
export type CauseRow = z.infer<typeof causeRowSchema>;

export const ALIASES_HEADER = ['code', 'live_message', 'source'] as const;
export const aliasRowSchema = z.object({
  code,
  live_message: nonEmpty,
  source: nonEmpty,
});
export type AliasRow = z.infer<typeof aliasRowSchema>;
