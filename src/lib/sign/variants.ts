/**
 * Candidate generators for the mismatch hunter: each variant rebuilds the
 * prehash or the key the way one common mistake would.
 */
import { fromBase64, fromHex, utf8 } from './bytes.ts';
import { escapeNonAscii, isValidJson, respaceJson } from './json-text.ts';
import { queryPairs } from './query.ts';
import { formatIsoMs, ISO_MS_RE, parseInstant } from './timestamp.ts';
import type { SignKind } from './types.ts';

/** Mistakes in how the digest is encoded; checked against the correct digest. */
export const ENCODING_VARIANTS = ['signature-bytes-repr', 'hex-digest', 'base64-of-hex', 'base64url'] as const;

/** Mistakes in the prehash or the key, in the order they are reported when two give the same signature. */
export const PREHASH_VARIANTS = [
  'lowercase-method',
  'method-omitted',
  'missing-query',
  'query-reordered',
  'query-encoding',
  'query-as-body',
  'path-with-host',
  'path-without-api-prefix',
  'body-omitted',
  'empty-object-body',
  'body-spaces',
  'body-compact',
  'body-ascii-escaped',
  'timestamp-seconds',
  'timestamp-millis',
  'timestamp-iso',
  'timestamp-format',
  'timestamp-recomputed',
  'timezone-as-utc',
  'secret-trimmed',
  'secret-with-newline',
  'secret-with-space',
  'secret-with-quotes',
  'secret-hex-decoded',
  'secret-base64-decoded',
  'passphrase-as-secret',
  'api-key-as-secret',
] as const;

export type EncodingVariantId = (typeof ENCODING_VARIANTS)[number];
export type PrehashVariantId = (typeof PREHASH_VARIANTS)[number];
export type VariantId = EncodingVariantId | PrehashVariantId;
export const VARIANT_IDS: readonly VariantId[] = [...ENCODING_VARIANTS, ...PREHASH_VARIANTS];

export interface Candidate {
  /** Identity of the key bytes, for caching and de-duplication. Never shown. */
  keyId: string;
  key: Uint8Array;
  prehash: string;
  /** Short non-secret note for display, e.g. "+08:00" or the host. */
  detail?: string;
}

/** The correct parts, already normalised (method upper case, path and query split). */
export interface HuntParts {
  kind: SignKind;
  timestamp: string;
  method: string;
  path: string;
  query: string;
  body: string;
  secret: string;
  passphrase?: string;
  apiKey?: string;
}

export const API_HOSTS = [
  'www.okx.com',
  'openapi.okx.com',
  'eea.okx.com',
  'us.okx.com',
  'my.okx.com',
  'app.okx.com',
  'aws.okx.com',
  'okx.com',
];

/** Zone offsets (minutes east of UTC) tried by timezone-as-utc. */
export const ZONE_OFFSETS: number[] = (() => {
  const z: number[] = [];
  for (let h = -12; h <= 14; h++) if (h !== 0) z.push(h * 60);
  return z.concat([330, 345, 570, 210, -210, 390, 270, 630, -570, 525, 765, 825]);
})();

export const RECOMPUTE_MS = 50;

function stringKey(s: string): Pick<Candidate, 'keyId' | 'key'> {
  return { keyId: 's:' + s, key: utf8(s) };
}

function bytesKey(b: Uint8Array): Pick<Candidate, 'keyId' | 'key'> {
  return { keyId: 'b:' + Array.from(b).join(','), key: b };
}

function permutations<T>(xs: T[]): T[][] {
  if (xs.length <= 1) return [xs];
  const out: T[][] = [];
  xs.forEach((x, i) => {
    for (const rest of permutations([...xs.slice(0, i), ...xs.slice(i + 1)])) out.push([x, ...rest]);
  });
  return out;
}

function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s.replace(/\+/g, ' '));
  } catch {
    return s;
  }
}

