/**
 * The signature checker's shareable state, kept in the URL hash (never the query string, which
 * servers log). Only NON-secret inputs exist in this type: secret, passphrase and API key cannot
 * be encoded because they are not fields of it.
 */
export interface ShareableInputs {
  kind: 'rest' | 'ws';
  timestamp: string;
  method: string;
  requestPath: string;
  body: string;
  demo: boolean;
  region: 'www' | 'eea' | 'us';
}

export const DEFAULT_INPUTS: ShareableInputs = {
  kind: 'rest',
  timestamp: '2020-12-08T09:08:57.715Z',
  method: 'GET',
  requestPath: '/api/v5/account/balance?ccy=BTC',
  body: '',
  demo: false,
  region: 'www',
};

const KEYS: Record<keyof ShareableInputs, string> = {
  kind: 'k', timestamp: 'ts', method: 'm', requestPath: 'p', body: 'b', demo: 'demo', region: 'r',
};
const MAX_HASH = 8_000;

/** "#k=rest&ts=…": only values that differ from the defaults. */
export function encodeHash(s: ShareableInputs): string {
  const q = new URLSearchParams();
  for (const k of Object.keys(KEYS) as (keyof ShareableInputs)[]) {
    if (s[k] !== DEFAULT_INPUTS[k]) q.set(KEYS[k], String(s[k]));
  }
  const out = q.toString();
  return out.length > MAX_HASH ? '' : out ? `#${out}` : '';
}

/** Reads a hash written by encodeHash; unknown or malformed values fall back to the defaults. */
export function decodeHash(hash: string): ShareableInputs {
  const q = new URLSearchParams(hash.replace(/^#/, '').slice(0, MAX_HASH));
  const get = (k: keyof ShareableInputs) => q.get(KEYS[k]);
  const kind = get('kind');
  const region = get('region');
  return {
    kind: kind === 'ws' ? 'ws' : 'rest',
    timestamp: get('timestamp') ?? DEFAULT_INPUTS.timestamp,
    method: get('method') ?? DEFAULT_INPUTS.method,
    requestPath: get('requestPath') ?? DEFAULT_INPUTS.requestPath,
    body: get('body') ?? DEFAULT_INPUTS.body,
    demo: get('demo') === 'true',
    region: region === 'eea' || region === 'us' ? region : 'www',
  };
}
