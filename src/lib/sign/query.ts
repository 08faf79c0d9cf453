/** Query-string helpers: compare what was signed with what was sent, byte for byte. */

const SCHEME_HOST_RE = /^[a-zA-Z][a-zA-Z0-9+.-]*:\/\/[^/?#]*/;
const BARE_HOST_RE = /^(?:[a-zA-Z0-9-]+\.)+[a-zA-Z]{2,}(?::\d+)?(?=[/?]|$)/;

/** Scheme + host at the start of a path-like string ("https://www.okx.com", "www.okx.com"), or null. */
export function leadingHost(s: string): string | null {
  return SCHEME_HOST_RE.exec(s)?.[0] ?? BARE_HOST_RE.exec(s)?.[0] ?? null;
}

/** The requestPath (path + query, no fragment) of a URL as written; no re-encoding. */
export function requestPathOfUrl(url: string): string {
  let rest = url.trim();
  const host = leadingHost(rest);
  if (host) rest = rest.slice(host.length);
  const hash = rest.indexOf('#');
  if (hash >= 0) rest = rest.slice(0, hash);
  if (rest === '' || rest.startsWith('?')) rest = '/' + rest;
  return rest;
}

export function queryPairs(query: string): string[] {
  const q = query.startsWith('?') ? query.slice(1) : query;
  return q === '' ? [] : q.split('&');
}

function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s.replace(/\+/g, ' '));
  } catch {
    return s;
  }
}

export type QueryDiff = 'same' | 'missing' | 'not-sent' | 'order' | 'encoding' | 'order-and-encoding' | 'different';

/** How the signed query differs from the sent one. Queries include or omit the leading '?'. */
export function compareQuery(signed: string, sent: string): QueryDiff {
  if (signed === sent) return 'same';
  const a = queryPairs(signed);
  const b = queryPairs(sent);
  if (a.length === 0 && b.length === 0) return 'same';
  if (a.length === 0) return 'missing';
  if (b.length === 0) return 'not-sent';
  const sortedEq = (x: string[], y: string[]) => x.length === y.length && [...x].sort().join('&') === [...y].sort().join('&');
  if (sortedEq(a, b)) return 'order';
  const da = a.map(safeDecode);
  const db = b.map(safeDecode);
  if (da.join('&') === db.join('&')) return 'encoding';
  if (sortedEq(da, db)) return 'order-and-encoding';
  return 'different';
}
