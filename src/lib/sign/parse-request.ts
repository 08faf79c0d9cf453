/**
 * parseRequest: fills the signing inputs from a pasted curl command, a raw HTTP
 * request, or a block of headers (also Python dict prints and browser devtools
 * HTTP/2 pseudo-headers). Keeps the non-secret inputs and the pasted signature;
 * the passphrase value is never kept. Never throws.
 */
import { stripEnd } from '../text.ts';
import { requestPathOfUrl } from './query.ts';
import { shellWords } from './shell-words.ts';
import type { FindingParams } from './types.ts';

export interface ParsedInputs {
  timestamp?: string;
  method?: string;
  requestPath?: string;
  body?: string;
  sentUrl?: string;
  apiKey?: string;
}

export interface ParseNote {
  id: string;
  params: FindingParams;
}

export interface ParseSuccess {
  ok: true;
  format: 'curl' | 'http' | 'headers';
  inputs: ParsedInputs;
  /** OK-ACCESS-SIGN as pasted (a Python b'...' wrapper removed). */
  signature?: string;
  passphrasePresent: boolean;
  /** x-simulated-trading header value is 1. */
  simulated?: boolean;
  notes: ParseNote[];
}

export interface ParseFailure {
  ok: false;
  error: 'parse-empty' | 'parse-too-long' | 'parse-unrecognized';
}

export type ParseResult = ParseSuccess | ParseFailure;

export const MAX_PASTE = 200_000;

const VALUE_FLAGS = new Set([
  '-A', '--user-agent', '-b', '--cookie', '-c', '--cookie-jar', '-e', '--referer', '-o', '--output', '-u', '--user',
  '-x', '--proxy', '-m', '--max-time', '--connect-timeout', '-w', '--write-out', '-T', '--upload-file', '-F', '--form',
  '--form-string', '-E', '--cert', '--key', '--cacert', '--capath', '--resolve', '--connect-to', '--retry', '--retry-delay',
  '--retry-max-time', '--limit-rate', '--interface', '-r', '--range', '-K', '--config', '--proto', '--max-redirs', '-y',
  '--speed-time', '-Y', '--speed-limit', '-z', '--time-cond', '--dns-servers', '--unix-socket', '--aws-sigv4',
  '--oauth2-bearer', '--variable', '-U', '--proxy-user', '--cert-type', '--key-type', '--ciphers', '--local-port', '-Q', '--quote',
]);
const DATA_FLAGS = new Set(['-d', '--data', '--data-raw', '--data-binary', '--data-ascii', '--data-urlencode', '--json']);
const VARIABLE_RE = /^(?:\$\{?[A-Za-z_][A-Za-z0-9_]*\}?|\$\(.*\)|%[A-Za-z_][A-Za-z0-9_]*%|\{\{\s*\w+\s*\}\})$/;

interface Collected {
  headers: Array<[string, string]>;
  notes: ParseNote[];
}

