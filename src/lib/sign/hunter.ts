/**
 * Mismatch hunter: given the correct inputs and the signature a user's code
 * produced, find which common mistake reproduces that signature.
 */
import { stripEnd } from '../text.ts';
import { toBase64, toHex, utf8 } from './bytes.ts';
import { hmacWithKey, importHmacKey } from './hmac.ts';
import { splitPathQuery, WS_LOGIN_METHOD, WS_LOGIN_PATH } from './prehash.ts';
import type { HuntInputs } from './types.ts';
import {
  candidatesFor,
  correctKeyId,
  ENCODING_VARIANTS,
  PREHASH_VARIANTS,
  type Candidate,
  type EncodingVariantId,
  type HuntParts,
  type VariantId,
} from './variants.ts';

export type SignatureShape = 'empty' | 'base64' | 'hex' | 'base64url' | 'other';

export interface HuntResult {
  /** True when the user's signature equals the correct one. */
  match: boolean;
  /** The mistake that reproduces the user's signature; null on a match or when nothing fits. */
  variant: VariantId | null;
  /** Variants that were tried and did not reproduce the signature. */
  ruledOut: VariantId[];
  /** Variants that could not be tried with these inputs (e.g. no passphrase given, no query). */
  skipped: VariantId[];
  /** The correct OK-ACCESS-SIGN for the inputs. */
  expected: string;
  /** What the user's signature looks like. */
  shape: SignatureShape;
  /** The prehash the matching variant signed (never contains a secret). */
  variantPrehash?: string;
  /** A short note for the matching variant, e.g. "+08:00" or a host name. */
  detail?: string;
}

export function signatureShape(sig: string): SignatureShape {
  if (sig === '') return 'empty';
  if (/^[A-Za-z0-9+/]{43}=$/.test(sig)) return 'base64';
  if (/^[0-9a-fA-F]{64}$/.test(sig)) return 'hex';
  if (/^[A-Za-z0-9_-]{43}=?$/.test(sig) || /^[A-Za-z0-9+/]{43}$/.test(sig)) return 'base64url';
  return 'other';
}

function huntParts(inputs: HuntInputs): HuntParts {
  const kind = inputs.kind ?? 'rest';
  const base = { kind, timestamp: inputs.timestamp, secret: inputs.secret };
  const extra: Partial<HuntParts> = {};
  if (inputs.passphrase !== undefined) extra.passphrase = inputs.passphrase;
  if (inputs.apiKey !== undefined) extra.apiKey = inputs.apiKey;
  if (kind === 'ws') return { ...base, ...extra, method: WS_LOGIN_METHOD, path: WS_LOGIN_PATH, query: '', body: '' };
  const { path, query } = splitPathQuery(inputs.requestPath ?? '');
  return { ...base, ...extra, method: (inputs.method ?? '').toUpperCase(), path, query, body: inputs.body ?? '' };
}

function encodingMatches(id: EncodingVariantId, digest: Uint8Array, sig: string): boolean {
  const b64 = toBase64(digest);
  const hex = toHex(digest);
  switch (id) {
    case 'signature-bytes-repr':
      return sig === `b'${b64}'` || sig === `b"${b64}"`;
    case 'hex-digest':
      return sig.toLowerCase() === hex;
    case 'base64-of-hex':
      return sig === toBase64(utf8(hex)) || sig === toBase64(utf8(hex.toUpperCase()));
    case 'base64url': {
      const url = b64.replace(/\+/g, '-').replace(/\//g, '_');
      return sig === url || sig === stripEnd(url, '=') || sig === stripEnd(b64, '=');
    }
  }
}

/**
 * Compares `userSignature` with the correct signature and, when they differ,
 * with the signature each known mistake would give. All variants are computed
 * in parallel (a few hundred HMACs, well under 50 ms).
 */
export async function huntMismatch(inputs: HuntInputs, userSignature: string): Promise<HuntResult> {
  const parts = huntParts(inputs);
  const sig = userSignature.trim();
  const shape = signatureShape(sig);
  const correctPrehash = parts.timestamp + parts.method + parts.path + parts.query + parts.body;
  const keys = new Map<string, Promise<CryptoKey>>();
  const keyFor = (c: Pick<Candidate, 'keyId' | 'key'>) => {
    let k = keys.get(c.keyId);
    if (!k) keys.set(c.keyId, (k = importHmacKey(c.key)));
    return k;
  };
  const correctKey = { keyId: correctKeyId(parts.secret), key: utf8(parts.secret) };
  const digest = await hmacWithKey(await keyFor(correctKey), correctPrehash);
  const expected = toBase64(digest);
  if (sig === expected) return { match: true, variant: null, ruledOut: [], skipped: [], expected, shape };

  const ruledOut: VariantId[] = [];
  const skipped: VariantId[] = [];
  for (const id of ENCODING_VARIANTS) {
    if (encodingMatches(id, digest, sig)) return { match: false, variant: id, ruledOut, skipped, expected, shape, variantPrehash: correctPrehash };
    ruledOut.push(id);
  }

  // Same key + same prehash = same signature: keep only the first variant that produces it.
  const seen = new Set<string>([correctKey.keyId + '\u0000' + correctPrehash]);
  const plan: Array<{ id: VariantId; cands: Candidate[] }> = [];
  for (const id of PREHASH_VARIANTS) {
    const cands = candidatesFor(id, parts).filter((c) => {
      const k = c.keyId + '\u0000' + c.prehash;
      if (seen.has(k)) return false;
      seen.add(k);
      return true;
    });
    if (cands.length) plan.push({ id, cands });
    else skipped.push(id);
  }
  const sigs = await Promise.all(
    plan.map(({ cands }) => Promise.all(cands.map(async (c) => toBase64(await hmacWithKey(await keyFor(c), c.prehash))))),
  );
  let found: { id: VariantId; cand: Candidate } | null = null;
  plan.forEach(({ id, cands }, i) => {
    const j = found ? -1 : sigs[i]!.indexOf(sig);
    if (j >= 0) found = { id, cand: cands[j]! };
    else ruledOut.push(id);
  });
  if (!found) return { match: false, variant: null, ruledOut, skipped, expected, shape };
  const { id, cand } = found as { id: VariantId; cand: Candidate };
  const res: HuntResult = { match: false, variant: id, ruledOut, skipped, expected, shape, variantPrehash: cand.prehash };
  if (cand.detail !== undefined) res.detail = cand.detail;
  return res;
}
