/**
 * The OKX prehash (facts §1.2, §2):
 *   REST:     timestamp + METHOD + requestPath + body   (plain concatenation, body '' when absent)
 *   WS login: seconds + 'GET' + '/users/self/verify'
 */
import type { Prehash, RestParts, Segment, SegmentPart } from './types.ts';

export const WS_LOGIN_METHOD = 'GET';
export const WS_LOGIN_PATH = '/users/self/verify';

/** Splits a requestPath into the path and the query (the query keeps its leading '?'). */
export function splitPathQuery(requestPath: string): { path: string; query: string } {
  const q = requestPath.indexOf('?');
  return q < 0 ? { path: requestPath, query: '' } : { path: requestPath.slice(0, q), query: requestPath.slice(q) };
}

function build(pieces: Array<[SegmentPart, string]>): Prehash {
  const segments: Segment[] = [];
  let prehash = '';
  for (const [part, text] of pieces) {
    if (text === '' && part !== 'timestamp' && part !== 'method' && part !== 'path') continue;
    segments.push({ part, text, start: prehash.length, end: prehash.length + text.length });
    prehash += text;
  }
  return { prehash, segments };
}

/**
 * REST prehash. The method is upper-cased, as the formula requires; every other
 * part is used byte for byte. Empty query and body produce no segment.
 */
export function restPrehash(parts: RestParts): Prehash {
  const { path, query } = splitPathQuery(parts.requestPath);
  return build([
    ['timestamp', parts.timestamp],
    ['method', parts.method.toUpperCase()],
    ['path', path],
    ['query', query],
    ['body', parts.body ?? ''],
  ]);
}

/** WebSocket login prehash; `seconds` is the Unix time in seconds as sent in the login message. */
export function wsLoginPrehash(seconds: string | number): Prehash {
  return build([
    ['timestamp', String(seconds)],
    ['method', WS_LOGIN_METHOD],
    ['path', WS_LOGIN_PATH],
  ]);
}
