/**
 * Runs every shape over a cleaned, secret-masked paste and groups what they found into code
 * findings, most specific first.
 */
import { OTHER_EXCHANGES } from './evidence.ts';
import { ENOUGH, Needles, readWords, type WordReader } from './needles.ts';
import { gated, placesOf, type Gated, type WordPlaces } from './gate.ts';
import type { LineIndex } from './lines.ts';
import { scanMessages } from './shapes/message.ts';
import { scanProse } from './shapes/prose.ts';
import { scanStructured, type StructuredScan } from './shapes/structured.ts';
import { scanTransport, type TransportScan } from './shapes/transport.ts';
import type { Hit } from './shapes/hit.ts';
import type { DoctorCatalog } from './types.ts';

export interface CodeGroup {
  first: Hit;
  occurrences: number;
  message: string | null;
}

export interface Extraction {
  /** Another exchange named in the paste (exchanges.tsv, any language) while nothing points at OKX: its codes were dropped. */
  foreign: { name: string; host: string } | null;
  /** The first other exchange or service whose host or marker occurs (OTHER_EXCHANGES order). */
  hostExchange: { name: string; host: string } | null;
  groups: CodeGroup[];
  structured: StructuredScan;
  transport: TransportScan;
  envelopeOnly: boolean;
  sources: Set<string>;
}

