/**
 * HMAC-SHA256 through WebCrypto (browsers and Node 22). The secret is used as
 * its UTF-8 bytes, never hex- or Base64-decoded (facts §1.2).
 */
import { toBase64, toHex, utf8 } from './bytes.ts';

function subtle(): SubtleCrypto {
  const s = globalThis.crypto?.subtle;
  if (!s) throw new Error('WebCrypto (crypto.subtle) is not available in this environment');
  return s;
}

/**
 * Imports raw key bytes for HMAC-SHA256. WebCrypto refuses a zero-length key;
 * HMAC pads every key shorter than the 64-byte block with zeros, so an empty key
 * is the same key as a single zero byte.
 */
export function importHmacKey(key: Uint8Array): Promise<CryptoKey> {
  const raw = key.length === 0 ? new Uint8Array(1) : key;
  return subtle().importKey('raw', raw as Uint8Array<ArrayBuffer>, { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
}

export async function hmacWithKey(key: CryptoKey, message: string): Promise<Uint8Array> {
  const sig = await subtle().sign('HMAC', key, utf8(message) as Uint8Array<ArrayBuffer>);
  return new Uint8Array(sig);
}

export async function hmacSha256(secret: string | Uint8Array, message: string): Promise<Uint8Array> {
  const key = await importHmacKey(typeof secret === 'string' ? utf8(secret) : secret);
  return hmacWithKey(key, message);
}

/** OK-ACCESS-SIGN: Base64 of HMAC-SHA256(secret as UTF-8, prehash). 44 characters ending in '='. */
export async function signBase64(secret: string, prehash: string): Promise<string> {
  return toBase64(await hmacSha256(secret, prehash));
}

/** Lowercase hex of the same digest (what OKX does NOT want; useful for comparison). */
export async function signHex(secret: string, prehash: string): Promise<string> {
  return toHex(await hmacSha256(secret, prehash));
}
