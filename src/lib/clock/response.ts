/**
 * Reading what came back from the time endpoint: a JSON body, bare ms digits, or the error text
 * of curl / wget / PowerShell / Python / docker that a host command captured instead.
 */
import { isPlausibleEpochMs } from './estimate.ts';

export type ClockErrorId =
  /** Nothing that looks like okx-clock output was pasted. */
  | 'no-samples'
  /** A run started (t0) but its ts or t1 line is missing. */
  | 'incomplete-sample'
  /** Numbers are not Unix milliseconds of this century, or t1 < t0. */
  | 'implausible-time'
  /** JSON without data[0].ts. */
  | 'ts-missing'
  /** Looks like JSON but does not parse. */
  | 'bad-json'
  /** An HTML page (block page, proxy, captive portal, Cloudflare) instead of JSON. */
  | 'html-response'
  /** OKX code 50011 or HTTP 429. */
  | 'rate-limited'
  /** Any other OKX error code. */
  | 'okx-error'
  | 'dns-error'
  | 'connect-error'
  | 'timeout'
  | 'tls-error'
  /** HTTP error status without a usable body. */
  | 'http-error'
  /** Other curl / wget / PowerShell / Python failure. */
  | 'fetch-error'
  /** curl, wget or python3 not installed (or the command was not found). */
  | 'no-fetch-tool'
  /** docker / kubectl could not run the command (no such container, daemon down). */
  | 'container-error'
  | 'empty-response'
  | 'unrecognized-response';

export type TimeBodyResult =
  | { ok: true; ts: number }
  | { ok: false; error: ClockErrorId; okxCode?: string };

const CURL_CODES: Record<string, ClockErrorId> = {
  '5': 'dns-error',
  '6': 'dns-error',
  '7': 'connect-error',
  '28': 'timeout',
  '22': 'http-error',
  '35': 'tls-error',
  '51': 'tls-error',
  '52': 'connect-error',
  '56': 'connect-error',
  '58': 'tls-error',
  '60': 'tls-error',
  '77': 'tls-error',
  '83': 'tls-error',
  '90': 'tls-error',
  '91': 'tls-error',
};

const TEXT_RULES: readonly [RegExp, ClockErrorId][] = [
  [/No such container|Cannot connect to the Docker daemon|Error response from daemon|Error from server|is the docker daemon running|docker: .{0,300}?not found|OCI runtime|executable file not found/i, 'container-error'],
  [/no curl, wget or python3|command not found|not recognized as (?:the name of )?a cmdlet|not recognized as an internal or external command|: not found\b|No such file or directory.{0,300}?(?:curl|wget|python)/i, 'no-fetch-tool'],
  [/\b429\b|Too Many Requests|"code"\s*:\s*"?50011\b/i, 'rate-limited'],
  [/Could not resolve host|bad address|Name or service not known|nodename nor servname|getaddrinfo|No such host is known|remote name could not be resolved|Temporary failure in name resolution|ENOTFOUND|EAI_AGAIN/i, 'dns-error'],
  [/\btimed? ?out\b|ETIMEDOUT|Timeout was reached/i, 'timeout'],
  [/Connection refused|ECONNREFUSED|actively refused|Connection reset|ECONNRESET|Network is unreachable|No route to host|Unable to connect to the remote server|can't connect to remote host|Couldn't connect/i, 'connect-error'],
  [/SSL|TLS|certificate|secure channel|underlying connection was closed|handshake/i, 'tls-error'],
  [/server returned error|\bHTTP\/\d(?:\.\d)? [45]\d\d\b|status code|\((?:4|5)\d\d\)|HTTP Error [45]\d\d/i, 'http-error'],
  [/^error:|wget:|urlopen error|Invoke-RestMethod|Traceback|Exception|fetch failed/im, 'fetch-error'],
];

/**
 * Error id for the text of a failed fetch (curl, wget, PowerShell, Python, docker, Node), or null
 * when the text does not look like a known failure.
 */
export function classifyFailureText(text: string): ClockErrorId | null {
  const curl = /curl: \((\d+)\)/.exec(text);
  if (curl && CURL_CODES[curl[1]!]) return CURL_CODES[curl[1]!]!;
  for (const [re, id] of TEXT_RULES) if (re.test(text)) return id;
  if (curl) return 'fetch-error';
  return null;
}

function looksLikeHtml(s: string): boolean {
  return /^\s*</.test(s) || /<(?:!doctype|html|head|body|title)\b/i.test(s);
}

function fromJson(v: unknown): TimeBodyResult {
  if (typeof v === 'string') return parseTimeBody(v);
  if (typeof v === 'number') return parseTimeBody(String(v));
  if (!v || typeof v !== 'object' || Array.isArray(v)) return { ok: false, error: 'ts-missing' };
  const o = v as Record<string, unknown>;
  const rawCode = o.code ?? o.error_code;
  const code = typeof rawCode === 'string' || typeof rawCode === 'number' ? String(rawCode) : undefined;
  if (code !== undefined && code !== '0') {
    return { ok: false, error: code === '50011' || code === '429' ? 'rate-limited' : 'okx-error', okxCode: code };
  }
  const data = o.data;
  const first: unknown = Array.isArray(data) ? data[0] : undefined;
  const ts = first && typeof first === 'object' ? (first as Record<string, unknown>).ts : undefined;
  if ((typeof ts === 'string' && /^\d+$/.test(ts.trim())) || (typeof ts === 'number' && Number.isInteger(ts))) {
    const n = Number(ts);
    return isPlausibleEpochMs(n) ? { ok: true, ts: n } : { ok: false, error: 'implausible-time' };
  }
  return { ok: false, error: 'ts-missing' };
}

/**
 * OKX server time from a response body `{"code":"0","msg":"","data":[{"ts":"1597026383085"}]}`,
 * bare ms digits, or error text. Pass the HTTP status when known (429 → rate-limited).
 */
export function parseTimeBody(body: string, httpStatus?: number): TimeBodyResult {
  const r = parseBody(body.replace(/^\uFEFF/, '').trim());
  if (!r.ok && httpStatus === 429) return { ok: false, error: 'rate-limited' };
  if (!r.ok && httpStatus !== undefined && httpStatus >= 400 && (r.error === 'empty-response' || r.error === 'unrecognized-response')) {
    return { ok: false, error: 'http-error' };
  }
  return r;
}

function parseBody(s: string): TimeBodyResult {
  if (s === '') return { ok: false, error: 'empty-response' };
  if (/^\d+$/.test(s)) {
    const n = Number(s);
    return isPlausibleEpochMs(n) ? { ok: true, ts: n } : { ok: false, error: 'implausible-time' };
  }
  if (/^[{["]/.test(s)) {
    let v: unknown;
    try {
      v = JSON.parse(s);
    } catch {
      if (looksLikeHtml(s)) return { ok: false, error: 'html-response' };
      if (/"code"\s*:\s*"?50011\b/.test(s)) return { ok: false, error: 'rate-limited', okxCode: '50011' };
      return { ok: false, error: 'bad-json' };
    }
    return fromJson(v);
  }
  if (looksLikeHtml(s)) return { ok: false, error: 'html-response' };
  return { ok: false, error: classifyFailureText(s) ?? 'unrecognized-response' };
}