const WS_CONTEXT = gated(/wss?:\/\/|\/ws\/v5|["']?event["']?[ \t]*[:=]|["']op["'][ \t]*:/, ['ws://', 'wss://', '/ws/v5', 'event', 'op"', "op'"]);
const V3_CONTEXT = gated(/\/api\/\w+\/v3\/|error_code/, ['/v3/', 'error_code']);
/** The retired v1 API: its paths (/api/v1/…, trade.do), OKCoin, the v1 WebSocket (ws_api, port 10440), its `result:false` bodies. */
const V1_CONTEXT = gated(/\/api\/v1\/|\w\.do\b|\bokcoin\b|\bws_api\b|okex\.com:10440|["']?result["']?[ \t]*[:=][ \t]*false\b/i, ['/api/v1/', '.do', 'okcoin', 'ws_api', 'okex.com:10440', 'result']);
const V5_CONTEXT = gated(/\/api\/v5\/|\/ws\/v5\//, ['/api/v5/', '/ws/v5/']);
const WS_WORD = gated(/websocket|\bws_api\b|wss?:\/\//i, ['websocket', 'ws_api', 'ws://', 'wss://']);

const BLOCKING = new Set(['clock-skew', 'timezone-as-utc', 'timestamp-format', 'prehash-mismatch', 'signature-encoding', 'credentials-mixed', 'credential-typo', 'wrong-region-host', 'demo-live-mismatch', 'ip-whitelist', 'key-permission', 'key-expired-or-deleted', 'missing-header', 'invalid-credentials', 'rate-limit', 'exchange-unavailable', 'ws-login-order', 'ws-wrong-url', 'legacy-api']);
const NOTICES = new Set(['64008']);

function weight(code: string, cat: DoctorCatalog): number {
  if (NOTICES.has(code)) return 2;
  return cat.get(code)?.causes.some((c) => BLOCKING.has(c)) ? 0 : 1;
}

const OKX_HOST = gated(/ok(?:x|ex)\.(?:com|ac|cab)/gi, ['okx.', 'okex.'], { every: true });
/** JSON Web Tokens say "invalid signature" too (checked on the hit's own line only). */
const JWT = gated(/JsonWebTokenError|jsonwebtoken|\bjwt\b|\bJWT\b|\bjose\b/g, ['jsonwebtoken', 'jwt', 'jose'], { every: true });
const FOREIGN = OTHER_EXCHANGES.map(([re, , words]) => gated(re, words, { every: true }));

/**
 * Other exchanges' and services' hosts and markers (OTHER_EXCHANGES): where they are (for
 * foreignFilter) and the first pattern in table order that occurs, with its text.
 */
function hostMarks(places: WordPlaces): { at: number[]; first: { name: string; host: string } | null } {
  let first: { name: string; host: string } | null = null;
  const at = positions(FOREIGN, places, (i, m) => {
    first ??= { name: OTHER_EXCHANGES[i]![1], host: m.toLowerCase() };
  });
  return { at, first };
}

/** Where the patterns match, sorted (at most 10,000 places); `onMatch` sees each match with its pattern's index. */
function positions(res: Gated[], places: WordPlaces, onMatch?: (i: number, match: string) => void): number[] {
  const out: number[] = [];
  for (const [i, g] of res.entries()) {
    for (const m of places.all(g, 10_000 - out.length)) {
      onMatch?.(i, m[0]);
      out.push(m.index);
    }
  }
  return out.sort((x, y) => x - y);
}

/** Is there a position in the sorted list within [from, to)? */
function anyIn(sorted: number[], from: number, to: number): boolean {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! < from) lo = mid + 1;
    else hi = mid;
  }
  return lo < sorted.length && sorted[lo]! < to;
}

/**
 * Hits whose own line, or the two lines above, name another exchange or service (and no OKX host):
 * WeCom's `{"errcode":60020}` under its qyapi.weixin.qq.com URL is not OKX's 60020; a JWT
 * "invalid signature" on the hit's own line is not OKX's 50113. Markers are found once, and each
 * hit looks at most 4,000 characters back and 2,000 ahead, so long pastes stay linear.
 */
function foreignFilter(text: string, foreign: number[], places: WordPlaces): (pos: number) => boolean {
  const jwt = positions([JWT], places);
  if (foreign.length === 0 && jwt.length === 0) return () => false;
  const okx = positions([OKX_HOST], places);
  // Walks back to the start of the line (and two more), at most 4,000 characters; no copies.
  const back = (at: number, floor: number) => {
    let k = at;
    while (k > floor && text.charCodeAt(k - 1) !== 10) k--;
    return k;
  };
  return (pos) => {
    const floor = Math.max(0, pos - 4000);
    const lineStart = back(pos, floor);
    let windowStart = lineStart;
    for (let n = 0; n < 2 && windowStart > floor; n++) windowStart = back(windowStart - 1, floor);
    const ceiling = Math.min(text.length, pos + 2000);
    let end = pos;
    while (end < ceiling && text.charCodeAt(end) !== 10) end++;
    if (anyIn(okx, windowStart, end)) return false;
    return anyIn(jwt, lineStart, end) || anyIn(foreign, windowStart, end);
  };
}

/** What marks a paste as being about OKX: its names, hosts, v5 paths, auth headers, OKX client libraries. */
export const POINTS_AT_OKX = gated(/\bok(?:x|ex)|欧易|\/api\/v5\/|\/ws\/v5\/|OK-ACCESS-|OK_ACCESS_/i, null);

function isAsciiWordChar(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

/**
 * A negative number in a code field (`"code":-1021`, `APIError(code=-2019)`, `Error Code: -2015`): OKX
 * never answers with one (every code in its docs is 0 or positive); Binance's codes are negative.
 */
const NEGATIVE_CODE = gated(/(?<![\w-])(?:code|error_?code|errcode|err_code)(?:\\?["'])?[ \t]*[:=][ \t]*\\?["']?(-\d{1,6})(?![\d.])/i, ['code']);

export function negativeCode(places: WordPlaces): string | null {
  return places.first(NEGATIVE_CODE)?.[1] ?? null;
}

/**
 * A WebSocket connection said to keep dropping, in prose: `connection closes every 5 min`, `websocket
 * keeps disconnecting`, `ws 每隔几分钟就断开`, `WebSocket 老是断线`. Needs a WebSocket word nearby.
 * Bounded gaps only: linear.
 */
const WS_DROP = gated(/(?:websocket|web socket|\bws\b|socket|connection|连接)[^\n.。]{0,40}?(?:(?:closes|closed|drops|dropped|disconnects|disconnected|disconnecting|dies|is lost)[^\n.。]{0,24}?\b(?:every|after)\b[^\n.。]{0,20}?(?:sec|second|min|minute|hour|s\b)|keeps?[ \t]+(?:closing|dropping|disconnecting)|(?:老是|总是|经常|频繁|隔[^\n。]{0,8}?|每[^\n。]{0,8}?)(?:就)?(?:断开|断线|掉线|断))/i, null);
const WS_WORD_NEAR = gated(/websocket|web socket|\bwss?:\/\/|\/ws\/v5\/|\bws\b|连接|推送/i, null);

export function wsDropped(places: WordPlaces): string | null {
  const m = places.first(WS_DROP);
  if (!m || !places.has(WS_WORD_NEAR)) return null;
  return m[0].length > 80 ? m[0].slice(0, 80) + '…' : m[0];
}

/** A named exchange: its name in exchanges.tsv and the text that named it. */
export type Named = { name: string; host: string } | null;

/** Readers of an exchange table's names (one set of needles, ASCII case-insensitive), built once per table. */
const namesOf = new WeakMap<object, WordReader<Named>>();

/**
 * The first other exchange named anywhere in the paste, by its names in any language (exchanges.tsv).
 * Latin names match case-insensitively as whole words; Chinese, Japanese or Korean names as written.
 * All names are searched in the paste's one pass over words (needles.ts): linear in the paste length.
 * The table order decides between two exchanges named in one paste.
 */
export function exchangeNames(exchanges: { name: string; names: string[] }[]): WordReader<Named> {
  let reader = namesOf.get(exchanges);
  if (reader) return reader;
  const names = exchanges.flatMap((x) => x.names);
  const owner = exchanges.flatMap((x, i) => x.names.map(() => i));
  reader = {
    needles: new Needles(names, true),
    start(text) {
      // First valid occurrence of each name; the earliest name in table order wins.
      const first: number[] = names.map(() => -1);
      let found = 0;
      return {
        visit(idx, at) {
          if (first[idx] !== -1) return ENOUGH;
          const n = names[idx]!;
          if (isAsciiWordChar(n.charCodeAt(0)) && (isAsciiWordChar(text.charCodeAt(at - 1)) || isAsciiWordChar(text.charCodeAt(at + n.length)))) return false;
          first[idx] = at;
          return ++found === first.length || ENOUGH;
        },
        result() {
          const idx = first.findIndex((at) => at >= 0);
          if (idx < 0) return null;
          const at = first[idx]!;
          return { name: exchanges[owner[idx]!]!.name, host: text.slice(at, at + names[idx]!.length) };
        },
      };
    },
  };
  namesOf.set(exchanges, reader);
  return reader;
}

export function namedExchange(text: string, exchanges: { name: string; names: string[] }[]): Named {
  return readWords(text, [exchangeNames(exchanges)])[0];
}

/**
 * `named` and `places`: the other exchange the paste names (exchangeNames) and where the gated
 * expressions' words are (gate.ts), when read already in the paste's pass over words.
 */
export function extract(text: string, lines: LineIndex, cat: DoctorCatalog, named: Named = namedExchange(text, cat.exchanges()), places: WordPlaces = placesOf(text, lines)): Extraction {
  const v5 = places.has(V5_CONTEXT);
  const legacy = { v1: !v5 && places.has(V1_CONTEXT), ws: places.has(WS_CONTEXT) || places.has(WS_WORD) };
  const structured = scanStructured(text, cat, legacy);
  // Prose hits repeating a structured code on the same line (`"code":"50113"`) add nothing.
  const structuredAt = new Set(structured.hits.map((h) => `${h.code}@${lines.lineOf(h.pos)}`));
  const prose = scanProse(text, cat, { ...legacy, v1Result: structured.v1Result }, places).filter((h) => !structuredAt.has(`${h.code}@${lines.lineOf(h.pos)}`));
  const codeLines = new Set<number>();
  for (const h of [...structured.hits, ...structured.envelopes, ...prose]) codeLines.add(lines.lineOf(h.pos));
  const ctx = {
    ws: places.has(WS_CONTEXT),
    v3: structured.hits.some((h) => h.api === 'v3') || places.has(V3_CONTEXT),
  };
  const messages = scanMessages(text, lines, codeLines, structured.orphanMessages, cat, ctx);
  const transport = scanTransport(text, places);

  const marks = hostMarks(places);
  const foreignAt = foreignFilter(text, marks.at, places);
  let hits: Hit[] = [...structured.hits, ...prose, ...messages].filter((h) => !foreignAt(h.pos));
  // A paste naming another exchange anywhere (币安, Bybit returned …) is not OKX's unless it also points at OKX.
  const dropAll = !!named && !places.has(POINTS_AT_OKX);
  if (dropAll) hits = [];
  let envelopeOnly = false;
  if (!dropAll && hits.length === 0 && structured.envelopes.length > 0) {
    hits = structured.envelopes;
    envelopeOnly = !structured.hasItems;
  }
  hits.sort((a, b) => a.tier - b.tier || a.pos - b.pos);

  const byCode = new Map<string, CodeGroup>();
  for (const h of hits) {
    const g = byCode.get(h.code);
    if (!g) byCode.set(h.code, { first: h, occurrences: 1, message: h.message });
    else {
      g.occurrences++;
      g.message ??= h.message;
    }
  }
  const sources = new Set(hits.map((h) => h.source));
  // Most specific first (item codes, then response codes, prose, message-only). Within a tier, what
  // stops every request (clock, signature, key, IP, limits, outages) before what rejects one order,
  // and a notice (64008: reconnect soon) last; then order of appearance.
  const groups = [...byCode.values()].sort((a, b) => a.first.tier - b.first.tier || weight(a.first.code, cat) - weight(b.first.code, cat) || a.first.pos - b.first.pos);
  return { foreign: dropAll ? named : null, hostExchange: marks.first, groups, structured, transport, envelopeOnly, sources };
}
