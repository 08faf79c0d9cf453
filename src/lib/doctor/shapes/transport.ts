/**
 * What happened around or instead of an OKX answer: HTTP error statuses (status lines, wrapper
 * messages, HTML error pages), network/TLS/DNS failures, and client-side refusals such as ccxt's
 * `requires "password" credential`.
 */

import { gated, placesOf, type Gated, type WordPlaces } from '../gate.ts';
import { LineIndex } from '../lines.ts';

export interface TransportScan {
  statuses: { status: number; pos: number }[];
  html: boolean;
  network: { kind: string; pos: number }[];
  /** ccxt checkRequiredCredentials: which credential is missing. */
  missingCredential: string | null;
  /** An error object printed without its contents: `[object Object]`, Node's `#<Object>`. */
  hiddenObject: string | null;
}

const REASON = 'Unauthorized|Forbidden|Too Many Requests|Bad Gateway|Service (?:Temporarily )?Unavailable|Gateway Time-?out|Internal Server Error|Bad Request|Not Found|Method Not Allowed|Client Error|Server Error';

/** HTTP statuses, each with the words one of which every match holds (gate.ts). */
const STATUS_RES: Gated[] = [
  gated(/\bHTTP\/\d(?:\.\d)?[ \t]+([45]\d\d)\b/g, ['http/'], { every: true }),
  gated(new RegExp(`(?<![\\d.:-])([45]\\d\\d)\\)?[ \\t]+(?:${REASON})\\b`, 'gi'), ['unauthorized', 'forbidden', 'too many requests', 'bad gateway', 'service', 'gateway time', 'internal server error', 'bad request', 'not found', 'method not allowed', 'client error', 'server error'], { every: true }),
  // `response_status_code 401`: status may follow an underscore.
  gated(/(?<![A-Za-z])status(?:[ _-]?code)?(?:\\?["'])?[ \t]*(?:(?:is|was|:|=|of)[ \t]*)?["']?([45]\d\d)\b/gi, ['status'], { every: true }),
  gated(/\bHTTP[ \t]+(?:error[ \t]+)?([45]\d\d)\b/gi, ['http ', 'http\t'], { every: true }),
  // A title may break its line before the status.
  gated(/<title>[^<\d]{0,20}([45]\d\d)\b/gi, ['<title>'], { every: true, crosses: true }),
  gated(/\bresponse code[ \t:=]*([45]\d\d)\b/gi, ['response code'], { every: true }),
  // WebSocket handshakes refused over HTTP: Node ws, Python websockets, Go gorilla/websocket.
  gated(/Unexpected server response:[ \t]*([45]\d\d)\b|server rejected WebSocket connection: HTTP ([45]\d\d)\b|InvalidStatus(?:Code)?[^\n]{0,40}?\b([45]\d\d)\b|websocket: bad handshake[^\n]{0,40}?\b([45]\d\d)\b/gi, [
    'unexpected server response:',
    'server rejected websocket connection: http ',
    'invalidstatus',
    'websocket: bad handshake',
  ], { every: true }),
  // Prose: "got 401", "returned a 429", "返回 401", "报 403".
  gated(/(?:\b(?:got|gets|getting|returned|returns|returning|received|receiving)|返回|报错?|响应)[ \t]*(?:an?[ \t]+|了[ \t]*)?(?:HTTP[ \t]*)?([45]\d\d)(?![\d.]|[ \t]*(?:ms|s\b|sec|orders?|items?|times|rows|records|x\b|%|USDT|USD|BTC|次|个|条|毫秒|秒))/gi, ['got', 'gets', 'getting', 'return', 'receiv'], {
    every: true,
    // 返回, 报, 响应: on lines with Chinese text.
    orCjk: true,
  }),
];

const HTML_RE = gated(/<(?:!doctype html|html|head|body|title|center|h1)\b/i, ['<!doctype html', '<html', '<head', '<body', '<title', '<center', '<h1']);

/** Windows socket errors (WinError 10054/10060/10061) and their Chinese texts are Microsoft's WSAECONNRESET, WSAETIMEDOUT and WSAECONNREFUSED. */
const NETWORK: [Gated, string][] = [
  [
    gated(/\bECONNRESET\b|Connection reset by peer|ConnectionResetError|socket hang up|RemoteDisconnected|ServerDisconnectedError|Connection aborted|WinError 10054|远程主机强迫关闭了一个现有的连接/i, [
      'econnreset', 'connection reset by peer', 'connectionreseterror', 'socket hang up', 'remotedisconnected', 'serverdisconnectederror', 'connection aborted', 'winerror 10054', '远程主机强迫关闭了一个现有的连接',
    ]),
    'connection-reset',
  ],
  [
    gated(/\bETIMEDOUT\b|\bESOCKETTIMEDOUT\b|ConnectTimeout|ReadTimeout|Read timed out|timed out|timeout of \d+ ?ms exceeded|i\/o timeout|SocketTimeoutException|TimeoutError|\bRequestTimeout\b|TaskCanceledException|TLS handshake timeout|WinError 10060|请求超时|连接超时/i, [
      'etimedout', 'esockettimedout', 'connecttimeout', 'readtimeout', 'timed out', 'timeout of ', 'i/o timeout', 'sockettimeoutexception', 'timeouterror', 'requesttimeout', 'taskcanceledexception', 'tls handshake timeout', 'winerror 10060', '请求超时', '连接超时',
    ]),
    'timeout',
  ],
  [
    gated(/\bENOTFOUND\b|getaddrinfo|\bEAI_AGAIN\b|Name or service not known|nodename nor servname|Temporary failure in name resolution|Failed to resolve|no such host|UnknownHostException|NameResolutionError|could not resolve host/i, [
      'enotfound', 'getaddrinfo', 'eai_again', 'name or service not known', 'nodename nor servname', 'temporary failure in name resolution', 'failed to resolve', 'no such host', 'unknownhostexception', 'nameresolutionerror', 'could not resolve host',
    ]),
    'dns',
  ],
  [
    gated(/\bSSL(?:Error|EOFError|HandshakeException|ZeroReturnError)\b|\[SSL[:\]]|SSL routines|CERTIFICATE_VERIFY_FAILED|certificate verify failed|wrong version number|EOF occurred in violation of protocol|UNABLE_TO_VERIFY_LEAF_SIGNATURE|self[- ]signed certificate|ERR_TLS|\bTLS\b[^\n]{0,80}?(?:error|fail)|x509: /, [
      'ssl', 'certificate', 'wrong version number', 'eof occurred in violation of protocol', 'unable_to_verify_leaf_signature', 'tls', 'x509: ',
    ]),
    'tls',
  ],
  [
    gated(/\bECONNREFUSED\b|Connection refused|ConnectionRefusedError|WinError 10061|积极拒绝|ConnectException|\bEHOSTUNREACH\b|\bENETUNREACH\b|Network is unreachable|No route to host|Cannot connect to host|ClientConnectorError|\bECONNABORTED\b|ProxyError|Max retries exceeded/i, [
      'econnrefused', 'connection refused', 'connectionrefusederror', 'winerror 10061', '积极拒绝', 'connectexception', 'ehostunreach', 'enetunreach', 'network is unreachable', 'no route to host', 'cannot connect to host', 'clientconnectorerror', 'econnaborted', 'proxyerror', 'max retries exceeded',
    ]),
    'connect',
  ],
];

const CCXT_CREDENTIAL = gated(/requires\s+\\?["'`]?(apiKey|secret|password|uid)\\?["'`]?\s+credential/i, ['requires'], { crosses: true });
const HIDDEN_OBJECT = gated(/\[object Object\]|#<Object>/, ['[object object]', '#<object>']);

/** `places`: where the gated expressions' words are (gate.ts), when read already in the paste's pass over words. */
export function scanTransport(text: string, places: WordPlaces = placesOf(text, new LineIndex(text))): TransportScan {
  const statuses: TransportScan['statuses'] = [];
  for (const g of STATUS_RES) {
    for (const m of places.all(g)) statuses.push({ status: Number(m.slice(1).find((x) => x !== undefined)), pos: m.index });
  }
  statuses.sort((a, b) => a.pos - b.pos || a.status - b.status);
  const network: TransportScan['network'] = [];
  for (const [g, kind] of NETWORK) {
    const m = places.first(g);
    if (m) network.push({ kind, pos: m.index });
  }
  network.sort((a, b) => a.pos - b.pos);
  const cred = places.first(CCXT_CREDENTIAL);
  const hidden = places.first(HIDDEN_OBJECT);
  return { statuses, html: places.has(HTML_RE), network, missingCredential: cred ? cred[1]! : null, hiddenObject: hidden ? hidden[0] : null };
}
