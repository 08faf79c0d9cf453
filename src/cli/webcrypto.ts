/** Node 18 has WebCrypto only under node:crypto; signing uses globalThis.crypto.subtle (Node ≥ 19, browsers). */
export async function ensureWebCrypto(): Promise<void> {
  if (globalThis.crypto?.subtle) return;
  const { webcrypto } = await import('node:crypto');
  Object.defineProperty(globalThis, 'crypto', { value: webcrypto, configurable: true });
}