/** Python urllib.parse.quote_plus. */
function quotePlus(s: string): string {
  return encodeURIComponent(s)
    .replace(/[!'()*]/g, (c) => '%' + c.charCodeAt(0).toString(16).toUpperCase())
    .replace(/%20/g, '+');
}

function mapPairs(pairs: string[], fn: (s: string) => string): string[] {
  return pairs.map((p) => {
    const eq = p.indexOf('=');
    return eq < 0 ? fn(safeDecode(p)) : fn(safeDecode(p.slice(0, eq))) + '=' + fn(safeDecode(p.slice(eq + 1)));
  });
}

function zoneLabel(min: number): string {
  const a = Math.abs(min);
  return `${min < 0 ? '-' : '+'}${String(Math.floor(a / 60)).padStart(2, '0')}:${String(a % 60).padStart(2, '0')}`;
}

type Gen = (p: HuntParts) => Candidate[];

/** Prehash with the correct key, from the given parts. */
function pre(p: HuntParts, o: Partial<Pick<HuntParts, 'timestamp' | 'method' | 'path' | 'query' | 'body'>>, detail?: string): Candidate {
  const q = { ...p, ...o };
  const c: Candidate = { ...stringKey(p.secret), prehash: q.timestamp + q.method + q.path + q.query + q.body };
  if (detail !== undefined) c.detail = detail;
  return c;
}

function withKey(p: HuntParts, k: Pick<Candidate, 'keyId' | 'key'>): Candidate {
  return { ...k, prehash: p.timestamp + p.method + p.path + p.query + p.body };
}

const rest = (g: Gen): Gen => (p) => (p.kind === 'rest' ? g(p) : []);

function queryString(pairs: string[]): string {
  return pairs.length ? '?' + pairs.join('&') : '';
}

const GENERATORS: Record<PrehashVariantId, Gen> = {
  'lowercase-method': (p) => [pre(p, { method: p.method.toLowerCase() })],
  'method-omitted': (p) => [pre(p, { method: '' })],
  'missing-query': (p) => (p.query ? [pre(p, { query: '' })] : []),
  'query-reordered': (p) => {
    const pairs = queryPairs(p.query);
    if (pairs.length < 2) return [];
    const orders = pairs.length <= 5 ? permutations(pairs) : [[...pairs].sort(), [...pairs].sort().reverse(), [...pairs].reverse()];
    return orders.map((o) => pre(p, { query: queryString(o) }, queryString(o)));
  },
  'query-encoding': (p) => {
    const pairs = queryPairs(p.query);
    if (!pairs.length) return [];
    const variants = [mapPairs(pairs, encodeURIComponent), mapPairs(pairs, quotePlus), mapPairs(pairs, (s) => s), mapPairs(pairs, encodeURIComponent).sort()];
    return variants.map((v) => pre(p, { query: queryString(v) }, queryString(v)));
  },
  'query-as-body': (p) => {
    const pairs = queryPairs(p.query);
    if (!pairs.length) return [];
    const obj: Record<string, string> = {};
    for (const pair of pairs) {
      const eq = pair.indexOf('=');
      obj[safeDecode(eq < 0 ? pair : pair.slice(0, eq))] = eq < 0 ? '' : safeDecode(pair.slice(eq + 1));
    }
    const compact = JSON.stringify(obj);
    return [pre(p, { query: '', body: compact }), pre(p, { query: '', body: respaceJson(compact, 'spaced') })];
  },
  'path-with-host': rest((p) =>
    API_HOSTS.map((h) => pre(p, { path: 'https://' + h + p.path }, h)).concat(
      ['www.okx.com', 'openapi.okx.com'].map((h) => pre(p, { path: h + p.path }, h)),
    ),
  ),
  'path-without-api-prefix': rest((p) => (p.path.startsWith('/api/v5/') ? [pre(p, { path: p.path.slice('/api/v5'.length) })] : [])),
  'body-omitted': (p) => (p.body ? [pre(p, { body: '' })] : []),
  'empty-object-body': rest((p) => [pre(p, { body: '{}' })]),
  'body-spaces': (p) => {
    if (!p.body || !isValidJson(p.body)) return [];
    const spaced = respaceJson(p.body, 'spaced');
    return [pre(p, { body: spaced }), pre(p, { body: escapeNonAscii(spaced) })];
  },
  'body-compact': (p) => (p.body && isValidJson(p.body) ? [pre(p, { body: respaceJson(p.body, 'compact') })] : []),
  'body-ascii-escaped': (p) => (p.body ? [pre(p, { body: escapeNonAscii(p.body) })] : []),
  'timestamp-seconds': rest((p) => {
    const ms = parseInstant(p.timestamp);
    return ms === null ? [] : [String(Math.floor(ms / 1000)), (ms / 1000).toFixed(3)].map((t) => pre(p, { timestamp: t }));
  }),
  'timestamp-millis': (p) => {
    const ms = parseInstant(p.timestamp);
    return ms === null ? [] : [pre(p, { timestamp: String(ms) })];
  },
  'timestamp-iso': (p) => {
    const ms = parseInstant(p.timestamp);
    return ms === null ? [] : [pre(p, { timestamp: formatIsoMs(ms) })];
  },
  'timestamp-format': rest((p) => {
    const ms = parseInstant(p.timestamp);
    if (ms === null) return [];
    const iso = formatIsoMs(ms);
    const base = iso.slice(0, 19);
    const frac = iso.slice(19, 23);
    return [base + 'Z', base + frac + '000Z', base + frac, base + frac + '+00:00', base + frac + '000', base + frac + '000+00:00', base].map((t) =>
      pre(p, { timestamp: t }, t),
    );
  }),
  'timestamp-recomputed': (p) => {
    if (p.kind === 'ws') {
      if (!/^\d+$/.test(p.timestamp)) return [];
      const s = Number(p.timestamp);
      return [-2, -1, 1, 2].map((d) => pre(p, { timestamp: String(s + d) }, `${d > 0 ? '+' : ''}${d} s`));
    }
    if (!ISO_MS_RE.test(p.timestamp)) return [];
    const ms = parseInstant(p.timestamp)!;
    const out: Candidate[] = [];
    for (let d = 1; d <= RECOMPUTE_MS; d++) {
      out.push(pre(p, { timestamp: formatIsoMs(ms + d) }, `+${d} ms`), pre(p, { timestamp: formatIsoMs(ms - d) }, `-${d} ms`));
    }
    return out;
  },
  'timezone-as-utc': rest((p) => {
    if (!ISO_MS_RE.test(p.timestamp)) return [];
    const ms = parseInstant(p.timestamp)!;
    // Local time written with a Z: the signed string is ahead of UTC by the zone offset.
    return ZONE_OFFSETS.map((z) => pre(p, { timestamp: formatIsoMs(ms + z * 60_000) }, zoneLabel(z)));
  }),
  'secret-trimmed': (p) =>
    [p.secret.trim(), p.secret.replace(/[\s\u200b-\u200d\u2060\ufeff\u00a0]/g, '')].map((s) => withKey(p, stringKey(s))),
  'secret-with-newline': (p) => [p.secret + '\n', p.secret + '\r\n'].map((s) => withKey(p, stringKey(s))),
  'secret-with-space': (p) => [p.secret + ' ', ' ' + p.secret].map((s) => withKey(p, stringKey(s))),
  'secret-with-quotes': (p) => ['"' + p.secret + '"', "'" + p.secret + "'"].map((s) => withKey(p, stringKey(s))),
  'secret-hex-decoded': (p) => {
    const b = fromHex(p.secret.trim());
    return b ? [withKey(p, bytesKey(b))] : [];
  },
  'secret-base64-decoded': (p) => {
    const b = fromBase64(p.secret.trim());
    return b ? [withKey(p, bytesKey(b))] : [];
  },
  'passphrase-as-secret': (p) => (p.passphrase !== undefined && p.passphrase !== '' ? [withKey(p, stringKey(p.passphrase))] : []),
  'api-key-as-secret': (p) => (p.apiKey !== undefined && p.apiKey !== '' ? [withKey(p, stringKey(p.apiKey))] : []),
};

export function candidatesFor(id: PrehashVariantId, parts: HuntParts): Candidate[] {
  return GENERATORS[id](parts);
}

export function correctKeyId(secret: string): string {
  return stringKey(secret).keyId;
}