/** Applies the OKX-relevant headers to the result. */
function applyHeaders(res: ParseSuccess, headers: Array<[string, string]>): void {
  for (const [rawName, rawValue] of headers) {
    const name = rawName.trim().toLowerCase();
    let value = rawValue.trim();
    const field =
      name === 'ok-access-timestamp' ? 'timestamp' : name === 'ok-access-sign' ? 'signature' : name === 'ok-access-key' ? 'apiKey' : null;
    if (name === 'ok-access-passphrase') {
      if (value !== '') {
        res.passphrasePresent = true;
        // A shell variable is not the passphrase itself; only warn about a real value.
        if (!VARIABLE_RE.test(value)) res.notes.push({ id: 'parse-passphrase-seen', params: {} });
      }
      continue;
    }
    if (name === 'x-simulated-trading') res.simulated = value === '1';
    if (name === ':method') res.inputs.method = value;
    if (name === ':path') res.inputs.requestPath = value;
    if (name === ':authority' || name === 'host') res.inputs.sentUrl ??= 'https://' + value;
    if (!field) continue;
    if (VARIABLE_RE.test(value)) {
      res.notes.push({ id: 'parse-variable-value', params: { header: rawName.trim(), value } });
      continue;
    }
    if (field === 'signature') {
      const bytes = /^b(['"])(.*)\1$/.exec(value);
      if (bytes) {
        value = bytes[2]!;
        res.notes.push({ id: 'parse-signature-bytes', params: {} });
      }
      res.signature = value;
    } else res.inputs[field] = value;
  }
}

function splitHeader(h: string): [string, string] | null {
  const i = h.indexOf(':', h.startsWith(':') ? 1 : 0);
  return i <= 0 ? null : [h.slice(0, i), h.slice(i + 1)];
}

function parseCurl(text: string): ParseSuccess {
  const { words, unterminated } = shellWords(text);
  const res: ParseSuccess = { ok: true, format: 'curl', inputs: {}, passphrasePresent: false, notes: [] };
  if (unterminated) res.notes.push({ id: 'parse-unterminated-quote', params: {} });
  const c: Collected = { headers: [], notes: res.notes };
  const data: string[] = [];
  let method: string | undefined;
  let url: string | undefined;
  let get = false;
  for (let i = 1; i < words.length; i++) {
    const w = words[i]!;
    const eq = w.startsWith('--') ? w.indexOf('=') : -1;
    const flag = eq > 0 ? w.slice(0, eq) : w;
    const inline = eq > 0 ? w.slice(eq + 1) : undefined;
    const value = () => inline ?? words[++i] ?? '';
    if (flag === '-X' || flag === '--request') method = value();
    else if (/^-X[A-Za-z]+$/.test(w)) method = w.slice(2);
    else if (flag === '-H' || flag === '--header') {
      const h = splitHeader(value());
      if (h) c.headers.push(h);
    } else if (/^-H.+/.test(w)) {
      const h = splitHeader(w.slice(2));
      if (h) c.headers.push(h);
    } else if (DATA_FLAGS.has(flag)) {
      const v = value();
      if (v.startsWith('@') && flag !== '--data-raw') res.notes.push({ id: 'parse-body-from-file', params: { file: v.slice(1) } });
      data.push(v);
      if (flag === '--json') method ??= 'POST';
    } else if (/^-d.+/.test(w)) data.push(w.slice(2));
    else if (flag === '-G' || flag === '--get') get = true;
    else if (flag === '-I' || flag === '--head') method = 'HEAD';
    else if (flag === '--url') url = value();
    else if (VALUE_FLAGS.has(flag)) {
      if (inline === undefined) i++;
    } else if (flag === '--') {
      url ??= words[i + 1];
      break;
    } else if (!w.startsWith('-')) url ??= w;
  }
  applyHeaders(res, c.headers);
  const joined = data.join('&');
  if (url !== undefined) {
    res.inputs.sentUrl = url;
    let rp = requestPathOfUrl(url);
    if (get && joined) rp += (rp.includes('?') ? '&' : '?') + joined;
    res.inputs.requestPath = rp;
    if (get && joined) res.inputs.sentUrl = url + (url.includes('?') ? '&' : '?') + joined;
  } else res.notes.push({ id: 'parse-no-url', params: {} });
  res.inputs.method = (method ?? (data.length && !get ? 'POST' : 'GET')).toUpperCase();
  if (!get && data.length) res.inputs.body = joined;
  else if (res.inputs.method === 'GET') res.inputs.body = '';
  return res;
}

function parseHttp(text: string): ParseSuccess {
  const res: ParseSuccess = { ok: true, format: 'http', inputs: {}, passphrasePresent: false, notes: [] };
  const blank = /\r?\n\r?\n/.exec(text);
  const head = blank ? text.slice(0, blank.index) : text;
  const body = blank ? stripEnd(text.slice(blank.index + blank[0].length), '\r\n') : '';
  const lines = head.split(/\r?\n/);
  const m = /^([A-Za-z]+)\s+(\S+)/.exec(lines[0]!.trim())!;
  const target = m[2]!;
  const headers = lines.slice(1).map(splitHeader).filter((h): h is [string, string] => h !== null);
  applyHeaders(res, headers);
  res.inputs.method = m[1]!.toUpperCase();
  res.inputs.requestPath = requestPathOfUrl(target);
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(target)) res.inputs.sentUrl = target;
  else if (res.inputs.sentUrl !== undefined) res.inputs.sentUrl += target;
  res.inputs.body = body;
  return res;
}

const HEADER_PAIR_RE =
  /["']?(OK-ACCESS-(?:KEY|SIGN|TIMESTAMP|PASSPHRASE)|x-simulated-trading|:method|:path|:authority)["']?\s*[:=]\s*(b?(["'])(?:(?!\3)[^\r\n])*\3|[^\s,;}]+)/gi;

function parseHeaders(text: string): ParseSuccess | null {
  const headers: Array<[string, string]> = [];
  for (const m of text.matchAll(HEADER_PAIR_RE)) {
    let v = m[2]!;
    const quoted = /^(b?)(["'])(.*)\2$/.exec(v);
    if (quoted) v = quoted[1] ? `b'${quoted[3]}'` : quoted[3]!;
    headers.push([m[1]!, v]);
  }
  if (!headers.length) return null;
  const res: ParseSuccess = { ok: true, format: 'headers', inputs: {}, passphrasePresent: false, notes: [] };
    // Blanks before the method stay on its line ([^\S\n\r\u2028\u2029]: \s less line ends), so a
  // run of blank lines is not re-read from each of its line starts; the first line that starts with
  // a method is the same one.
  const line = /^[^\S\n\r\u2028\u2029]*(GET|POST|PUT|DELETE|PATCH)\s+(\S+)/im.exec(text);
  const url = /https?:\/\/[^\s'"<>]+/.exec(text);
  if (url) res.inputs.sentUrl = url[0];
  applyHeaders(res, headers);
  if (line) {
    res.inputs.method = line[1]!.toUpperCase();
    res.inputs.requestPath = requestPathOfUrl(line[2]!);
  } else if (url && res.inputs.requestPath === undefined) res.inputs.requestPath = requestPathOfUrl(url[0]);
  const sent = res.inputs.sentUrl;
  if (sent !== undefined && /^https?:\/\/[^/?#]+$/.test(sent) && res.inputs.requestPath !== undefined) res.inputs.sentUrl = sent + res.inputs.requestPath;
  return res;
}

export function parseRequest(text: string): ParseResult {
  if (typeof text !== 'string' || text.trim() === '') return { ok: false, error: 'parse-empty' };
  if (text.length > MAX_PASTE) return { ok: false, error: 'parse-too-long' };
  const t = text.replace(/^\ufeff/, '').trim();
  try {
    if (/^(?:\$\s+)?curl(?:\.exe)?\s/i.test(t)) return parseCurl(t.replace(/^\$\s+/, ''));
    if (/^[A-Za-z]+\s+\S+\s+HTTP\/[\d.]+\s*(?:\r?\n|$)/.test(t)) return parseHttp(t);
    return parseHeaders(t) ?? { ok: false, error: 'parse-unrecognized' };
  } catch {
    return { ok: false, error: 'parse-unrecognized' };
  }
}
