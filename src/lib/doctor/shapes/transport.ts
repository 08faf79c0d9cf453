/**
 * What happened around or instead of an OKX answer: HTTP error statuses (status lines, wrapper
 * messages, HTML error pages), network/TLS/DNS failures, and client-side refusals such as ccxt's
 * `requires "password" credential`.
 */

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

const STATUS_RES: RegExp[] = [
  /\bHTTP\/\d(?:\.\d)?[ \t]+([45]\d\d)\b/g,
  new RegExp(`(?<![\\d.:-])([45]\\d\\d)\\)?[ \\t]+(?:${REASON})\\b`, 'gi'),
  // `response_status_code 401`: status may follow an underscore.
  /(?<![A-Za-z])status(?:[ _-]?code)?(?:\\?["'])?[ \t]*(?:(?:is|was|:|=|of)[ \t]*)?["']?([45]\d\d)\b/gi,
  /\bHTTP[ \t]+(?:error[ \t]+)?([45]\d\d)\b/gi,
  /<title>[^<\d]{0,20}([45]\d\d)\b/gi,
  /\bresponse code[ \t:=]*([45]\d\d)\b/gi,
  // WebSocket handshakes refused over HTTP: Node ws, Python websockets, Go gorilla/websocket.
  /Unexpected server response:[ \t]*([45]\d\d)\b|server rejected WebSocket connection: HTTP ([45]\d\d)\b|InvalidStatus(?:Code)?[^\n]{0,40}?\b([45]\d\d)\b|websocket: bad handshake[^\n]{0,40}?\b([45]\d\d)\b/gi,
  // Prose: "got 401", "returned a 429", "返回 401", "报 403".
  /(?:\b(?:got|gets|getting|returned|returns|returning|received|receiving)|返回|报错?|响应)[ \t]*(?:an?[ \t]+|了[ \t]*)?(?:HTTP[ \t]*)?([45]\d\d)(?![\d.]|[ \t]*(?:ms|s\b|sec|orders?|items?|times|rows|records|x\b|%|USDT|USD|BTC|次|个|条|毫秒|秒))/gi,
];

const HTML_RE = /<(?:!doctype html|html|head|body|title|center|h1)\b/i;

/** Windows socket errors (WinError 10054/10060/10061) and their Chinese texts are Microsoft's WSAECONNRESET, WSAETIMEDOUT and WSAECONNREFUSED. */
const NETWORK: [RegExp, string][] = [
  [/\bECONNRESET\b|Connection reset by peer|ConnectionResetError|socket hang up|RemoteDisconnected|ServerDisconnectedError|Connection aborted|WinError 10054|远程主机强迫关闭了一个现有的连接/i, 'connection-reset'],
  [/\bETIMEDOUT\b|\bESOCKETTIMEDOUT\b|ConnectTimeout|ReadTimeout|Read timed out|timed out|timeout of \d+ ?ms exceeded|i\/o timeout|SocketTimeoutException|TimeoutError|\bRequestTimeout\b|TaskCanceledException|TLS handshake timeout|WinError 10060|请求超时|连接超时/i, 'timeout'],
  [/\bENOTFOUND\b|getaddrinfo|\bEAI_AGAIN\b|Name or service not known|nodename nor servname|Temporary failure in name resolution|Failed to resolve|no such host|UnknownHostException|NameResolutionError|could not resolve host/i, 'dns'],
  [/\bSSL(?:Error|EOFError|HandshakeException|ZeroReturnError)\b|\[SSL[:\]]|SSL routines|CERTIFICATE_VERIFY_FAILED|certificate verify failed|wrong version number|EOF occurred in violation of protocol|UNABLE_TO_VERIFY_LEAF_SIGNATURE|self[- ]signed certificate|ERR_TLS|\bTLS\b[^\n]{0,80}?(?:error|fail)|x509: /, 'tls'],
  [/\bECONNREFUSED\b|Connection refused|ConnectionRefusedError|WinError 10061|积极拒绝|ConnectException|\bEHOSTUNREACH\b|\bENETUNREACH\b|Network is unreachable|No route to host|Cannot connect to host|ClientConnectorError|\bECONNABORTED\b|ProxyError|Max retries exceeded/i, 'connect'],
];

const CCXT_CREDENTIAL = /requires\s+\\?["'`]?(apiKey|secret|password|uid)\\?["'`]?\s+credential/i;

export function scanTransport(text: string): TransportScan {
  const statuses: TransportScan['statuses'] = [];
  for (const re of STATUS_RES) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) statuses.push({ status: Number(m.slice(1).find((g) => g !== undefined)), pos: m.index });
  }
  statuses.sort((a, b) => a.pos - b.pos || a.status - b.status);
  const network: TransportScan['network'] = [];
  for (const [re, kind] of NETWORK) {
    const m = re.exec(text);
    if (m) network.push({ kind, pos: m.index });
  }
  network.sort((a, b) => a.pos - b.pos);
  const cred = CCXT_CREDENTIAL.exec(text);
  const hidden = /\[object Object\]|#<Object>/.exec(text);
  return { statuses, html: HTML_RE.test(text), network, missingCredential: cred ? cred[1]! : null, hiddenObject: hidden ? hidden[0] : null };
}
