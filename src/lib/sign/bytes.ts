/** Byte helpers that work the same in browsers and Node (no Buffer). */

import { stripEnd } from '../text.ts';

const encoder = new TextEncoder();

export function utf8(s: string): Uint8Array {
  return encoder.encode(s);
}

export function toBase64(bytes: Uint8Array): string {
  let bin = '';
  for (const b of bytes) bin += String.fromCharCode(b);
  return btoa(bin);
}

export function toHex(bytes: Uint8Array): string {
  let out = '';
  for (const b of bytes) out += b.toString(16).padStart(2, '0');
  return out;
}

/** Decodes an even-length hex string; null when it is not hex. */
export function fromHex(s: string): Uint8Array | null {
  if (s.length === 0 || s.length % 2 !== 0 || !/^[0-9a-fA-F]+$/.test(s)) return null;
  const out = new Uint8Array(s.length / 2);
  for (let i = 0; i < out.length; i++) out[i] = parseInt(s.slice(i * 2, i * 2 + 2), 16);
  return out;
}

/** Decodes standard Base64 (padding optional); null when it is not Base64. */
export function fromBase64(s: string): Uint8Array | null {
  if (s.length === 0 || !/^[A-Za-z0-9+/]+={0,2}$/.test(s)) return null;
  const padded = stripEnd(s, '=');
  if (padded.length % 4 === 1) return null;
  try {
    const bin = atob(padded + '='.repeat((4 - (padded.length % 4)) % 4));
    const out = new Uint8Array(bin.length);
    for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
    return out;
  } catch {
    return null;
  }
}
