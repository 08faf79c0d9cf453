/**
 * OKX request signing: prehash, HMAC, input checks, key checks, mismatch
 * hunter, request parser and code snippets. Framework-free; WebCrypto only.
 */
export type {
  CheckInputs,
  Finding,
  FindingParams,
  HuntInputs,
  KeyInputs,
  Part,
  Prehash,
  RestParts,
  Segment,
  SegmentPart,
  Severity,
  SignKind,
} from './types.ts';
export { restPrehash, wsLoginPrehash, splitPathQuery, WS_LOGIN_METHOD, WS_LOGIN_PATH } from './prehash.ts';
export { signBase64, signHex, hmacSha256 } from './hmac.ts';
export { checkInputs, mergeFindings } from './checks.ts';
export { checkKeys } from './keys.ts';
export { huntMismatch, signatureShape, type HuntResult, type SignatureShape } from './hunter.ts';
export { VARIANT_IDS, type VariantId } from './variants.ts';
export { parseRequest, type ParseResult, type ParseSuccess, type ParseFailure, type ParsedInputs, type ParseNote } from './parse-request.ts';
export { snippets, SNIPPET_LANGS, SECRET_ENV, type Snippet, type SnippetInputs, type SnippetLang } from './snippets.ts';
export { formatMessage, messageTable, FINDING_MESSAGES, VARIANT_MESSAGES, PARSE_MESSAGES, type Bilingual } from './messages.ts';
export { findingText, formatFrom, type Lang, type MessageTable } from './format.ts';
export { parseInstant, formatIsoMs } from './timestamp.ts';

import { restPrehash, wsLoginPrehash } from './prehash.ts';
import { signBase64 } from './hmac.ts';
import type { Prehash, SignKind } from './types.ts';

/** Convenience: the prehash and OK-ACCESS-SIGN for a REST request or a WS login. */
export async function sign(
  secret: string,
  parts: { kind?: SignKind; timestamp: string; method?: string; requestPath?: string; body?: string },
): Promise<Prehash & { signature: string }> {
  const p =
    parts.kind === 'ws'
      ? wsLoginPrehash(parts.timestamp)
      : restPrehash({ timestamp: parts.timestamp, method: parts.method ?? 'GET', requestPath: parts.requestPath ?? '', body: parts.body ?? '' });
  return { ...p, signature: await signBase64(secret, p.prehash) };
}
